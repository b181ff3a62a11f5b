package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.functions.HealthFunctions.Indicator;
import io.subcube.functions.HealthFunctions.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class HealthFunctionsTest {

    private static final ScoringParameters A = ScoringParameters.DEFAULTS;

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    /** DOMAIN.md's tolerance for the unrounded scores: relative 1e−9. */
    private static void near(double expected, Double actual) {
        assertTrue(actual != null && Math.abs(actual - expected) <= 1e-9 * Math.abs(expected),
                "expected " + expected + ", got " + actual);
    }

    private static Double score(String code, Double value, Double best) {
        return HealthFunctions.vasIndScore(code, value, best);
    }

    private static Boolean weak(Double score, Double full, Double prev, Double prev2) {
        return HealthFunctions.vasWeak(A, score, full, prev, prev2);
    }

    // ---- §B3.24 indicator table

    @Test
    void indicatorTableOfB324() {
        assertEquals(Domains.INDICATORS, java.util.Arrays.stream(Indicator.values()).map(Indicator::code).toList());
        StringBuilder sb = new StringBuilder();
        for (Indicator i : Indicator.values()) {
            sb.append(i.number()).append(' ').append(i.code()).append(' ').append(i.dimension()).append(' ')
                    .append(i.fullMarks()).append(' ').append(i.method()).append('\n');
        }
        assertEquals("""
                1 REV_COMPLETION SCALE 10 REL
                2 PENETRATION SCALE 20 REL
                3 GROWTH_CONTRIB SCALE 15 REL
                4 CAGR3 SCALE 15 REL
                5 REV_PER_USER SCALE 15 REL
                6 USAGE_PER_USER HEALTH 15 REL
                7 SATISFACTION HEALTH 5 SAT
                8 COMPLAINTS HEALTH 5 CPL
                9 PAYING_RATE HEALTH 5 PAY
                10 VOL_REV_MATCH HEALTH 10 REL
                """, sb.toString());
        assertEquals(new BigDecimal("20.00"), Indicator.PENETRATION.fullMarksDecimal());
        assertEquals(Domains.DIM_HEALTH, Indicator.COMPLAINTS.dimensionCode());
        assertEquals(Indicator.COMPLAINTS, Indicator.of("COMPLAINTS"));
        assertEquals(Indicator.CAGR3, Indicator.of(3));
        assertEquals("VAS_IND_SCORE: argument indicator_code out of range: ARPU", err(() -> Indicator.of("ARPU")));
        assertEquals("VAS_IND_SCORE: argument indicator_code out of range: code 10", err(() -> Indicator.of(10)));
    }

    @Test
    void nineScoredIndicatorsByLifecycleAddUpToSixtyAndForty() {
        for (String lifecycle : List.of("MATURE", "GROWTH")) {
            List<Indicator> scored = Indicator.scored(lifecycle);
            assertEquals(9, scored.size());
            int scale = 0, health = 0;
            for (Indicator i : scored) {
                if (i.dimension().equals("SCALE")) {
                    scale += i.fullMarks();
                } else {
                    health += i.fullMarks();
                }
            }
            assertEquals(60, scale, lifecycle);
            assertEquals(40, health, lifecycle);
        }
        assertTrue(Indicator.scored("MATURE").contains(Indicator.GROWTH_CONTRIB));
        assertFalse(Indicator.scored("MATURE").contains(Indicator.CAGR3));
        assertTrue(Indicator.scored("GROWTH").contains(Indicator.CAGR3));
        assertFalse(Indicator.scored("GROWTH").contains(Indicator.GROWTH_CONTRIB));
        assertEquals("SERVICE_INDICATOR: argument lifecycle out of range: DECLINE",
                err(() -> Indicator.scored("DECLINE")));
    }

    // ---- §B3.23 VAS_IND_SCORE

    @Test
    void vasIndScoreWorkedExamplesOfB323() {
        near(14.4433299899, score("PENETRATION", 0.18, 0.24925));
        near(14.443329989969909, score("PENETRATION", 0.18, 0.24925));
        near(9.8, score("USAGE_PER_USER", 39.2, 60.0));
        near(3.3125, score("SATISFACTION", 73.25, null));
        near(4.0, score("COMPLAINTS", 1.6, null));
        near(5.0, score("PAYING_RATE", 0.92, null));
        assertNull(score("VOL_REV_MATCH", 0.92, 0.0));
    }

    @Test
    void relScoresAgainstAPositiveBestOnly() {
        near(10.0, score("VOL_REV_MATCH", 0.95, 0.95));       // v = best: full marks
        near(10.0, score("VOL_REV_MATCH", 0.97, 0.95));       // above best (the province above its best city): clamped
        assertEquals(0.0, score("GROWTH_CONTRIB", -0.4, 1.7)); // a falling service: clamped at 0, not an error
        assertEquals(0.0, score("CAGR3", 0.0, 0.12));
        assertNull(score("REV_COMPLETION", 0.59, null));
        assertNull(score("REV_COMPLETION", 0.59, -0.1));
        assertNull(score("REV_COMPLETION", 0.59, 0.0));
        assertEquals(10.0, score("REV_COMPLETION", 0.59, Double.MIN_VALUE));  // any positive best counts
    }

    @Test
    void absoluteCurvesAtTheirEnds() {
        // SAT: 60 → 0, 80 → full, best ignored
        assertEquals(0.0, score("SATISFACTION", 60.0, null));
        assertEquals(0.0, score("SATISFACTION", 0.0, null));
        near(0.0025, score("SATISFACTION", 60.01, null));
        near(4.9975, score("SATISFACTION", 79.99, 1.0));
        assertEquals(5.0, score("SATISFACTION", 80.0, 0.0));
        assertEquals(5.0, score("SATISFACTION", 100.0, -3.0));
        // CPL: 0 → full, 8 and above → 0
        assertEquals(5.0, score("COMPLAINTS", 0.0, null));
        assertEquals(0.0, score("COMPLAINTS", 8.0, null));
        assertEquals(0.0, score("COMPLAINTS", 12.0, null));
        near(0.00625, score("COMPLAINTS", 7.99, null));
        // PAY: 0.90 and above → full
        assertEquals(5.0, score("PAYING_RATE", 0.90, null));
        assertEquals(5.0, score("PAYING_RATE", 1.05, null));
        near(5 * (0.89 / 0.90), score("PAYING_RATE", 0.89, null));
        assertEquals(0.0, score("PAYING_RATE", 0.0, 7.0));
    }

    @Test
    void vasIndScoreErrorsAndNulls() {
        assertEquals("VAS_IND_SCORE: argument indicator_code out of range: ARPU", err(() -> score("ARPU", 1.0, 1.0)));
        assertEquals("VAS_IND_SCORE: argument indicator_code out of range: penetration",
                err(() -> score("penetration", 0.18, 0.24925)));
        assertEquals("VAS_IND_SCORE: argument ind_value out of range: 100.01",
                err(() -> score("SATISFACTION", 100.01, null)));
        assertEquals("VAS_IND_SCORE: argument ind_value out of range: -0.5",
                err(() -> score("SATISFACTION", -0.5, null)));
        assertEquals("VAS_IND_SCORE: argument ind_value out of range: -0.1",
                err(() -> score("COMPLAINTS", -0.1, null)));
        assertEquals("VAS_IND_SCORE: argument ind_value out of range: -0.01",
                err(() -> score("PAYING_RATE", -0.01, null)));
        assertEquals("VAS_IND_SCORE: argument ind_value out of range: NaN",
                err(() -> score("PENETRATION", Double.NaN, 0.24925)));
        assertEquals("VAS_IND_SCORE: argument ind_value out of range: Infinity",
                err(() -> score("PENETRATION", Double.POSITIVE_INFINITY, 0.24925)));
        assertEquals("VAS_IND_SCORE: argument best_value out of range: NaN",
                err(() -> score("PENETRATION", 0.18, Double.NaN)));
        assertEquals("VAS_IND_SCORE: argument best_value out of range: Infinity",
                err(() -> score("PENETRATION", 0.18, Double.POSITIVE_INFINITY)));
        assertNull(score(null, 0.18, 0.24925));
        assertNull(score("PENETRATION", null, 0.24925));
        assertNull(score("PENETRATION", 0.18, null));
        // the core: NaN best is NULL, NaN result is NULL
        assertTrue(Double.isNaN(HealthFunctions.vasIndScore(Indicator.PENETRATION.ordinal(), 0.18, Double.NaN)));
        near(3.3125, HealthFunctions.vasIndScore(Indicator.SATISFACTION.ordinal(), 73.25, Double.NaN));
    }

    /**
     * §B3.24's September MMS example from the §B2.8 anchor figures of JS/MMS/200809 and the city bests: each
     * indicator by VAS_IND_SCORE, the sums unrounded and then rounded once (G1).
     */
    @Test
    void septemberMmsScorecardOfB324() {
        int month = 200809;
        Map<Indicator, double[]> valueAndBest = new EnumMap<>(Indicator.class);
        valueAndBest.put(Indicator.REV_COMPLETION, new double[] {94_000_000.00 / 158_000_000.00, 0.7451});
        valueAndBest.put(Indicator.PENETRATION, new double[] {9_000_000.0 / 50_000_000.0, 0.24925});
        valueAndBest.put(Indicator.GROWTH_CONTRIB, new double[] {1.03, 1.7007});
        valueAndBest.put(Indicator.REV_PER_USER, new double[] {94_000_000.00 / 5_017_600.0 / (month % 100), 2.4980});
        valueAndBest.put(Indicator.USAGE_PER_USER, new double[] {352_800_000.0 / 9_000_000.0, 60.00});
        valueAndBest.put(Indicator.SATISFACTION, new double[] {73.25, Double.NaN});
        valueAndBest.put(Indicator.COMPLAINTS, new double[] {1_440.0 * 10_000 / 9_000_000.0, Double.NaN});
        valueAndBest.put(Indicator.PAYING_RATE, new double[] {8_280_000.0 / 9_000_000.0, Double.NaN});
        valueAndBest.put(Indicator.VOL_REV_MATCH, new double[] {1 - 880_000.00 / 11_000_000.00, 0.9504});
        double[] expected = {7.98466, 14.44333, 9.08449, Double.NaN, 12.49937, 9.80000, 3.31250, 4.00000, 5.00000,
            9.68013};
        double scale = 0, health = 0;
        for (Indicator i : Indicator.scored("MATURE")) {
            double[] vb = valueAndBest.get(i);
            Double s = score(i.code(), vb[0], Double.isNaN(vb[1]) ? null : vb[1]);
            assertEquals(expected[i.ordinal()], s, 0.5e-5, i.code());
            if (i.dimension().equals("SCALE")) {
                scale += s;
            } else {
                health += s;
            }
        }
        assertEquals(44.011851, scale, 0.5e-6);
        assertEquals(31.792635, health, 0.5e-6);
        assertEquals(75.804485, scale + health, 0.5e-6);
        assertEquals(new BigDecimal("44.01"), Rounding.round2(scale));
        assertEquals(new BigDecimal("31.79"), Rounding.round2(health));
        assertEquals(new BigDecimal("75.80"), Rounding.round2(scale + health));
    }

    // ---- §B3.25 VAS_WEAK

    @Test
    void vasWeakWorkedExamplesOfB325() {
        assertEquals(true, weak(7.98466, 10.0, null, null));
        assertEquals(false, weak(12.49937, 15.0, null, null));
        assertEquals(false, weak(4.0, 5.0, null, null));
        assertEquals(true, weak(9.68013, 10.0, 9.75, 9.90));
        assertEquals(false, weak(9.68013, 10.0, 9.60, 9.90));
    }

    @Test
    void vasWeakRatioCutAndTrendOnBothSides() {
        assertEquals(false, weak(8.0, 10.0, null, null));         // 0.80 is not below 0.80
        assertEquals(true, weak(7.99999, 10.0, null, null));
        assertEquals(false, weak(12.0, 15.0, null, null));
        assertEquals(true, weak(11.9999, 15.0, null, null));
        assertEquals(true, weak(0.0, 5.0, null, null));
        assertEquals(false, weak(5.0, 5.0, null, null));
        // falling two months running: strict at both steps, both months needed
        assertEquals(true, weak(9.0, 10.0, 9.1, 9.2));
        assertEquals(false, weak(9.0, 10.0, 9.0, 9.2));
        assertEquals(false, weak(9.0, 10.0, 9.1, 9.1));
        assertEquals(false, weak(9.0, 10.0, 9.1, null));
        assertEquals(false, weak(9.0, 10.0, null, 9.2));
        assertEquals(false, weak(9.0, 10.0, 9.2, 9.1));
        // the ratio alone suffices whatever the trend
        assertEquals(true, weak(7.0, 10.0, 6.0, 5.0));
        // the ratio is a parameter
        ScoringParameters strict = A.with(Map.of("vas_weak.ratio", "0.85"));
        assertEquals(true, HealthFunctions.vasWeak(strict, 12.49937, 15.0, null, null));
        assertEquals(false, HealthFunctions.vasWeak(A.with(Map.of("vas_weak.ratio", "0.75")), 7.98466, 10.0, null,
                null));
    }

    @Test
    void vasWeakErrorsAndNulls() {
        assertNull(weak(null, 10.0, 9.0, 9.5));
        assertNull(weak(8.0, null, 9.0, 9.5));
        assertEquals("VAS_WEAK: argument full_marks out of range: 0.0", err(() -> weak(0.0, 0.0, null, null)));
        assertEquals("VAS_WEAK: argument full_marks out of range: -5.0", err(() -> weak(1.0, -5.0, null, null)));
        assertEquals("VAS_WEAK: argument score out of range: -0.1", err(() -> weak(-0.1, 10.0, null, null)));
        assertEquals("VAS_WEAK: argument score out of range: 10.01", err(() -> weak(10.01, 10.0, null, null)));
        assertEquals("VAS_WEAK: argument score out of range: NaN", err(() -> weak(Double.NaN, 10.0, null, null)));
        assertEquals("VAS_WEAK: argument prev_score out of range: -1.0", err(() -> weak(5.0, 10.0, -1.0, 9.0)));
        assertEquals("VAS_WEAK: argument prev2_score out of range: 11.0", err(() -> weak(5.0, 10.0, 9.0, 11.0)));
        assertEquals("VAS_WEAK: argument prev_score out of range: NaN", err(() -> weak(5.0, 10.0, Double.NaN, 9.0)));
        assertEquals("VAS_WEAK: argument full_marks out of range: Infinity",
                err(() -> weak(5.0, Double.POSITIVE_INFINITY, null, null)));
        // the core: NaN previous scores are NULL
        assertTrue(HealthFunctions.vasWeakFlag(A, 9.0, 10.0, 9.1, 9.2));
        assertFalse(HealthFunctions.vasWeakFlag(A, 9.0, 10.0, Double.NaN, 9.2));
    }

    /** §B3.25: VAS_WEAK over the September MMS scores flags exactly 004's six weak points. */
    @Test
    void septemberMmsWeakPointsAreTheSeedsSix() {
        Object[][] september = {
            {"REV_COMPLETION", 7.98466, null, null}, {"PENETRATION", 14.44333, null, null},
            {"GROWTH_CONTRIB", 9.08449, null, null}, {"REV_PER_USER", 12.49937, null, null},
            {"USAGE_PER_USER", 9.80000, null, null}, {"SATISFACTION", 3.31250, null, null},
            {"COMPLAINTS", 4.00000, null, null}, {"PAYING_RATE", 5.00000, null, null},
            {"VOL_REV_MATCH", 9.68013, 9.75, 9.90}};
        List<String> flagged = new ArrayList<>();
        for (Object[] row : september) {
            Indicator i = Indicator.of((String) row[0]);
            if (weak((Double) row[1], (double) i.fullMarks(), (Double) row[2], (Double) row[3])) {
                flagged.add(i.code());
            }
        }
        assertEquals(List.of("REV_COMPLETION", "PENETRATION", "GROWTH_CONTRIB", "USAGE_PER_USER", "SATISFACTION",
                "VOL_REV_MATCH"), flagged);
    }

    @Test
    void methodsAreTheFourOfB323() {
        assertEquals(List.of(Method.REL, Method.SAT, Method.CPL, Method.PAY), List.of(Method.values()));
    }
}
