package io.subcube.engine.exec.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.storage.Store;
import io.subcube.functions.ScoringParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §B5.4 step 1 on hand-built KPI trees: contributions, descent, paths and the cause split. */
class KpiDrillTest {

    private static final int M = 200809;

    /** The CRBT tree of §B5.2 down from CRBT_REV (the fee branch in full), with §B3.27's worked example. */
    private static KpiStoreFixture crbt() {
        return new KpiStoreFixture().suzhouCounty()
                .kpi("CRBT_REV", null, "SUM", 1, "1", "UP", "SUM", null, "CITY")
                .kpi("CRBT_FEE_REV", "CRBT_REV", "PRODUCT", 1, "1", "UP", "SUM", null, "CITY")
                .kpi("CRBT_INFO_REV", "CRBT_REV", "PRODUCT", 1, "1", "UP", "SUM", null, "CITY")
                .kpi("CRBT_12530_REV", "CRBT_REV", "PRODUCT", 1, "1", "UP", "SUM", null, "CITY")
                .kpi("CRBT_PAY_USERS", "CRBT_FEE_REV", "DRIVERS", 1, "1", "UP", "SUM", null, "CITY")
                .kpi("CRBT_AVG_FEE", "CRBT_FEE_REV", "DRIVERS", 1, "1", "UP", "RATIO", null, "CITY")
                .kpi("CRBT_NEW_PAY", "CRBT_PAY_USERS", "LEAF", 1, "0.5", "UP", "SUM", "PROMOTION", "CITY")
                .kpi("CRBT_LOST_PAY", "CRBT_PAY_USERS", "LEAF", 1, "0.5", "DOWN", "SUM", "CUSTOMER", "CITY")
                .kpi("CRBT_FEE_TARIFF", "CRBT_AVG_FEE", "LEAF", 1, "0.5", "UP", "NONE", "PRICING", "CITY")
                .kpi("CRBT_LOWPKG_SHARE", "CRBT_AVG_FEE", "LEAF", 1, "0.5", "DOWN", "RATIO", "PRICING", "CITY")
                .fact(M, 105, "CITY", "CRBT_REV", "6400000", "6800000")
                .fact(M, 105, "CITY", "CRBT_FEE_REV", "4560000", "5000000")
                .fact(M, 105, "CITY", "CRBT_INFO_REV", "1300000", "1200000")
                .fact(M, 105, "CITY", "CRBT_12530_REV", "540000", "600000")
                .fact(M, 105, "CITY", "CRBT_PAY_USERS", "950000", "1000000")
                .fact(M, 105, "CITY", "CRBT_AVG_FEE", "4.80", "5.00")
                // severities: 0.5·(1 − 0.8) = 0.10, 0.5·(1.12 − 1) = 0.06, 0.5·(1 − 0.8) = 0.10, 0.5·(1.15 − 1) = 0.075
                .fact(M, 105, "CITY", "CRBT_NEW_PAY", "40000", "50000")
                .fact(M, 105, "CITY", "CRBT_LOST_PAY", "33600", "30000")
                .fact(M, 105, "CITY", "CRBT_FEE_TARIFF", "0.80", "1.00")
                .fact(M, 105, "CITY", "CRBT_LOWPKG_SHARE", "0.345", "0.300");
    }

    private static List<DrillStep> drill(Store store, String kpi, int region) {
        return KpiDrill.run(store, kpi, region, M, null, null);
    }

    private static DrillStep step(List<DrillStep> steps, int path, int depth) {
        return steps.stream().filter(s -> s.pathId() == path && s.depth() == depth).findFirst().orElseThrow();
    }

