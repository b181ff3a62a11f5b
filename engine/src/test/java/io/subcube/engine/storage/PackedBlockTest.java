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
