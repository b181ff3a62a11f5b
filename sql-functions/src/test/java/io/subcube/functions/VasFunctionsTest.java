package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class VasFunctionsTest {

    private static final ScoringParameters A = ScoringParameters.DEFAULTS;

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    /** VAS_USER_CLASS at month 200809 with loyal_min 10, as §B3.9's examples. */
    private static String uc(Boolean subscribed, Integer first, long usage, int streak) {
        return VasFunctions.vasUserClass(subscribed, first, 200809, usage, streak, 10L);
    }

    @Test
    void vasUserClassWorkedExamplesOfB39() {
        assertEquals("POTENTIAL", uc(false, null, 0, 0));
        assertEquals("SILENT", uc(true, null, 0, 0));
        assertEquals("TRIAL", uc(false, 200808, 3, 2));
        assertEquals("LOYAL", uc(false, 200806, 12, 4));
        assertEquals("ACTIVE", uc(false, 200806, 9, 4));
        assertEquals("SILENT", uc(true, 200701, 0, 0));
    }

    @Test
    void vasUserClassThresholds() {
        // months_between ≤ 2 → TRIAL, 3 → no longer
        assertEquals("TRIAL", uc(false, 200809, 50, 1));
        assertEquals("TRIAL", uc(false, 200807, 50, 3));
        assertEquals("LOYAL", uc(false, 200806, 50, 3));
        assertEquals("LOYAL", uc(false, 200711, 50, 3));   // months_between 10
        // streak ≥ 3 and usage ≥ loyal_min
        assertEquals("ACTIVE", uc(false, 200806, 50, 2));
        assertEquals("LOYAL", uc(false, 200806, 10, 3));
        assertEquals("ACTIVE", uc(false, 200806, 9, 3));
        // usage 0 wins over TRIAL; silent also for a long-time subscriber
        assertEquals("SILENT", uc(false, 200809, 0, 0));
        assertEquals("SILENT", uc(false, 200101, 0, 0));
        // across the year boundary: 200811 → 200901 is 2 months
        assertEquals("TRIAL", VasFunctions.vasUserClass(false, 200811, 200901, 5L, 3, 10L));
        assertEquals("LOYAL", VasFunctions.vasUserClass(false, 200810, 200901, 15L, 4, 10L));
        assertEquals("LOYAL", VasFunctions.vasUserClass(false, 200806, 200809, 1L, 3, 0L));
    }

    @Test
    void vasUserClassErrors() {
        assertEquals("VAS_USER_CLASS: argument first_use_month out of range: NULL", err(() -> uc(false, null, 1, 0)));
        assertEquals("VAS_USER_CLASS: argument first_use_month out of range: 200810", err(() -> uc(false, 200810, 1, 1)));
        assertEquals("VAS_USER_CLASS: argument streak_months out of range: 5", err(() -> uc(false, 200806, 10, 5)));
        assertEquals("VAS_USER_CLASS: argument streak_months out of range: 1", err(() -> uc(true, null, 0, 1)));
        assertEquals("VAS_USER_CLASS: argument usage_cnt out of range: -1", err(() -> uc(false, 200806, -1, 0)));
        assertEquals("VAS_USER_CLASS: argument streak_months out of range: -1", err(() -> uc(false, 200806, 1, -1)));
        assertEquals("VAS_USER_CLASS: argument loyal_min out of range: -1",
                err(() -> VasFunctions.vasUserClass(false, 200806, 200809, 1L, 1, -1L)));
        assertEquals("VAS_USER_CLASS: argument month_id out of range: 200813",
                err(() -> VasFunctions.vasUserClass(false, 200806, 200813, 1L, 1, 1L)));
        assertEquals("VAS_USER_CLASS: argument first_use_month out of range: 200800",
                err(() -> uc(false, 200800, 1, 1)));
        assertEquals("VAS_USER_CLASS: argument subscribed out of range: 3",
                err(() -> VasFunctions.vasUserClassCode(3, 0, true, 200809, 0, 0, 0)));
        // streak = months_between + 1 is the longest possible
        assertEquals("LOYAL", uc(false, 200806, 10, 4));
    }

    @Test
    void vasUserClassNulls() {
        // first_use_month NULL is meaningful (never used); any other NULL gives NULL
        FunctionSignature s = FunctionCatalog.named("VAS_USER_CLASS").get(0);
        assertEquals(true, s.nullMeaningful());
        assertEquals("POTENTIAL", s.invoke(A, false, null, 200809, 0L, 0, 10L));
        assertNull(s.invoke(A, null, null, 200809, 0L, 0, 10L));
        assertNull(uc(null, 200806, 1, 1));
        assertNull(VasFunctions.vasUserClass(false, 200806, null, 1L, 1, 1L));
        assertNull(VasFunctions.vasUserClass(false, 200806, 200809, null, 1, 1L));
        assertNull(VasFunctions.vasUserClass(false, 200806, 200809, 1L, null, 1L));
        assertNull(VasFunctions.vasUserClass(false, 200806, 200809, 1L, 1, null));
    }

    @Test
    void escStageWorkedExamplesOfB310() {
        assertEquals("HANDSET", VasFunctions.escStage(A, false, 0, 0, 0));
        assertEquals("POTENTIAL", VasFunctions.escStage(A, true, 0, 0, 0));
        assertEquals("TRIAL", VasFunctions.escStage(A, true, 5, 2, 1));
        assertEquals("REGULAR", VasFunctions.escStage(A, true, 14, 6, 2));
        assertEquals("HEAVY", VasFunctions.escStage(A, true, 20, 9, 3));
        assertEquals("CONSOLIDATE", VasFunctions.escAction("TRIAL"));
    }

    @Test
    void escStageThresholds() {
        assertEquals("HANDSET", VasFunctions.escStage(A, false, 20, 9, 9));
        assertEquals("TRIAL", VasFunctions.escStage(A, true, 1, 0, 0));
        assertEquals("TRIAL", VasFunctions.escStage(A, true, 9, 2, 5));
        assertEquals("HEAVY", VasFunctions.escStage(A, true, 9, 3, 5));
        assertEquals("REGULAR", VasFunctions.escStage(A, true, 9, 3, 2));
        assertEquals("HEAVY", VasFunctions.escStage(A, true, 9, 3, 3));
        // explicit thresholds
        assertEquals("TRIAL", VasFunctions.escStage(true, 9, 3, 3, 4, 3));
        assertEquals("REGULAR", VasFunctions.escStage(true, 9, 4, 3, 4, 4));
        assertEquals("HEAVY", VasFunctions.escStage(true, 9, 4, 4, 4, 4));
        assertEquals("REGULAR", VasFunctions.escStage(true, 14, 6, 2, 3, 3));
    }

    @Test
    void escStageErrorsAndNulls() {
        assertEquals("ESC_STAGE: argument vas_months_ever out of range: -1", err(() -> VasFunctions.escStage(A, true, -1, 0, 0)));
        assertEquals("ESC_STAGE: argument vas_streak_months out of range: -1", err(() -> VasFunctions.escStage(A, true, 1, -1, 0)));
        assertEquals("ESC_STAGE: argument vas_active_cnt out of range: -1", err(() -> VasFunctions.escStage(A, true, 1, 1, -1)));
        assertEquals("ESC_STAGE: argument min_streak out of range: -1", err(() -> VasFunctions.escStage(true, 1, 1, 1, -1, 3)));
        assertEquals("ESC_STAGE: argument heavy_cnt out of range: -3", err(() -> VasFunctions.escStage(true, 1, 1, 1, 3, -3)));
        assertEquals("ESC_STAGE: argument data_capable out of range: 7",
                err(() -> VasFunctions.escStageCode(A, 7, 0, 0, 0)));
        assertNull(VasFunctions.escStage(A, null, 0, 0, 0));
        assertNull(VasFunctions.escStage(A, true, 0, 0, null));
        assertNull(VasFunctions.escStage(true, 0, 0, 0, null, 3));
        assertNull(VasFunctions.escStage(true, 0, 0, 0, 3, null));
    }

    @Test
    void escActionOfEveryStage() {
        assertEquals("UPGRADE_HANDSET", VasFunctions.escAction("HANDSET"));
        assertEquals("EXPERIENCE", VasFunctions.escAction("POTENTIAL"));
        assertEquals("CONSOLIDATE", VasFunctions.escAction("TRIAL"));
        assertEquals("CATALYSE", VasFunctions.escAction("REGULAR"));
        assertEquals("CATALYSE", VasFunctions.escAction("HEAVY"));
        assertEquals("ESC_ACTION: argument stage out of range: heavy", err(() -> VasFunctions.escAction("heavy")));
        assertEquals("ESC_ACTION: argument stage out of range: code 5",
                err(() -> VasFunctions.escActionBatch(new int[] {5}, new int[1], 1)));
        assertNull(VasFunctions.escAction(null));
    }

    private static String need(Boolean dc, String mi, String mn, String cr, Integer mou, Integer mou3) {
        return VasFunctions.need(A, dc, mi, mn, cr, mou, mou3);
    }

    @Test
    void needWorkedExamplesOfB311() {
        assertEquals("MNEWS", need(true, "POTENTIAL", "SILENT", "ACTIVE", 280, 300));
        assertEquals("TRAFFIC", need(false, "POTENTIAL", "POTENTIAL", "POTENTIAL", 150, 260));
        assertEquals("CRBT", need(false, "POTENTIAL", "POTENTIAL", "POTENTIAL", 250, 260));
        assertEquals("NONE", need(true, "LOYAL", "ACTIVE", "ACTIVE", 300, 290));
    }

    @Test
    void needRuleOrderAndEligibility() {
        // (1) first silent/trial eligible service in the order MINTERNET, MNEWS, CRBT
        assertEquals("MINTERNET", need(true, "TRIAL", "SILENT", "SILENT", 100, 300));
        assertEquals("MNEWS", need(true, "ACTIVE", "TRIAL", "SILENT", 100, 300));
        assertEquals("CRBT", need(false, "TRIAL", "SILENT", "SILENT", 100, 300));  // MINTERNET/MNEWS need data
        assertEquals("CRBT", need(true, "LOYAL", "ACTIVE", "TRIAL", 100, 300));
        // (2) voice down > 20%: 10·mou_total < 8·mou_avg3, on both sides
        assertEquals("TRAFFIC", need(true, "ACTIVE", "ACTIVE", "ACTIVE", 239, 300));
        assertEquals("NONE", need(true, "ACTIVE", "ACTIVE", "ACTIVE", 240, 300));
        assertEquals("TRAFFIC", need(true, "POTENTIAL", "POTENTIAL", "POTENTIAL", 0, 1));
        assertEquals("MINTERNET", need(true, "POTENTIAL", "POTENTIAL", "POTENTIAL", 0, 0));  // mou_avg3 = 0
        // (3) first eligible POTENTIAL
        assertEquals("MNEWS", need(true, "ACTIVE", "POTENTIAL", "POTENTIAL", 300, 300));
        assertEquals("CRBT", need(false, "ACTIVE", "ACTIVE", "POTENTIAL", 300, 300));
        assertEquals("NONE", need(false, "POTENTIAL", "POTENTIAL", "LOYAL", 300, 300));
    }

    @Test
    void needNullClassMeansNoUsageRowOtherNullsGiveNull() {
        assertEquals("MINTERNET", need(true, null, null, null, 300, 300));
        assertEquals("MNEWS", need(true, "ACTIVE", null, "ACTIVE", 300, 300));
        assertEquals(need(false, "POTENTIAL", "POTENTIAL", "POTENTIAL", 150, 260), need(false, null, null, null, 150, 260));
        assertNull(need(null, "ACTIVE", "ACTIVE", "ACTIVE", 1, 1));
        assertNull(need(true, "ACTIVE", "ACTIVE", "ACTIVE", null, 1));
        assertNull(need(true, "ACTIVE", "ACTIVE", "ACTIVE", 1, null));
    }

    @Test
    void needErrors() {
        assertEquals("NEED: argument mnews_class out of range: BUSY", err(() -> need(true, "ACTIVE", "BUSY", "ACTIVE", 1, 1)));
        assertEquals("NEED: argument crbt_class out of range: silent", err(() -> need(true, "ACTIVE", "ACTIVE", "silent", 1, 1)));
        assertEquals("NEED: argument mou_total out of range: -1", err(() -> need(true, "ACTIVE", "ACTIVE", "ACTIVE", -1, 1)));
        assertEquals("NEED: argument mou_avg3 out of range: -1", err(() -> need(true, "ACTIVE", "ACTIVE", "ACTIVE", 1, -1)));
        assertEquals("NEED: argument minternet_class out of range: code 9",
                err(() -> VasFunctions.needBatch(A, new long[] {1}, new int[] {9}, new int[1], new int[1], new long[1],
                        new long[1], new int[1], 1)));
    }
}
