package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** G1: the allocation-free {@link Rounding#hundredths} equals {@code BigDecimal.valueOf(x).setScale(2, HALF_UP)}. */
class RoundingTest {

    private static void same(double x) {
        long ref = Rounding.hundredthsReference(x);
        long fast = Rounding.hundredths(x);
        if (ref != fast) {
            assertEquals(ref, fast, "x = " + x + " (" + Double.toString(x) + ")");
        }
    }

    @Test
    void everyDecimalWithThreePlacesUpTo1000AndItsNeighbours() {
        for (long k = 0; k <= 1_000_000; k++) {
            double x = k / 1000.0;
            same(x);
            same(-x);
            same(Math.nextUp(x));
            same(Math.nextDown(x));
        }
    }

    @Test
    void millionsOfRandomDoubles() {
        SplittableRandom r = new SplittableRandom(20080901);
        for (int i = 0; i < 2_000_000; i++) {
            same(r.nextDouble() * 100);                       // the score range
            same(r.nextDouble(-1e6, 1e6));                    // wider, both signs
            same(Math.scalb(r.nextDouble(), r.nextInt(-40, 45))); // many magnitudes
        }
    }

    @Test
    void sumsOfScoreTermsLandOnTiesAsG1Describes() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            // terms with 2–4 decimals, added in double as the rules do
            double x = r.nextInt(0, 4500) / 100.0 + r.nextInt(0, 2000) / 100.0 + r.nextInt(0, 400) * 0.01
                    + 3 * (r.nextInt(0, 10001) / 10000.0);
            same(x);
        }
    }

    @Test
    void knownTiesAndHugeValues() {
        assertEquals(7364, Rounding.hundredths(73.635));
        assertEquals(7363, Rounding.hundredths(45 + 20.0 + 0 + 0 + 6 + 0.88 + 1.755)); // 73.635 in exact decimal
        assertEquals(-7364, Rounding.hundredths(-73.635));
        assertEquals(1, Rounding.hundredths(0.005));
        assertEquals(0, Rounding.hundredths(0.0049999999999999));
        same(1e13 + 0.125);
        same(Double.MAX_VALUE / 1e300);
    }
}
