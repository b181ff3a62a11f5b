package io.subcube.engine.load.kpi;

import java.util.List;

/**
 * The FACT KPIs at their min_level (DOMAIN.md §B5.2) from a month's {@link FactAggregates}: exact sums and
 * counts of the grid's subscriber_month rows, and a city's CRBT revenue; higher levels come from
 * {@link RollUp}, which for these sums and counts equals aggregating the rows of the region directly.
 */
final class FactKpis {

    static final List<String> CODES = List.of("REV_TOTAL", "REV_VOICE", "REV_VAS", "NET_ADDS", "NEW_ADDS", "CHURNS",
            "SUBS_ACTIVE", "ARPU", "HV_CHURN_SHARE", "NEW_VAS_PEN", "CRBT_REV");

    private FactKpis() {
    }

    /** Sets every FACT KPI of every grid and city in {@code v}. */
    static void place(FactAggregates a, KpiTree tree, Regions regions, KpiValues v) {
        int revTotal = tree.require("REV_TOTAL"), revVoice = tree.require("REV_VOICE"), revVas = tree.require("REV_VAS"),
                netAdds = tree.require("NET_ADDS"), newAdds = tree.require("NEW_ADDS"), churns = tree.require("CHURNS"),
                active = tree.require("SUBS_ACTIVE"), arpu = tree.require("ARPU"), hv = tree.require("HV_CHURN_SHARE"),
                vasPen = tree.require("NEW_VAS_PEN"), crbt = tree.require("CRBT_REV");
        long[][] g = a.grid;
        for (int r : regions.atLevel(Regions.GRID)) {
            long rows = g[FactAggregates.ROWS][r];
            long adds = g[FactAggregates.NEW_ADDS][r];
            long out = g[FactAggregates.CHURNS][r];
            v.actual[revTotal][r] = Dec4.of(g[FactAggregates.ARPU][r], 2);
            v.actual[revVoice][r] = Dec4.of(g[FactAggregates.VOICE][r], 2);
            v.actual[revVas][r] = Dec4.of(g[FactAggregates.VAS][r], 2);
            v.actual[newAdds][r] = Dec4.of(adds, 0);
            v.actual[churns][r] = Dec4.of(out, 0);
            v.actual[netAdds][r] = Dec4.of(adds - out, 0);
            v.actual[active][r] = Dec4.of(rows - out, 0);
            v.ratio(arpu, r, Dec4.of(g[FactAggregates.ARPU][r], 2), Dec4.of(rows, 0));
            v.ratio(hv, r, Dec4.of(g[FactAggregates.HV_CHURN][r], 0), Dec4.of(g[FactAggregates.HV][r], 0));
            v.ratio(vasPen, r, Dec4.of(g[FactAggregates.NEW_VAS][r], 0), Dec4.of(adds, 0));
        }
        for (int r : regions.atLevel(Regions.CITY)) {
            v.actual[crbt][r] = Dec4.of(a.crbtRevenue[r], 2);
        }
    }
}
