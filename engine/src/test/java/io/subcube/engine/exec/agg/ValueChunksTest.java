package io.subcube.engine.exec.agg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** Chunked bitsets of several tasks count exactly the distinct values added, in any order, past the chunk limit too. */
class ValueChunksTest {

    /**
     * The values split among three tasks' sets (every third value to each, then in three runs) and a bitmap,
     * counted as their union: the number of distinct values.
     */
    private static void assertSameSet(int[] values) {
        RoaringBitmap expected = RoaringBitmap.bitmapOf(values);
        for (boolean runs : new boolean[] {false, true}) {
            List<ValueChunks> sets = List.of(new ValueChunks(), new ValueChunks(), new ValueChunks());
            RoaringBitmap other = new RoaringBitmap();
            for (int i = 0; i < values.length; i++) {
                int task = runs ? 3 * i / Math.max(1, values.length) : i % 3;
                if (i % 7 == 6) {
                    other.add(values[i]);
                } else {
                    sets.get(task).add(values[i]);
                }
            }
            assertEquals(expected.getLongCardinality(), ValueChunks.unionCardinality(sets, List.of(other)));
        }
    }

    @Test
    void ascendingValuesSparseAndDense() {
        int[] sparse = new int[3000];
        for (int i = 0; i < sparse.length; i++) {
            sparse[i] = 7 * i;
        }
        assertSameSet(sparse);
        int[] dense = new int[100_000];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = 65_000 + i;
        }
        assertSameSet(dense);
    }

    @Test
    void nearlySortedValuesWithDuplicatesAndJumpsBack() {
        SplittableRandom random = new SplittableRandom(3);
        int[] values = new int[50_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 4096 == 4095 ? 1_000_000 + i : i % 3 == 0 ? i - random.nextInt(50) : i;
        }
        assertSameSet(values);
    }

    @Test
    void valuesOverManyKeysOverflowPastTheChunkLimit() {
        Random random = new Random(5);
        int[] values = new int[20_000];
        for (int i = 0; i < values.length; i++) {
            // Unsigned: ints below zero are values of 2^31 and above.
            values[i] = i % 10 == 0 ? values[i / 2] : random.nextInt();
        }
        assertSameSet(values);
        assertSameSet(new int[] {-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 65_535, 65_536});
    }

    @Test
    void nothingAddedIsEmpty() {
        assertSameSet(new int[0]);
    }
}
