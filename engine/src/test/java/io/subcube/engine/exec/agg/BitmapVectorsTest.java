package io.subcube.engine.exec.agg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.subcube.engine.exec.PassingRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** A row bitmap read in batches gives the vectors, lengths and positions a row-by-row walk finds. */
class BitmapVectorsTest {

    private static final int V = PassingRows.VECTOR;
    private static final int ROWS = 200_000 + 17;

    private static List<String> actual(RoaringBitmap rows, int from, int to) {
        List<String> out = new ArrayList<>();
        BitmapVectors vectors = new BitmapVectors(rows, from, to);
        while (vectors.next()) {
            int[] p = Arrays.copyOf(vectors.positions(), vectors.count());
            out.add(vectors.start() + "+" + vectors.length() + ":" + Arrays.toString(p));
        }
        return out;
    }

    private static List<String> expected(RoaringBitmap rows, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int start = from; start < to; start += V) {
            int length = Math.min(V, to - start);
            List<Integer> p = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                if (rows.contains(start + i)) {
                    p.add(i);
                }
            }
            if (!p.isEmpty()) {
                out.add(start + "+" + length + ":" + p);
            }
        }
        return out;
    }

    private static void check(RoaringBitmap rows) {
        int[][] ranges = {{0, ROWS}, {0, 65_536}, {65_536, 131_072}, {131_072, ROWS}, {3 * V, 5 * V + 7}, {0, 0}};
        for (int[] r : ranges) {
            assertEquals(expected(rows, r[0], r[1]), actual(rows, r[0], r[1]), r[0] + ".." + r[1]);
        }
    }

    @Test
    void sparseDenseRunAndEmptySelections() {
        SplittableRandom random = new SplittableRandom(11);
        RoaringBitmap sparse = new RoaringBitmap();
        RoaringBitmap dense = new RoaringBitmap();
        for (int r = 0; r < ROWS; r++) {
            if (random.nextInt(50) == 0) {
                sparse.add(r);
            }
            if (random.nextInt(3) > 0) {
                dense.add(r);
            }
        }
        RoaringBitmap runs = RoaringBitmap.bitmapOfRange(1000, 70_000);
        runs.add(150_000L, (long) ROWS);
        runs.runOptimize();
        check(sparse);
        check(dense);
        check(runs);
        check(RoaringBitmap.bitmapOfRange(0, ROWS));
        check(new RoaringBitmap());
    }

    @Test
    void aRangeOffAVectorBoundaryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BitmapVectors(new RoaringBitmap(), 5, 10));
    }
}
