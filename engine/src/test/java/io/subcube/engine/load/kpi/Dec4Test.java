package io.subcube.engine.load.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dec4's long arithmetic equals BigDecimal HALF_UP at scale 4, including past the range of a long product. */
class Dec4Test {

    @Test
    void ratioAndTimesEqualBigDecimalHalfUp() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long a = r.nextLong() >> r.nextInt(64);
            long b = r.nextLong() >> r.nextInt(64);
            if (b == 0 || a == Dec4.NULL || b == Dec4.NULL) {
                continue;
            }
            BigDecimal q = new BigDecimal(a).divide(new BigDecimal(b), 4, RoundingMode.HALF_UP);
            if (q.unscaledValue().bitLength() < 63) {
                assertEquals(q.unscaledValue().longValueExact(), Dec4.ratio(a, b), a + " / " + b);
            }
            BigDecimal p = BigDecimal.valueOf(a, 4).multiply(BigDecimal.valueOf(b, 4)).setScale(4, RoundingMode.HALF_UP);
            if (p.unscaledValue().bitLength() < 63) {
                assertEquals(p.unscaledValue().longValueExact(), Dec4.times(a, b), a + " × " + b);
            }
        }
        assertEquals(Dec4.NULL, Dec4.ratio(1, 0));
        assertEquals(6_333, Dec4.ratio(19, 30));
        assertEquals(-6_667, Dec4.ratio(-2, 3));
        assertEquals(5_000, Dec4.ratio(1, 2));
        assertEquals(-3, Dec4.round(-2.5));
        assertEquals(3, Dec4.round(2.5));
    }
}
