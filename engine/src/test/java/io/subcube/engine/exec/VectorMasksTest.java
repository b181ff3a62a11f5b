package io.subcube.engine.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** Vector masks of a bitmap hold exactly its rows, whatever the kind of container they come from. */
class VectorMasksTest {

    private static final int ROWS = 5 * 65_536 + 777;

    @Test
    void masksMatchContainsForArrayBitmapRunAndMissingContainers() {
        SplittableRandom rnd = new SplittableRandom(3);
        RoaringBitmap rows = new RoaringBitmap();
        for (int r = 0; r < 65_536; r++) {
            if (rnd.nextInt(100) == 0) {
                rows.add(r); // sparse: an array container
            }
        }
        for (int r = 65_536; r < 2 * 65_536; r++) {
            if (rnd.nextBoolean()) {
                rows.add(r); // dense: a bitmap container
            }
        }
        rows.add(3L * 65_536 + 100, 3L * 65_536 + 30_000); // one long run; container 2 stays missing
        rows.add(5L * 65_536 + 1, (long) ROWS); // the partial last vector
        rows.add(ROWS + 5); // past the last vector's rows: never in a mask
        rows.runOptimize();
        VectorMasks masks = new VectorMasks(rows);
        check(rows, masks);
        check(rows, masks); // asking again from the start re-seeks
    }

    @Test
    void anEmptyBitmapGivesEmptyMasks() {
        VectorMasks masks = new VectorMasks(new RoaringBitmap());
        long[] words = new long[Vectors.WORDS];
        Arrays.fill(words, -1L);
        assertEquals(false, masks.load(0, Vectors.SIZE, words));
        assertEquals(0, Arrays.stream(words).filter(w -> w != 0).count());
    }

    private static void check(RoaringBitmap rows, VectorMasks masks) {
        long[] words = new long[Vectors.WORDS];
        long seen = 0;
        for (int from = 0; from < ROWS; from += Vectors.SIZE) {
            int n = Math.min(Vectors.SIZE, ROWS - from);
            boolean any = masks.load(from, n, words);
            boolean expectAny = false;
            for (int i = 0; i < Vectors.SIZE; i++) {
                boolean bit = (words[i >>> 6] & (1L << i)) != 0;
                boolean expected = i < n && rows.contains(from + i);
                assertEquals(expected, bit, "row " + (from + i));
                expectAny |= expected;
                seen += bit ? 1 : 0;
            }
            assertEquals(expectAny, any, "vector at " + from);
        }
        assertEquals(rows.rangeCardinality(0, ROWS), seen);
    }
}