    private static void close(double expected, Double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-9 + 1e-12);
    }

    @Test
    void productChildrenSplitTheGapByLogMeanDivisiaAndDriversBySeverity() {
        List<DrillStep> steps = drill(crbt().build(), "CRBT_FEE_REV", 105);
        // four paths: PAY_USERS → NEW_PAY, PAY_USERS → LOST_PAY, AVG_FEE → FEE_TARIFF, AVG_FEE → LOWPKG_SHARE
        assertEquals(12, steps.size());
        DrillStep root = step(steps, 1, 0);
        assertEquals("CRBT_FEE_REV", root.kpiCode());
        assertNull(root.parentCode());
        close(-440000, root.gap());
        close(1.0, root.gapShare());
        DrillStep payUsers = step(steps, 1, 1);
        assertEquals("CRBT_PAY_USERS", payUsers.kpiCode());
        close(-245008.7255, payUsers.contrib());
        close(-245008.7255, payUsers.rootContrib());
        DrillStep avgFee = step(steps, 3, 1);
        assertEquals("CRBT_AVG_FEE", avgFee.kpiCode());
        close(-194991.2745, avgFee.contrib());
        close(-440000, payUsers.contrib() + avgFee.contrib());
        // DRIVERS: no arithmetic contribution, severity instead; the parent's part shared by severity
        DrillStep newPay = step(steps, 1, 2);
        assertEquals("CRBT_NEW_PAY", newPay.kpiCode());
        assertEquals("CRBT_PAY_USERS", newPay.parentCode());
        assertNull(newPay.contrib());
        close(0.10, newPay.severity());
        close(-245008.7255 * 0.10 / 0.16, newPay.rootContrib());
        DrillStep lostPay = step(steps, 2, 2);
        assertEquals("CRBT_LOST_PAY", lostPay.kpiCode());
        close(0.06, lostPay.severity());
        assertEquals("UNCERTAIN", lostPay.causeClass());
        assertEquals("CRBT_FEE_TARIFF", step(steps, 3, 2).kpiCode());
        assertEquals("CRBT_LOWPKG_SHARE", step(steps, 4, 2).kpiCode());
        close(-194991.2745 * 0.075 / 0.175, step(steps, 4, 2).rootContrib());
        for (DrillStep s : steps) {
            assertEquals(s.depth() == 2, s.pathEnd());
        }
    }

    @Test
    void controllableAndUncertainSharesSplitTheExplainedGap() {
        List<DrillStep> steps = drill(crbt().build(), "CRBT_FEE_REV", 105);
        double lost = -245008.7255 * 0.06 / 0.16;
        DrillStep any = steps.get(0);
        close(lost / -440000, any.uncertainShare());
        close(1 - lost / -440000, any.controllableShare());
        close(1.0, any.controllableShare() + any.uncertainShare());
        // every severity-weighted driver was descended into, so the path ends explain the whole gap
        close(1.0, any.explainedShare());
        for (DrillStep s : steps) {
            assertEquals(any.controllableShare(), s.controllableShare());
        }
    }

    @Test
    void sumChildrenOfTheGapsSignAndAtLeastTheShareAreDescended() {
        List<DrillStep> steps = drill(crbt().build(), "CRBT_REV", 105);
        // FEE −440,000 of −400,000 descends; INFO +100,000 has the other sign; 12530 −60,000 is 15% < 20%
        assertTrue(steps.stream().noneMatch(s -> s.kpiCode().equals("CRBT_INFO_REV")));
        assertTrue(steps.stream().noneMatch(s -> s.kpiCode().equals("CRBT_12530_REV")));
        DrillStep fee = step(steps, 1, 1);
        assertEquals("CRBT_FEE_REV", fee.kpiCode());
        close(-440000, fee.contrib());
        close(1.1, fee.gapShare());
        // a PRODUCT under a SUM: the chained part of the root gap is the plain contribution
        close(-245008.7255, step(steps, 1, 2).rootContrib());
        assertEquals(4, steps.stream().filter(DrillStep::pathEnd).count());
    }

    @Test
    void aMinusSignUnderASumTurnsMoreChurnsIntoALoss() {
        Store store = new KpiStoreFixture().suzhouCounty()
                .kpi("NET_ADDS", null, "SUM", 1, "1", "UP", "SUM", null, "GRID")
                .kpi("NEW_ADDS", "NET_ADDS", "LEAF", 1, "1", "UP", "SUM", "CHANNEL", "GRID")
                .kpi("CHURNS", "NET_ADDS", "LEAF", -1, "1", "DOWN", "SUM", "COMPETITION", "GRID")
                .fact(M, 10503, "COUNTY", "NET_ADDS", "300", "700", null, null, "650")
                .fact(M, 10503, "COUNTY", "NEW_ADDS", "1500", "1600", null, null, "1450")
                .fact(M, 10503, "COUNTY", "CHURNS", "1200", "900", null, null, "800")
                .build();
        List<DrillStep> steps = drill(store, "NET_ADDS", 10503);
        assertEquals(4, steps.size());
        assertEquals("CHURNS", step(steps, 1, 1).kpiCode());
        close(-300, step(steps, 1, 1).contrib());
        assertEquals("NEW_ADDS", step(steps, 2, 1).kpiCode());
        close(-100, step(steps, 2, 1).contrib());
        close(0.25, steps.get(0).controllableShare());
        close(0.75, steps.get(0).uncertainShare());

        // against last month: net adds 300 vs 650; new adds +50 (other sign), churns −(1200 − 800) = −400
        List<DrillStep> mom = KpiDrill.run(store, "NET_ADDS", 10503, M, "previous", null);
        assertEquals(2, mom.size());
        close(-350, mom.get(0).gap());
        assertEquals("CHURNS", mom.get(1).kpiCode());
        close(-400, mom.get(1).contrib());
        close(400.0 / 350, mom.get(1).gapShare());
        assertEquals(new BigDecimal("800.0000"), mom.get(1).reference());
    }

    @Test
    void aPathStopsWhereNoChildQualifies() {
        // the paying users' drivers both fall short by less than the severity cut: the path ends at CRBT_PAY_USERS
        Store store = crbt().fact(M + 1, 105, "CITY", "CRBT_FEE_REV", "4560000", "5000000")
                .fact(M + 1, 105, "CITY", "CRBT_PAY_USERS", "950000", "1000000")
                .fact(M + 1, 105, "CITY", "CRBT_AVG_FEE", "4.80", "5.00")
                .fact(M + 1, 105, "CITY", "CRBT_NEW_PAY", "48000", "50000")
                .fact(M + 1, 105, "CITY", "CRBT_LOST_PAY", "30600", "30000")
                .build();
        List<DrillStep> steps = KpiDrill.run(store, "CRBT_FEE_REV", 105, M + 1, null, null);
        // path 1 ends at CRBT_PAY_USERS (a DRIVERS node, no root cause); AVG_FEE's drivers have no rows: same
        assertEquals(4, steps.size());
        DrillStep end = step(steps, 1, 1);
        assertEquals("CRBT_PAY_USERS", end.kpiCode());
        assertTrue(end.pathEnd());
        assertNull(end.causeClass());
        assertNull(end.controllableShare());
        close(0.0, end.explainedShare());
    }

    @Test
    void aLeafIsItsOwnPath() {
        Store store = new KpiStoreFixture().suzhouCounty()
                .kpi("ARPU", null, "LEAF", 1, "1", "UP", "RATIO", "MARKET", "GRID")
                .ratio(M, 10503, "COUNTY", "ARPU", "9000", "200", "50.00")
                .build();
        List<DrillStep> steps = drill(store, "ARPU", 10503);
        assertEquals(1, steps.size());
        close(-5.0, steps.get(0).gap());
        assertTrue(steps.get(0).pathEnd());
        close(1.0, steps.get(0).uncertainShare());
        // 0 of a negative gap is 0.0, not −0.0
        assertEquals(Double.valueOf(0.0), steps.get(0).controllableShare());
    }

    @Test
    void driversRootAgainstAThresholdMeasuresItsDriversAgainstTheirTargets() {
        Store store = new KpiStoreFixture().suzhouCounty()
                .kpi("NEW_SHARE_2P", null, "DRIVERS", 1, "1", "UP", "RATIO", null, "GRID")
                .kpi("COMP_NEW_ADDS", "NEW_SHARE_2P", "LEAF", 1, "0.6", "DOWN", "SUM", "COMPETITION", "GRID")
                .kpi("COMMISSION", "NEW_SHARE_2P", "LEAF", 1, "0.4", "UP", "SUM", "CHANNEL", "GRID")
                .ratio(M, 1050301, "GRID", "NEW_SHARE_2P", "60", "100", "0.75")
                .fact(M, 1050301, "GRID", "COMP_NEW_ADDS", "40", "25")
                .fact(M, 1050301, "GRID", "COMMISSION", "900", "1000")
                .build();
        List<DrillStep> steps = KpiDrill.run(store, "NEW_SHARE_2P", 1050301, M, "THRESHOLD", 0.70);
        // competitor adds 40/25 = 1.6: severity 0.6·0.6 = 0.36; commission 0.9: 0.4·0.1 = 0.04 ≤ 0.05
        assertEquals(2, steps.size());
        assertEquals(new BigDecimal("0.7000"), steps.get(0).reference());
        close(-0.1, steps.get(0).gap());
        DrillStep comp = steps.get(1);
        assertEquals("COMP_NEW_ADDS", comp.kpiCode());
        assertEquals(new BigDecimal("25.0000"), comp.reference());
        close(0.36, comp.severity());
        close(-0.1 * 0.36 / 0.40, comp.rootContrib());
        close(0.9, comp.gapShare());
        close(0.9, comp.explainedShare());
        close(1.0, comp.uncertainShare());
    }

    @Test
    void theCutsComeFromTheParameters() {
        ScoringParameters strict = ScoringParameters.DEFAULTS.with(Map.of("drill.contrib_share", "0.60"));
        List<DrillStep> steps = KpiDrill.run(crbt().build(strict), "CRBT_FEE_REV", 105, M, null, null);
        // PAY_USERS is 56% and AVG_FEE 44% of the gap: neither reaches 60%, the root is the only step
        assertEquals(1, steps.size());
        assertTrue(steps.get(0).pathEnd());
    }

    @Test
    void nullActualGivesTheRootAloneAndMissingRowsOrNullArgumentsGiveNothing() {
        Store store = crbt().fact(M, 1, "PROVINCE", "CRBT_FEE_REV", null, "5000000").build();
        List<DrillStep> steps = drill(store, "CRBT_FEE_REV", 1);
        assertEquals(1, steps.size());
        assertNull(steps.get(0).actual());
        assertNull(steps.get(0).gap());
        assertNull(steps.get(0).gapShare());
        assertNull(steps.get(0).explainedShare());
        assertEquals(List.of(), drill(store, "CRBT_REV", 1));
        assertEquals(List.of(), KpiDrill.run(store, null, 105, M, null, null));
        assertEquals(List.of(), KpiDrill.run(store, "CRBT_REV", 105, null, null, null));
    }

    @Test
    void badArgumentsNameTheProblem() {
        Store store = crbt().build();
        assertMessage("KPI_DRILL: unknown kpi_code 'CRBT' (not in kpi_tree)", () -> drill(store, "CRBT", 105));
        assertMessage("KPI_DRILL: unknown region_id 999 (not in region)", () -> drill(store, "CRBT_REV", 999));
        assertMessage("KPI_DRILL: no kpi_month data for month_id 200813 (it has 200809 to 200809)",
                () -> KpiDrill.run(store, "CRBT_REV", 105, 200813, null, null));
        assertMessage("KPI_DRILL: CRBT_REV is kept down to CITY level (min_level), but region 10503 is a COUNTY",
                () -> drill(store, "CRBT_REV", 10503));
        assertMessage("KPI_DRILL: unknown reference 'BUDGET'; expected TARGET, PREVIOUS or THRESHOLD",
                () -> KpiDrill.run(store, "CRBT_REV", 105, M, "BUDGET", null));
        assertMessage("KPI_DRILL: reference THRESHOLD needs a threshold value, got null",
                () -> KpiDrill.run(store, "CRBT_REV", 105, M, "THRESHOLD", null));
        assertMessage("KPI_DRILL: a threshold is used only with reference THRESHOLD, not TARGET",
                () -> KpiDrill.run(store, "CRBT_REV", 105, M, "TARGET", 0.9));
        assertMessage("KPI_DRILL: reference THRESHOLD cannot be split over the children of CRBT_REV (SUM); "
                + "use TARGET or PREVIOUS", () -> KpiDrill.run(store, "CRBT_REV", 105, M, "THRESHOLD", 0.9));
        Store noFacts = new Store("empty", ScoringParameters.DEFAULTS, List.of());
        assertMessage("KPI_DRILL: the data has no kpi_month table", () -> drill(noFacts, "CRBT_REV", 105));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        KpiArgumentException e = assertThrows(KpiArgumentException.class, call);
        assertEquals(expected, e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
