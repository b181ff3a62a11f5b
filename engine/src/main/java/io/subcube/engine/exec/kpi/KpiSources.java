package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;

/**
 * The KPI tables of a store read for one call of a drill-down function, and the checks of that call's arguments,
 * each failing with a message that names the function and the bad value.
 */
final class KpiSources {

    private final String function;
    private final Table kpiMonth;
    private final KpiTree tree;
    private final Regions regions;
    private final AlertRules rules;

    private KpiSources(String function, Store store) {
        this.function = function;
        this.kpiMonth = required(store, "kpi_month");
        this.tree = KpiTree.read(required(store, "kpi_tree"));
        this.regions = Regions.read(required(store, "region"));
        this.rules = AlertRules.read(store.table("alert_rule"));
    }

    static KpiSources open(Store store, String function) {
        return new KpiSources(function, store);
    }

    private Table required(Store store, String name) {
        Table t = store.table(name);
        if (t == null) {
            throw new KpiArgumentException(function, "the data has no " + name + " table");
        }
        return t;
    }

    KpiTree tree() {
        return tree;
    }

    Regions regions() {
        return regions;
    }

    AlertRules rules() {
        return rules;
    }

    KpiNode kpi(String code) {
        KpiNode n = tree.node(code);
        if (n == null) {
            throw new KpiArgumentException(function, "unknown kpi_code '" + code + "' (not in kpi_tree)");
        }
        return n;
    }

    RegionNode region(int id) {
        RegionNode r = regions.node(id);
        if (r == null) {
            throw new KpiArgumentException(function, "unknown region_id " + id + " (not in region)");
        }
        return r;
    }

    KpiMonth month(int monthId) {
        for (Partition p : kpiMonth.partitions()) {
            if (p.monthId() == monthId) {
                return KpiMonth.read(kpiMonth, p);
            }
        }
        String months = kpiMonth.partitions().isEmpty() ? "it has no months"
                : "it has " + kpiMonth.partitions().get(0).monthId() + " to "
                        + kpiMonth.partitions().get(kpiMonth.partitions().size() - 1).monthId();
        throw new KpiArgumentException(function, "no kpi_month data for month_id " + monthId + " (" + months + ")");
    }

    /** The KPI must be kept at the region's level: CITY-level KPIs (the CRBT tree) have no county or grid rows. */
    void checkLevel(KpiNode kpi, RegionNode region) {
        if (Regions.depth(region.level()) > Regions.depth(kpi.minLevel())) {
            throw new KpiArgumentException(function, kpi.code() + " is kept down to " + kpi.minLevel()
                    + " level (min_level), but region " + region.id() + " is a " + region.level());
        }
    }
}
