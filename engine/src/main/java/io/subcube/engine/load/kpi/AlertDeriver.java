package io.subcube.engine.load.kpi;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.DerivedTableBuilder;
import io.subcube.engine.storage.Table;
import io.subcube.functions.KpiFunctions;
import io.subcube.functions.MonthFunctions;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the alert table (DOMAIN.md §B2.14, §B5.1 step 2): every enabled alert_rule is evaluated on the
 * kpi_month rows of its kpi_code and region_level (and owner city, if set) with §B3.26 KPI_BREACH(rule_kind,
 * actual, reference, threshold), reference = target (TARGET), prev_actual (MOM), NULL otherwise — the same
 * call DOMAIN §B4 Q9c makes, so a month's alerts are exactly Q9c's rows. One alert per breached (rule,
 * region, month), with {@link #alertId} = (rule_id·10⁶ + month_id)·10⁸ + region_id (e.g. 120080901050317 for
 * rule 1, 200809, grid 1050317): decodable, and the same on every reload. due_date = last day of the month +
 * complete_days; message by {@link AlertMessages}; status and cause_code by {@link AlertWorkflow}.
 */
final class AlertDeriver {

    private static final long MAX_RULE_ID = (Long.MAX_VALUE / 100_000_000L - 999_999L) / 1_000_000L;

    private final List<Rule> rules = new ArrayList<>();
    private final KpiTree tree;
    private final Regions regions;
    private final long seed;
    private final int latestMonth;
    private final AlertWorkflow workflow;

    /** One alert_rule row. */
    private record Rule(int id, String kpiCode, String level, int ownerCity, String kind, long threshold,
                        int completeDays, String template, boolean enabled) {
    }

    AlertDeriver(Table alertRule, KpiTree tree, Regions regions, long seed, int latestMonth) {
        this.tree = tree;
        this.regions = regions;
        this.seed = seed;
        this.latestMonth = latestMonth;
        this.workflow = new AlertWorkflow(tree);
        TableReader t = new TableReader(alertRule);
        for (int i = 0; i < t.rows(); i++) {
            Rule rule = new Rule((int) t.number("rule_id", i, -1), t.string("kpi_code", i), t.string("region_level", i),
                    (int) t.number("owner_city_id", i, -1), t.string("rule_kind", i), t.number("threshold", i, 0),
                    (int) t.number("complete_days", i, 0), t.string("message_template", i),
                    t.number("enabled", i, 0) != 0);
            if (rule.id < 0 || rule.id > MAX_RULE_ID) {
                throw new IllegalArgumentException("alert_rule: rule_id " + rule.id + " outside [0, " + MAX_RULE_ID
                        + "], the range alert_id can encode");
            }
            rules.add(rule);
        }
        rules.sort((a, b) -> Integer.compare(a.id, b.id));
    }

    /** (rule_id·10⁶ + month_id)·10⁸ + region_id. */
    static long alertId(int ruleId, int monthId, int regionId) {
        return ((long) ruleId * 1_000_000L + monthId) * 100_000_000L + regionId;
    }

    /** Encodes the alerts of one month of kpi_month, by rule then region id. */
    void write(KpiValues v, DerivedTableBuilder out) {
        List<ColumnBatch> batches = new ArrayList<>();
        ColumnBatch b = null;
        Columns c = null;
        int age = MonthFunctions.monthsBetween(v.monthId, latestMonth);
        for (Rule rule : rules) {
            int k = tree.indexOf(rule.kpiCode);
            int level = Regions.LEVELS.indexOf(rule.level);
            if (!rule.enabled || k < 0 || level < tree.minLevel[k]) {
                continue;
            }
            for (int r : regions.atLevel(level)) {
                if (rule.ownerCity >= 0 && regions.cityId[r] != rule.ownerCity) {
                    continue;
                }
                long actual = v.actual[k][r];
                long reference = switch (rule.kind) {
                    case "TARGET" -> v.target[k][r];
                    case "MOM" -> v.prevActual[k][r];
                    default -> Dec4.NULL;
                };
                Boolean breach;
                try {
                    breach = KpiFunctions.kpiBreach(rule.kind, actual == Dec4.NULL ? null : Dec4.toDouble(actual),
                            reference == Dec4.NULL ? null : Dec4.toDouble(reference), Dec4.toDouble(rule.threshold));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("alert_rule " + rule.id + ": " + e.getMessage(), e);
                }
                if (!Boolean.TRUE.equals(breach)) {
                    continue;
                }
                if (b == null || b.isFull()) {
                    b = out.newBatch(1024);
                    c = new Columns(b);
                    batches.add(b);
                }
                int i = b.size();
                long id = alertId(rule.id, v.monthId, regions.id[r]);
                AlertWorkflow.State state = workflow.state(seed, id, age, k);
                b.longs(c.alertId)[i] = id;
                b.longs(c.ruleId)[i] = rule.id;
                b.longs(c.month)[i] = v.monthId;
                b.longs(c.region)[i] = regions.id[r];
                b.strings(c.kpi)[i] = tree.code[k];
                b.longs(c.actual)[i] = actual;
                if (reference == Dec4.NULL) {
                    b.setNull(c.reference, i);
                } else {
                    b.longs(c.reference)[i] = reference;
                }
                b.longs(c.threshold)[i] = rule.threshold;
                b.strings(c.message)[i] = AlertMessages.message(rule.template, rule.kind, v.monthId, regions.name[r],
                        tree.nameZh[k], tree.nameEn[k], tree.unit[k], actual, reference, rule.threshold);
                b.strings(c.status)[i] = state.status();
                b.longs(c.due)[i] = MonthFunctions.lastDayEpochDay(v.monthId) + rule.completeDays;
                b.strings(c.cause)[i] = state.cause();
                b.setSize(i + 1);
            }
        }
        out.add(v.monthId, batches);
    }

    /** Positions of alert's columns in a batch. */
    private static final class Columns {
        final int alertId, ruleId, month, region, kpi, actual, reference, threshold, message, status, due, cause;

        Columns(ColumnBatch b) {
            List<String> names = new ArrayList<>();
            for (ColumnDef d : b.columns()) {
                names.add(d.name());
            }
            alertId = names.indexOf("alert_id");
            ruleId = names.indexOf("rule_id");
            month = names.indexOf("month_id");
            region = names.indexOf("region_id");
            kpi = names.indexOf("kpi_code");
            actual = names.indexOf("actual");
            reference = names.indexOf("reference");
            threshold = names.indexOf("threshold");
            message = names.indexOf("message");
            status = names.indexOf("status");
            due = names.indexOf("due_date");
            cause = names.indexOf("cause_code");
        }
    }
}
