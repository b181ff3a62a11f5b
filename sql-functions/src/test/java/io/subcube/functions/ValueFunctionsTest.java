package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFunctionsTest {

    private static final ScoringParameters P = ScoringParameters.DEFAULTS;

    private static String err(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void returnRateWorkedExamplesOfB31() {
        assertEquals(d("92.00"), ValueFunctions.returnRate(d("150.00"), d("12.00")));
        assertEquals(d("88.74"), ValueFunctions.returnRate(d("88.40"), d("9.95")));
        assertEquals(d("0.00"), ValueFunctions.returnRate(d("50.00"), d("60.00")));
        assertEquals(d("0.00"), ValueFunctions.returnRate(d("0.00"), d("0.00")));
    }

    @Test
    void returnRateClampsAtBothEnds() {
        assertEquals(10000, ValueFunctions.returnRateHundredths(5000, 0));
        assertEquals(0, ValueFunctions.returnRateHundredths(5000, 5000));
        assertEquals(0, ValueFunctions.returnRateHundredths(5000, 5001));
    }

    @Test
    void returnRateNegativeMoneyIsAnError() {
        DomainException e = assertThrows(DomainException.class,
                () -> ValueFunctions.returnRate(d("-1.00"), d("0.00")));
        assertEquals("RETURN_RATE: argument gross out of range: -1.00", e.getMessage());
        assertThrows(DomainException.class, () -> ValueFunctions.returnRate(d("1.00"), d("-0.01")));
    }

    @Test
    void returnRateNullGivesNull() {
        assertNull(ValueFunctions.returnRate(null, d("1.00")));
        assertNull(ValueFunctions.returnRate(d("1.00"), null));
    }

    @Test
    void roundingIsHalfUpOnTheDoublesDecimalReading() {
        assertEquals(7364, Rounding.hundredths(73.635));  // a double read as 73.635 rounds up
        assertEquals(-7364, Rounding.hundredths(-73.635));
        assertEquals(d("63.57"), Rounding.round2(15 + 13.8 + 8.25 + 9 + 9 + 8.52));
    }

    @Test
    void returnRateInputsAreCastToTheirScale() {
        // 88.405 as DECIMAL(12,2) is 88.41 (HALF_UP), as SQL CAST would give
        assertEquals(ValueFunctions.returnRate(d("88.41"), d("9.95")), ValueFunctions.returnRate(d("88.405"), d("9.95")));
        assertEquals("RETURN_RATE: argument gross out of range: 12345678901.00",
                err(() -> ValueFunctions.returnRate(d("12345678901.00"), d("0"))));
    }

    @Test
    void influenceScoreWorkedExamplesOfB32() {
        assertEquals(d("42.60"), ValueFunctions.influenceScore(P, 45, 120, 6, 2));
        assertEquals(d("100.00"), ValueFunctions.influenceScore(P, 130, 400, 20, 7));
        assertEquals(2, ValueFunctions.influenceScore(P, 45, 120, 6, 2).scale());
    }

    @Test
    void influenceScoreCapsAreClampedNotErrors() {
        assertEquals(d("40.00"), ValueFunctions.influenceScore(P, 100, 0, 0, 0));
        assertEquals(d("40.00"), ValueFunctions.influenceScore(P, 101, 0, 0, 0));
        assertEquals(d("39.60"), ValueFunctions.influenceScore(P, 99, 0, 0, 0));
        assertEquals(d("30.00"), ValueFunctions.influenceScore(P, 0, 299, 1, 0));
        assertEquals(d("30.00"), ValueFunctions.influenceScore(P, 0, 0, 301, 0));
        assertEquals(d("29.90"), ValueFunctions.influenceScore(P, 0, 200, 99, 0));
        assertEquals(d("30.00"), ValueFunctions.influenceScore(P, 0, 0, 0, 5));
        assertEquals(d("30.00"), ValueFunctions.influenceScore(P, 0, 0, 0, 6));
        assertEquals(d("24.00"), ValueFunctions.influenceScore(P, 0, 0, 0, 4));
        assertEquals(d("0.00"), ValueFunctions.influenceScore(P, 0, 0, 0, 0));
    }

    @Test
    void influenceScoreErrorsAndNulls() {
        assertEquals("INFLUENCE_SCORE: argument circle_size out of range: -1",
                err(() -> ValueFunctions.influenceScore(P, -1, 0, 0, 0)));
        assertEquals("INFLUENCE_SCORE: argument sms_mo_cnt out of range: -2",
                err(() -> ValueFunctions.influenceScore(P, 0, -2, 0, 0)));
        assertEquals("INFLUENCE_SCORE: argument mms_mo_cnt out of range: -3",
                err(() -> ValueFunctions.influenceScore(P, 0, 0, -3, 0)));
        assertEquals("INFLUENCE_SCORE: argument vas_active_cnt out of range: -4",
                err(() -> ValueFunctions.influenceScore(P, 0, 0, 0, -4)));
        assertNull(ValueFunctions.influenceScore(P, null, 0, 0, 0));
        assertNull(ValueFunctions.influenceScore(P, 0, 0, 0, null));
    }

    @Test
    void cvsWorkedExamplesOfB33() {
        assertEquals(d("63.57"), ValueFunctions.cvs(P, d("120.00"), d("92.00"), d("110.00"), d("90.00"), 36,
                d("42.60")));
        assertEquals(d("94.95"), ValueFunctions.cvs(P, d("250.00"), d("95.00"), d("240.00"), d("97.00"), 84,
                d("80.00")));
        assertEquals(6357, ValueFunctions.cvsHundredths(P, 12000, 9200, 11000, 9000, 36, 4260));
    }

    @Test
    void cvsCapsAndEnds() {
        assertEquals(d("100.00"), ValueFunctions.cvs(P, d("200.00"), d("100.00"), d("200.00"), d("100.00"), 60,
                d("100.00")));
        assertEquals(d("100.00"), ValueFunctions.cvs(P, d("2999.99"), d("100.00"), d("900.00"), d("100.00"), 180,
                d("100.00")));
        assertEquals(d("0.00"), ValueFunctions.cvs(P, d("0.00"), d("0.00"), d("0.00"), d("0.00"), 0, d("0.00")));
        assertEquals(d("23.75"), ValueFunctions.cvs(P, d("190.00"), d("0.00"), d("0.00"), d("0.00"), 0, d("0.00")));
        assertEquals(d("15.00"), ValueFunctions.cvs(P, d("0.00"), d("0.00"), d("0.00"), d("0.00"), 61, d("0.00")));
    }

    @Test
    void cvsErrorsAndNulls() {
        assertEquals("CVS: argument arpu out of range: -0.01",
                err(() -> ValueFunctions.cvs(P, d("-0.01"), d("0"), d("0"), d("0"), 0, d("0"))));
        assertEquals("CVS: argument return_rate out of range: 100.01",
                err(() -> ValueFunctions.cvs(P, d("0"), d("100.01"), d("0"), d("0"), 0, d("0"))));
        assertEquals("CVS: argument arpu_avg3 out of range: -1.00",
                err(() -> ValueFunctions.cvs(P, d("0"), d("0"), d("-1"), d("0"), 0, d("0"))));
        assertEquals("CVS: argument return_rate_avg3 out of range: -0.01",
                err(() -> ValueFunctions.cvs(P, d("0"), d("0"), d("0"), d("-0.01"), 0, d("0"))));
        assertEquals("CVS: argument tenure_months out of range: -1",
                err(() -> ValueFunctions.cvs(P, d("0"), d("0"), d("0"), d("0"), -1, d("0"))));
        assertEquals("CVS: argument influence_score out of range: 100.01",
                err(() -> ValueFunctions.cvs(P, d("0"), d("0"), d("0"), d("0"), 0, d("100.01"))));
        assertEquals("CVS: argument arpu out of range: -1.00",
                err(() -> ValueFunctions.cvsBatch(P, new long[] {-100}, new long[1], new long[1], new long[1],
                        new long[1], new long[1], new long[1], 1)));
        assertNull(ValueFunctions.cvs(P, null, d("0"), d("0"), d("0"), 0, d("0")));
        assertNull(ValueFunctions.cvs(P, d("0"), d("0"), d("0"), d("0"), null, d("0")));
    }

    @Test
    void valueTierWorkedExamplesOfB34() {
        assertEquals("H", ValueFunctions.valueTier(P, 0L, 1000L));
        assertEquals("H", ValueFunctions.valueTier(P, 99L, 1000L));
        assertEquals("MH", ValueFunctions.valueTier(P, 100L, 1000L));
        assertEquals("MH", ValueFunctions.valueTier(P, 299L, 1000L));
        assertEquals("M", ValueFunctions.valueTier(P, 300L, 1000L));
        assertEquals("M", ValueFunctions.valueTier(P, 899L, 1000L));
        assertEquals("L", ValueFunctions.valueTier(P, 900L, 1000L));
        assertEquals("L", ValueFunctions.valueTier(P, 999L, 1000L));
        assertEquals("H", ValueFunctions.valueTier(P, 0L, 1L));
        String[] seven = {"H", "MH", "MH", "M", "M", "M", "M"};
        for (int r = 0; r < 7; r++) {
            assertEquals(seven[r], ValueFunctions.valueTier(P, (long) r, 7L), "r = " + r);
            assertEquals(seven[r], ValueFunctions.valueTier((long) r, 7L, 10, 30, 90));
        }
    }

    @Test
    void valueTierPartitionOfTwenty() {
        double[] scores = {95.10, 90.00, 90.00, 88.00, 85.00, 80.00, 80.00, 76.00, 72.50, 70.00, 66.00, 61.00, 58.00,
            55.00, 50.00, 47.00, 41.00, 35.00, 35.00, 12.00};
        List<Long> ranks = new ArrayList<>();
        int[] counts = new int[4];
        StringBuilder tiers = new StringBuilder();
        for (double s : scores) {
            long r = 0;
            for (double o : scores) {
                if (o > s) {
                    r++;
                }
            }
            ranks.add(r);
            String t = ValueFunctions.valueTier(P, r, 20L);
            counts[Domains.code(Domains.VALUE_TIERS, t)]++;
            tiers.append(t).append(' ');
        }
        assertEquals(List.of(0L, 1L, 1L, 3L, 4L, 5L, 5L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 17L, 19L),
                ranks);
        assertEquals("H H H MH MH MH MH M M M M M M M M M M M M L ", tiers.toString());
        assertEquals(List.of(3, 4, 12, 1), List.of(counts[0], counts[1], counts[2], counts[3]));
        // the cuts H r<2, MH r<6, M r<18 on both sides
        assertEquals("H", ValueFunctions.valueTier(P, 1L, 20L));
        assertEquals("MH", ValueFunctions.valueTier(P, 2L, 20L));
        assertEquals("MH", ValueFunctions.valueTier(P, 5L, 20L));
        assertEquals("M", ValueFunctions.valueTier(P, 6L, 20L));
        assertEquals("M", ValueFunctions.valueTier(P, 17L, 20L));
        assertEquals("L", ValueFunctions.valueTier(P, 18L, 20L));
    }

    @Test
    void valueTierExplicitCuts() {
        assertEquals("H", ValueFunctions.valueTier(4L, 100L, 5, 25, 95));
        assertEquals("MH", ValueFunctions.valueTier(5L, 100L, 5, 25, 95));
        assertEquals("M", ValueFunctions.valueTier(94L, 100L, 5, 25, 95));
        assertEquals("L", ValueFunctions.valueTier(95L, 100L, 5, 25, 95));
    }

    @Test
    void valueTierErrorsAndNulls() {
        assertEquals("VALUE_TIER: argument rank_above out of range: -1", err(() -> ValueFunctions.valueTier(P, -1L, 10L)));
        assertEquals("VALUE_TIER: argument rank_above out of range: 10", err(() -> ValueFunctions.valueTier(P, 10L, 10L)));
        assertEquals("VALUE_TIER: argument n out of range: 0", err(() -> ValueFunctions.valueTier(P, 0L, 0L)));
        assertEquals("VALUE_TIER: argument n out of range: -5", err(() -> ValueFunctions.valueTier(P, 0L, -5L)));
        assertEquals("VALUE_TIER: argument p1 out of range: 0", err(() -> ValueFunctions.valueTier(0L, 10L, 0, 30, 90)));
        assertEquals("VALUE_TIER: argument p2 out of range: 10", err(() -> ValueFunctions.valueTier(0L, 10L, 10, 10, 90)));
        assertEquals("VALUE_TIER: argument p3 out of range: 30", err(() -> ValueFunctions.valueTier(0L, 10L, 10, 30, 30)));
        assertEquals("VALUE_TIER: argument p3 out of range: 100", err(() -> ValueFunctions.valueTier(0L, 10L, 10, 30, 100)));
        assertEquals("VALUE_TIER: argument p2 out of range: 5", err(() -> ValueFunctions.valueTier(0L, 10L, 10, 5, 90)));
        assertNull(ValueFunctions.valueTier(P, null, 10L));
        assertNull(ValueFunctions.valueTier(P, 0L, null));
        assertNull(ValueFunctions.valueTier(0L, 10L, 10, null, 90));
    }
}
