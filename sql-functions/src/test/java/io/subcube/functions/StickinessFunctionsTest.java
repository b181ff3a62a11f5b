package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class StickinessFunctionsTest {

    private static final ScoringParameters A = ScoringParameters.DEFAULTS;
    private static final ScoringParameters B = ScoringParameters.forProfile("B");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    private static BigDecimal stick(int t, int bundle, boolean vpmn, int sticky, int circle, String onnet) {
        return StickinessFunctions.stickScore(A, t, bundle, vpmn, sticky, circle, d(onnet));
    }

    @Test
    void stickScoreWorkedExamplesOfB35() {
        assertEquals(d("98.75"), stick(48, 8, true, 2, 40, "0.8500"));
        assertEquals(d("75.83"), stick(24, 0, true, 1, 30, "0.7000"));
        assertEquals(d("66.63"), stick(30, 0, false, 0, 35, "0.7200"));
        assertEquals(d("99.79"), stick(72, 14, true, 4, 66, "0.9300"));
    }

    @Test
    void stickScoreG1TieIsRoundedFromTheDouble() {
        // 45 + 20 + 0 + 0 + 6 + 0.88 + 1.755 = 73.635 in exact decimal, 73.63499… in double (G1)
        assertEquals(d("73.63"), stick(43, 0, false, 3, 11, "0.5850"));
    }

    @Test
    void stickScorePointsAndCaps() {
        assertEquals(d("45.00"), stick(0, 0, false, 0, 0, "0.0000"));
        assertEquals(d("100.00"), stick(36, 4, true, 2, 50, "1.0000"));
        assertEquals(d("100.00"), stick(180, 24, true, 9, 500, "1.0000"));
        // bundle: > 3 months 12, 1–3 months 6, none 0
        assertEquals(d("57.00"), stick(0, 4, false, 0, 0, "0"));
        assertEquals(d("51.00"), stick(0, 3, false, 0, 0, "0"));
        assertEquals(d("51.00"), stick(0, 1, false, 0, 0, "0"));
        // sticky: 3 each, at most 6
        assertEquals(d("48.00"), stick(0, 0, false, 1, 0, "0"));
        assertEquals(d("51.00"), stick(0, 0, false, 3, 0, "0"));
        // tenure and circle caps
        assertEquals(d("64.44"), stick(35, 0, false, 0, 0, "0"));
        assertEquals(d("65.00"), stick(37, 0, false, 0, 0, "0"));
        assertEquals(d("49.00"), stick(0, 0, false, 0, 51, "0"));
        assertEquals(d("48.92"), stick(0, 0, false, 0, 49, "0"));
        // the share is cast to DECIMAL(5,4) first
        assertEquals(stick(30, 0, false, 0, 35, "0.7200"), stick(30, 0, false, 0, 35, "0.71995"));
    }

    @Test
    void stickScoreErrorsAndNulls() {
        assertEquals("STICK_SCORE: argument tenure_months out of range: -1", err(() -> stick(-1, 0, false, 0, 0, "0")));
        assertEquals("STICK_SCORE: argument bundle_months_left out of range: -1",
                err(() -> stick(0, -1, false, 0, 0, "0")));
        assertEquals("STICK_SCORE: argument sticky_svc_cnt out of range: -1", err(() -> stick(0, 0, false, -1, 0, "0")));
        assertEquals("STICK_SCORE: argument circle_size out of range: -1", err(() -> stick(0, 0, false, 0, -1, "0")));
        assertEquals("STICK_SCORE: argument onnet_share out of range: 1.0001",
                err(() -> stick(0, 0, false, 0, 0, "1.0001")));
        assertEquals("STICK_SCORE: argument onnet_share out of range: -0.0100",
                err(() -> stick(0, 0, false, 0, 0, "-0.01")));
        assertEquals("STICK_SCORE: argument vpmn_flag out of range: 2",
                err(() -> StickinessFunctions.stickScoreHundredths(A, 0, 0, 2, 0, 0, 0)));
        assertNull(StickinessFunctions.stickScore(A, 1, 1, null, 1, 1, d("0")));
        assertNull(StickinessFunctions.stickScore(A, 1, 1, true, 1, 1, null));
    }

    @Test
    void stickTierWorkedExamplesOfB36() {
        assertEquals("MID", StickinessFunctions.stickTier(A, d("75.83")));
        assertEquals("NONE", StickinessFunctions.stickTier(d("75.83"), d("96"), d("85")));
        assertEquals("HIGH", StickinessFunctions.stickTier(d("98.75"), d("96"), d("85")));
        assertEquals("MID", StickinessFunctions.stickTier(d("95.99"), d("96"), d("85")));
        assertEquals("HIGH", StickinessFunctions.stickTier(A, d("90.00")));
        assertEquals("NONE", StickinessFunctions.stickTier(A, d("69.99")));
    }

    @Test
    void stickTierCutsOnBothSidesInBothProfiles() {
        assertEquals("HIGH", StickinessFunctions.stickTier(A, d("100.00")));
        assertEquals("MID", StickinessFunctions.stickTier(A, d("89.99")));
        assertEquals("MID", StickinessFunctions.stickTier(A, d("70.00")));
        assertEquals("NONE", StickinessFunctions.stickTier(A, d("0.00")));
        assertEquals("HIGH", StickinessFunctions.stickTier(B, d("96.00")));
        assertEquals("MID", StickinessFunctions.stickTier(B, d("95.99")));
        assertEquals("MID", StickinessFunctions.stickTier(B, d("85.00")));
        assertEquals("NONE", StickinessFunctions.stickTier(B, d("84.99")));
        assertEquals("HIGH", StickinessFunctions.stickTier(d("90.00"), d("90.00"), d("70.00")));
        assertEquals("MID", StickinessFunctions.stickTier(d("89.99"), d("90.00"), d("70.00")));
        // a score of more decimals is cast to DECIMAL(5,2) first: 89.995 → 90.00
        assertEquals("HIGH", StickinessFunctions.stickTier(A, d("89.995")));
        // equal cuts leave MID empty
        assertEquals("HIGH", StickinessFunctions.stickTier(d("80"), d("80"), d("80")));
        assertEquals("NONE", StickinessFunctions.stickTier(d("79.99"), d("80"), d("80")));
    }

    @Test
    void stickTierErrorsAndNulls() {
        assertEquals("STICK_TIER: argument score out of range: 100.01", err(() -> StickinessFunctions.stickTier(A, d("100.01"))));
        assertEquals("STICK_TIER: argument score out of range: -0.01", err(() -> StickinessFunctions.stickTier(A, d("-0.01"))));
        assertEquals("STICK_TIER: argument high_cut out of range: 101.00",
                err(() -> StickinessFunctions.stickTier(d("50"), d("101"), d("85"))));
        assertEquals("STICK_TIER: argument mid_cut out of range: -1.00",
                err(() -> StickinessFunctions.stickTier(d("50"), d("96"), d("-1"))));
        assertEquals("STICK_TIER: argument mid_cut out of range: 97.00",
                err(() -> StickinessFunctions.stickTier(d("50"), d("96"), d("97"))));
        assertEquals("STICK_TIER: argument score out of range: 100.01",
                err(() -> StickinessFunctions.stickTierBatch(A, new long[] {10_001}, new int[1], 1)));
        assertNull(StickinessFunctions.stickTier(A, null));
        assertNull(StickinessFunctions.stickTier(d("50"), null, d("85")));
        assertNull(StickinessFunctions.stickTier(d("50"), d("96"), null));
    }
}
