package io.subcube.engine.exec.kpi;

import static io.subcube.engine.exec.kpi.KpiDrillTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.subcube.engine.storage.Store;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §B5.4 step 2 on hand-built regions: SUM, RATIO and NONE splits, flags and the repeat downwards. */
class RegionSplitTest {

    private static final int M = 200809;

    /** §B5.4's example: grid A 60/100, grid B 90/100, county 150/200 = 0.75 (target 0.80); grid C has no adds. */
    private static KpiStoreFixture share() {
        return new KpiStoreFixture().suzhouCounty().region(1050303, "grid C", "GRID", 10503)
                .kpi("NEW_SHARE_2P", null, "DRIVERS", 1, "1", "UP", "RATIO", null, "GRID")
                .rule(1, "NEW_SHARE_2P", "GRID", "MIN", "0.70")
                .ratio(M, 10503, "COUNTY", "NEW_SHARE_2P", "150", "200", "0.80")
                .ratio(M, 1050301, "GRID", "NEW_SHARE_2P", "60", "100", "0.75")
                .ratio(M, 1050302, "GRID", "NEW_SHARE_2P", "90", "100", "0.75")
                .ratio(M, 1050303, "GRID", "NEW_SHARE_2P", "0", "0", "0.75");
    }

    private static void close(double expected, Double actual) {
        assertEquals(expected, actual, 1e-12);
    }

    private static double sum(List<SplitRow> rows, int parent) {
        return rows.stream().filter(r -> r.parentRegionId() == parent).mapToDouble(SplitRow::contribution).sum();
    }

    @Test
    void ratioAgainstAThresholdIsTheDomainExample() {
        List<SplitRow> rows = RegionSplit.run(share().build(), "NEW_SHARE_2P", 10503, M, "THRESHOLD", 0.70);
        assertEquals(List.of(1050301, 1050303, 1050302), rows.stream().map(SplitRow::regionId).toList());
        SplitRow a = rows.get(0);
        close(-0.05, a.contribution());
        close(0.05, a.parentGap());
        close(-1.0, a.gapShare());
        assertEquals(new BigDecimal("0.7000"), a.parentReference());
        assertEquals(new BigDecimal("0.7000"), a.reference());
        assertEquals(new BigDecimal("0.6000"), a.actual());
        close(0.10, rows.get(2).contribution());
        close(0.05, sum(rows, 10503));
        // rule 1 (GRID MIN 0.70) decides: A at 60% breaches, B does not, C has no share to compare
        assertEquals(true, a.breached());
        assertEquals(1, a.ruleId());
        assertEquals(false, rows.get(2).breached());
        assertEquals(1, rows.get(2).ruleId());
        SplitRow c = rows.get(1);
        assertNull(c.actual());
        close(0.0, c.contribution());
        assertNull(c.breached());
        assertEquals(1, c.ruleId());
    }

    @Test
    void ratioAgainstTheTargetUsesTheParentsTargetRatio() {
        List<SplitRow> rows = RegionSplit.run(share().build(), "NEW_SHARE_2P", 10503, M, null, null);
        // t = 0.80: A (60 − 80)/200 = −0.10, B (90 − 80)/200 = +0.05, sum −0.05 = 0.75 − 0.80
        close(-0.10, rows.get(0).contribution());
        close(0.05, rows.get(2).contribution());
        close(-0.05, sum(rows, 10503));
        close(-0.05, rows.get(0).parentGap());
        // the child's own reference is its own target
        assertEquals(new BigDecimal("0.7500"), rows.get(0).reference());
        close(-0.15, rows.get(0).gap());
    }

    @Test
    void withoutAWatchingRuleAnAdverseContributionIsTheBreach() {
        List<SplitRow> rows = RegionSplit.run(share().withoutRuleTable().build(), "NEW_SHARE_2P", 10503, M,
                "threshold", 0.70);
        assertEquals(true, rows.get(0).breached());
        assertNull(rows.get(0).ruleId());
        assertEquals(false, rows.get(1).breached());
        assertEquals(false, rows.get(2).breached());
    }

    @Test
    void aDownKpiIsBreachedByAPositiveContribution() {
        Store store = new KpiStoreFixture().suzhouCounty()
                .kpi("HV_CHURN_SHARE", null, "LEAF", 1, "1", "DOWN", "RATIO", "CUSTOMER", "GRID")
                .rule(4, "HV_CHURN_SHARE", "COUNTY", "MAX", "0.15")
                .ratio(M, 10503, "COUNTY", "HV_CHURN_SHARE", "30", "200", "0.12")
                .ratio(M, 1050301, "GRID", "HV_CHURN_SHARE", "10", "100", "0.12")
                .ratio(M, 1050302, "GRID", "HV_CHURN_SHARE", "20", "100", "0.12")
                .build();
        List<SplitRow> rows = RegionSplit.run(store, "HV_CHURN_SHARE", 10503, M, null, null);
        close(-0.01, rows.get(0).contribution());
        assertEquals(false, rows.get(0).breached());
        close(0.04, rows.get(1).contribution());
        assertEquals(true, rows.get(1).breached());
        assertNull(rows.get(1).ruleId());
        close(0.03, sum(rows, 10503));
    }

