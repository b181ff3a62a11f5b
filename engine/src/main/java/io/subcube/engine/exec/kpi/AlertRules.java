package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The {@code alert_rule} table; a store without one has no rules. */
public final class AlertRules {

    /** The outcome of the rules watching one region: {@code breached} NULL when they could not tell. */
    public record Verdict(Boolean breached, Integer ruleId) {
    }

    private final List<AlertRule> rules;

    AlertRules(List<AlertRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static AlertRules read(Table table) {
        List<AlertRule> rows = new ArrayList<>();
        if (table != null) {
            for (Partition p : table.partitions()) {
                TableReader r = new TableReader(table, p);
                Integer[] id = r.ints("rule_id");
                String[] kpi = r.strings("kpi_code");
                String[] level = r.strings("region_level");
                Integer[] owner = r.ints("owner_city_id");
                String[] kind = r.strings("rule_kind");
                BigDecimal[] threshold = r.decimals("threshold");
                Boolean[] enabled = r.booleans("enabled");
                for (int i = 0; i < r.rows(); i++) {
                    rows.add(new AlertRule(id[i], kpi[i], level[i], owner[i], kind[i], threshold[i], enabled[i]));
                }
            }
        }
        rows.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return new AlertRules(rows);
    }

    /**
     * The enabled rules on {@code kpiCode} that watch the region, evaluated on its row: breached by the first
     * (lowest rule_id) that fires; else not breached when one could tell, else NULL. {@code null} when no rule
     * watches the region.
     */
    public Verdict verdict(String kpiCode, RegionNode region, KpiValues values) {
        Verdict undecided = null;
        Verdict clear = null;
        for (AlertRule rule : rules) {
            if (!rule.kpiCode().equals(kpiCode) || !rule.watches(region.level(), region.cityId())) {
                continue;
            }
            Boolean b = rule.breaches(values);
            if (Boolean.TRUE.equals(b)) {
                return new Verdict(true, rule.id());
            }
            if (b == null) {
                undecided = undecided == null ? new Verdict(null, rule.id()) : undecided;
            } else {
                clear = clear == null ? new Verdict(false, rule.id()) : clear;
            }
        }
        return clear != null ? clear : undecided;
    }
}
