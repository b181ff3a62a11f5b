package io.subcube.engine.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedBlockTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 100, 255, 65_535, 1L << 33, Long.MAX_VALUE})
    void roundTripsEveryWidth(long range) {
        SplittableRandom rnd = new SplittableRandom(range);
        int n = 5000;
        long[] values = new long[n];
        long base = -rnd.nextLong(1000);
        for (int i = 0; i < n; i++) {
            values[i] = base + (range == 0 ? 0 : rnd.nextLong(range));
        }
        values[0] = base;
        values[n - 1] = base + range;
        PackedBlock block = PackedBlock.pack(values, n, null);
        assertEquals(range == 0 ? 0 : 64 - Long.numberOfLeadingZeros(range), block.bits());
        long[] out = new long[n];
        block.decode(0, n, out);
        assertArrayEquals(values, out);
        for (int i = 0; i < n; i += 97) {
            assertEquals(values[i], block.get(i));
        }
        long[] part = new long[100];
        block.decode(1000, 100, part);
        for (int i = 0; i < 100; i++) {
            assertEquals(values[1000 + i], part[i]);
        }
        assertEquals(base, block.min());
        assertEquals(base + range, block.max());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 100, 65_535, 1L << 33, Long.MAX_VALUE})
    void gatherReadsTheListedRowsOnly(long range) {
        SplittableRandom rnd = new SplittableRandom(range + 7);
        int n = PackedBlock.CAPACITY;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = 5 + (range == 0 ? 0 : rnd.nextLong(range));
        }
        PackedBlock block = PackedBlock.pack(values, n, null);
        int from = 3 * 1024;
        int[] positions = new int[1024];
        int count = 0;
        for (int p = 0; p < 1024; p++) {
            if (rnd.nextInt(7) == 0) {
                positions[count++] = p;
            }
        }
        long[] out = new long[1024];
        block.gather(from, positions, count, out);
        for (int i = 0; i < count; i++) {
            assertEquals(values[from + positions[i]], out[i]);
        }
        // Through a column: a prefix of positions 0, 1, 2, ... is decoded, any other list gathered.
        LongColumnBuilder b = new LongColumnBuilder();
        for (long v : values) {
            b.append(v, false);
        }
        LongColumn column = b.build();
        int[] prefix = new int[1024];
        for (int i = 0; i < 600; i++) {
            prefix[i] = i;
        }
        long[] all = new long[1024];
        column.gather(from, prefix, 600, all);
        assertArrayEquals(java.util.Arrays.copyOfRange(values, from, from + 600), java.util.Arrays.copyOf(all, 600));
        long[] some = new long[1024];
        column.gather(from, positions, count, some);
        assertArrayEquals(java.util.Arrays.copyOf(out, count), java.util.Arrays.copyOf(some, count));
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1})
    void fullSixtyFourBitRangeRoundTrips(long low) {
        long[] values = {low, Long.MAX_VALUE, 0, -5, 7, low};
        PackedBlock block = PackedBlock.pack(values, values.length, null);
        long[] out = new long[values.length];
        block.decode(0, values.length, out);
        assertArrayEquals(values, out);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void nullRowsDoNotWidenTheZoneMap(int nullEvery) {
        long[] values = {5, 1_000_000, 6, 7, -9_999, 8};
        boolean[] present = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            present[i] = values[i] >= 0 && values[i] < 100 || i % nullEvery != 0;
        }
        present[1] = false;
        present[4] = false;
        PackedBlock block = PackedBlock.pack(values, values.length, present);
        assertEquals(5, block.min());
        assertEquals(8, block.max());
        assertEquals(7, block.get(3));
    }
}