    @Test
    void sumSplitRepeatsBelowTheChildrenTheRuleFlags() {
        Store store = new KpiStoreFixture().suzhouCounty().region(10504, "SZ-04", "COUNTY", 105)
                .region(1050401, "grid D", "GRID", 10504)
                .kpi("REV_TOTAL", null, "SUM", 1, "1", "UP", "SUM", null, "GRID")
                .rule(3, "REV_TOTAL", "COUNTY", "TARGET", "0.90")
                .fact(M, 105, "CITY", "REV_TOTAL", "1830", "2000")
                .fact(M, 10503, "COUNTY", "REV_TOTAL", "850", "1000")
                .fact(M, 10504, "COUNTY", "REV_TOTAL", "980", "1000")
                .fact(M, 1050301, "GRID", "REV_TOTAL", "500", "550")
                .fact(M, 1050302, "GRID", "REV_TOTAL", "350", "450")
                .fact(M, 1050401, "GRID", "REV_TOTAL", "980", "1000")
                .build();
        List<SplitRow> rows = RegionSplit.run(store, "REV_TOTAL", 105, M, null, null);
        // counties: 10503 at 85% breaches rule 3, 10504 at 98% does not (though below target); only 10503's
        // grids follow, flagged by their adverse contributions (no GRID rule)
        assertEquals(List.of(10503, 10504, 1050302, 1050301), rows.stream().map(SplitRow::regionId).toList());
        assertEquals(List.of(1, 1, 2, 2), rows.stream().map(SplitRow::depth).toList());
        close(-150, rows.get(0).contribution());
        assertEquals(true, rows.get(0).breached());
        assertEquals(3, rows.get(0).ruleId());
        assertEquals(false, rows.get(1).breached());
        close(-170, sum(rows, 105));
        close(-170, rows.get(0).parentGap());
        close(-150, sum(rows, 10503));
        close(-150, rows.get(2).parentGap());
        close(-100.0 / -150, rows.get(2).gapShare());
        assertEquals(true, rows.get(2).breached());
        assertNull(rows.get(2).ruleId());
    }

    @Test
    void noneRollupListsTheChildrenWithoutSplitting() {
        Store store = new KpiStoreFixture().suzhouCounty()
                .kpi("SAT_INDEX", null, "LEAF", 1, "1", "UP", "NONE", "CUSTOMER", "GRID")
                .fact(M, 10503, "COUNTY", "SAT_INDEX", "70", "75")
                .fact(M, 1050301, "GRID", "SAT_INDEX", "72", "70")
                .fact(M, 1050302, "GRID", "SAT_INDEX", "66", "74")
                .build();
        List<SplitRow> rows = RegionSplit.run(store, "SAT_INDEX", 10503, M, null, null);
        assertEquals(List.of(1050302, 1050301), rows.stream().map(SplitRow::regionId).toList());
        assertNull(rows.get(0).contribution());
        assertNull(rows.get(0).gapShare());
        close(-8, rows.get(0).gap());
        close(-5, rows.get(0).parentGap());
        assertEquals(true, rows.get(0).breached());
        assertEquals(false, rows.get(1).breached());
    }

    @Test
    void aRegionWithoutARowGivesNothing() {
        Store store = share().build();
        assertEquals(List.of(), RegionSplit.run(store, "NEW_SHARE_2P", 105, M, null, null));
        assertEquals(List.of(), RegionSplit.run(store, "NEW_SHARE_2P", null, M, null, null));
    }

    @Test
    void badArgumentsNameTheProblem() {
        Store store = share().kpi("REV_TOTAL", null, "SUM", 1, "1", "UP", "SUM", null, "GRID")
                .kpi("CRBT_REV", null, "SUM", 1, "1", "UP", "SUM", null, "CITY").build();
        assertMessage("KPI_REGION_SPLIT: region 1050301 is a GRID, the finest level NEW_SHARE_2P is kept at "
                + "(min_level): there is no finer level to split into",
                () -> RegionSplit.run(store, "NEW_SHARE_2P", 1050301, M, null, null));
        assertMessage("KPI_REGION_SPLIT: region 105 is a CITY, the finest level CRBT_REV is kept at "
                + "(min_level): there is no finer level to split into",
                () -> RegionSplit.run(store, "CRBT_REV", 105, M, null, null));
        assertMessage("KPI_REGION_SPLIT: CRBT_REV is kept down to CITY level (min_level), but region 10503 is a "
                + "COUNTY", () -> RegionSplit.run(store, "CRBT_REV", 10503, M, null, null));
        assertMessage("KPI_REGION_SPLIT: reference THRESHOLD splits only RATIO (or NONE) KPIs over regions; "
                + "REV_TOTAL rolls up by SUM: use TARGET or PREVIOUS",
                () -> RegionSplit.run(store, "REV_TOTAL", 10503, M, "THRESHOLD", 100.0));
        assertMessage("KPI_REGION_SPLIT: unknown kpi_code 'NEW_SHARE' (not in kpi_tree)",
                () -> RegionSplit.run(store, "NEW_SHARE", 10503, M, null, null));
    }
}
