package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AnomalyFunctionsTest {

    private static final ScoringParameters A = ScoringParameters.DEFAULTS;
    private static final ScoringParameters B = ScoringParameters.forProfile("B");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    private static BigDecimal churn(int mou, int mou3, String arpu, String arpu3, int c, int c3, String share, int bundle) {
        return AnomalyFunctions.churnScore(A, mou, mou3, d(arpu), d(arpu3), c, c3, d(share), bundle);
    }

    @Test
    void churnScoreWorkedExamplesOfB37() {
        assertEquals(d("40.25"), churn(120, 300, "55.00", "80.00", 30, 40, "0.1500", 0));
        assertEquals(d("19.00"), churn(240, 300, "72.00", "80.00", 36, 40, "0.1000", 0));
        assertEquals(d("15.70"), churn(280, 300, "78.00", "80.00", 40, 40, "0.0800", 2));
        assertEquals(d("2.00"), churn(310, 300, "82.00", "80.00", 42, 40, "0.0500", 9));
    }

    @Test
    void churnScoreDropsCapsAndExpiry() {
        // full drops and a competitor share at its cap: 30 + 20 + 20 + 20 + 10
        assertEquals(d("100.00"), churn(0, 300, "0.00", "80.00", 0, 40, "0.5000", 3));
        assertEquals(d("100.00"), churn(0, 300, "0.00", "80.00", 0, 40, "0.9000", 1));
        // b ≤ 0 gives no drop
        assertEquals(d("5.00"), churn(0, 0, "0.00", "0.00", 0, 0, "0.0000", 0));
        // rises are not negative drops
        assertEquals(d("0.00"), churn(900, 300, "99.00", "80.00", 90, 40, "0.0000", 4));
        // expiry: 0 months → 5, 1..3 → 10, > 3 → 0
        assertEquals(d("5.00"), churn(1, 1, "1", "1", 1, 1, "0", 0));
        assertEquals(d("10.00"), churn(1, 1, "1", "1", 1, 1, "0", 1));
        assertEquals(d("10.00"), churn(1, 1, "1", "1", 1, 1, "0", 3));
        assertEquals(d("0.00"), churn(1, 1, "1", "1", 1, 1, "0", 4));
    }

    @Test
    void churnScoreErrorsAndNulls() {
        assertEquals("CHURN_SCORE: argument mou_total out of range: -1", err(() -> churn(-1, 0, "0", "0", 0, 0, "0", 0)));
        assertEquals("CHURN_SCORE: argument mou_avg3 out of range: -1", err(() -> churn(0, -1, "0", "0", 0, 0, "0", 0)));
        assertEquals("CHURN_SCORE: argument arpu out of range: -5.00", err(() -> churn(0, 0, "-5", "0", 0, 0, "0", 0)));
        assertEquals("CHURN_SCORE: argument arpu_avg3 out of range: -0.01",
                err(() -> churn(0, 0, "0", "-0.01", 0, 0, "0", 0)));
        assertEquals("CHURN_SCORE: argument circle_size out of range: -1", err(() -> churn(0, 0, "0", "0", -1, 0, "0", 0)));
        assertEquals("CHURN_SCORE: argument circle_size_avg3 out of range: -1",
                err(() -> churn(0, 0, "0", "0", 0, -1, "0", 0)));
        assertEquals("CHURN_SCORE: argument competitor_share out of range: 1.5000",
                err(() -> churn(0, 0, "0", "0", 0, 0, "1.5", 0)));
        assertEquals("CHURN_SCORE: argument bundle_months_left out of range: -1",
                err(() -> churn(0, 0, "0", "0", 0, 0, "0", -1)));
        assertNull(AnomalyFunctions.churnScore(A, null, 0, d("0"), d("0"), 0, 0, d("0"), 0));
        assertNull(AnomalyFunctions.churnScore(A, 0, 0, d("0"), d("0"), 0, 0, null, 0));
        assertNull(AnomalyFunctions.churnScore(A, 0, 0, d("0"), d("0"), 0, 0, d("0"), null));
    }

    @Test
    void churnFlagWorkedExamplesOfB38() {
        assertTrue(AnomalyFunctions.churnFlag(A, d("40.25")));
        assertFalse(AnomalyFunctions.churnFlag(A, d("19.00")));
        assertTrue(AnomalyFunctions.churnFlag(d("19.00"), d("16")));
        assertFalse(AnomalyFunctions.churnFlag(A, d("31.99")));
        assertTrue(AnomalyFunctions.churnFlag(A, d("32.00")));
    }

    @Test
    void churnFlagCutsOnBothSides() {
        assertTrue(AnomalyFunctions.churnFlag(B, d("16.00")));
        assertFalse(AnomalyFunctions.churnFlag(B, d("15.99")));
        assertTrue(AnomalyFunctions.churnFlag(B, d("19.00")));
        assertTrue(AnomalyFunctions.churnFlag(d("0.00"), d("0.00")));
        assertFalse(AnomalyFunctions.churnFlag(d("99.99"), d("100.00")));
        assertTrue(AnomalyFunctions.churnFlag(A, d("31.995")));  // cast to 32.00 first
    }

    @Test
    void churnFlagErrorsAndNulls() {
        assertEquals("CHURN_FLAG: argument score out of range: 100.50", err(() -> AnomalyFunctions.churnFlag(A, d("100.5"))));
        assertEquals("CHURN_FLAG: argument score out of range: -1.00", err(() -> AnomalyFunctions.churnFlag(d("-1"), d("16"))));
        assertEquals("CHURN_FLAG: argument cut out of range: 101.00", err(() -> AnomalyFunctions.churnFlag(d("1"), d("101"))));
        assertEquals("CHURN_FLAG: argument score out of range: -0.01",
                err(() -> AnomalyFunctions.churnFlagBatch(A, new long[] {0, -1}, new long[2], 2)));
        assertNull(AnomalyFunctions.churnFlag(A, null));
        assertNull(AnomalyFunctions.churnFlag(d("1"), null));
        assertNull(AnomalyFunctions.churnFlag((BigDecimal) null, d("1")));
    }
}
