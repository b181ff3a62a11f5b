package io.subcube.engine.exec.agg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** The chunked bitset hands over exactly the values added, in any order, past its chunk limit too. */
class ValueChunksTest {

    private static void assertSameSet(int[] values) {
        ValueChunks chunks = new ValueChunks();
        RoaringBitmap expected = new RoaringBitmap();
        for (int v : values) {
            chunks.add(v);
            expected.add(v);
        }
        RoaringBitmap actual = chunks.toBitmap();
        assertEquals(expected, actual);
        assertEquals(expected.getLongCardinality(), actual.getLongCardinality());
    }

    @Test
    void ascendingValuesFillArrayAndBitmapContainers() {
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
