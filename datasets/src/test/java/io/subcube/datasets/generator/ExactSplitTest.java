package io.subcube.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** City figures that aggregate exactly: integer splits and rounded weighted means. */
class ExactSplitTest {

    @Test
    void splitsByLargestRemainderWithAFixedPart() {
        // 10 over 1:1:1 gives 3.33 each: the first of the tied remainders takes the unit left over
        assertArrayEquals(new long[] {4, 3, 3}, ExactSplit.split(10, new double[] {1, 1, 1}, -1, 0));
        assertArrayEquals(new long[] {7, 1, 2}, ExactSplit.split(10, new double[] {0, 1, 2}, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> ExactSplit.split(5, new double[] {1, 1}, 0, 6));
    }

    @Test
    void partsAlwaysAddUp() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int k = 0; k < 1000; k++) {
            double[] w = rng.doubles(13, 0.1, 10).toArray();
            long total = rng.nextLong(1, 20_000_000_000L);
            int fixed = rng.nextInt(-1, 13);
            long fixedValue = fixed < 0 ? 0 : rng.nextLong(0, total);
            long[] parts = ExactSplit.split(total, w, fixed, fixedValue);
            assertEquals(total, Arrays.stream(parts).sum());
            if (fixed >= 0) {
                assertEquals(fixedValue, parts[fixed]);
            }
        }
    }

    @Test
    void meansRoundToTheTarget() {
        long[] weight = {9_400, 3_100, 12_000, 800};
        double[] v = ExactSplit.meanRound4(1.03, weight, new double[] {1.1, 0, 0.9, 1.2}, 1, 1.7007);
        assertEquals(1.7007, v[1]);
        assertEquals(1.03, ServiceDraws.round4(ExactSplit.mean(v, weight)));
        long[] sat = ExactSplit.hundredthsAround(73.25, new double[] {1.4, -2.1, 0.3, 0.9}, weight);
        assertEquals(7325, ExactSplit.meanHundredths(sat, weight));
    }
}
