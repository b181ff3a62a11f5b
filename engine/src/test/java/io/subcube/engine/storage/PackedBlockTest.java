package io.subcube.engine.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;
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
        int plainBits = range == 0 ? 0 : 64 - Long.numberOfLeadingZeros(range);
        // Frames may hold the row without its block's extremes in a bit less.
        assertEquals(plainBits, block.layout() == PackedBlock.PLAIN ? block.bits() : plainBits);
        assertTrue(block.bits() <= plainBits);
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

    // ---- the framed, linear and dictionary layouts

    /** Checks every row through get, a whole decode, decodes of ragged ranges, gathers of scattered rows, and min/max. */
    private static void assertRoundTrip(long[] values, boolean[] present, PackedBlock block) {
        int n = values.length;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (present == null || present[i]) {
                lo = Math.min(lo, values[i]);
                hi = Math.max(hi, values[i]);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 0;
        }
        assertEquals(lo, block.min());
        assertEquals(hi, block.max());
        assertEquals(n, block.size());
        long[] all = new long[n];
        block.decode(0, n, all);
        for (int i = 0; i < n; i++) {
            if (present == null || present[i]) {
                assertEquals(values[i], all[i], "decode row " + i);
                assertEquals(values[i], block.get(i), "get row " + i);
            } else {
                // NULL rows decode to some value within the zone map, the same through get and decode.
                assertTrue(all[i] >= lo && all[i] <= hi, "NULL row " + i + " decodes to " + all[i]);
                assertEquals(all[i], block.get(i));
            }
        }
        SplittableRandom rnd = new SplittableRandom(n);
        long[] part = new long[n];
        for (int t = 0; t < 40 && n > 0; t++) {
            int from = rnd.nextInt(n);
            int len = rnd.nextInt(n - from) + 1;
            block.decode(from, len, part);
            for (int i = 0; i < len; i++) {
                assertEquals(all[from + i], part[i], "decode(" + from + ", " + len + ") row " + i);
            }
            // Rows of a vector from its first row, ascending with gaps, as a selection lists them.
            int vector = Math.min(n - from, 1024);
            int[] positions = new int[vector];
            int count = 0;
            for (int p = 0; p < vector; p += 1 + rnd.nextInt(5)) {
                positions[count++] = p;
            }
            block.gather(from, positions, count, part);
            for (int i = 0; i < count; i++) {
                assertEquals(all[from + positions[i]], part[i], "gather(" + from + ") row " + positions[i]);
            }
        }
    }

    private static long[] values(int n, long seed, IntToLongFunction valueOfRow) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = valueOfRow.applyAsLong(i);
        }
        return v;
    }

    @Test
    void skewedMeasureIsFramedAndSmallerThanPlain() {
        SplittableRandom rnd = new SplittableRandom(7);
        // Mostly small amounts, a rare large one: one width per block would pay for the outliers everywhere.
        long[] v = values(PackedBlock.CAPACITY, 7, i -> rnd.nextInt(5_000) == 0 ? (1L << 30) + rnd.nextInt(100_000)
                : rnd.nextInt(100_000));
        PackedBlock block = PackedBlock.pack(v, v.length, null);
        assertEquals(PackedBlock.FRAMED, block.layout());
        assertTrue(block.bytes() < 8L * v.length * 19 / 64, "framed bytes " + block.bytes() + " for 31 bits plain");
        assertRoundTrip(v, null, block);
    }

    @Test
    void sortedIdsAreLinearFrames() {
        SplittableRandom rnd = new SplittableRandom(11);
        long[] id = {1_000_000};
        long[] v = values(PackedBlock.CAPACITY, 11, i -> id[0] += 1 + (rnd.nextInt(10) == 0 ? rnd.nextInt(5) : 0));
        PackedBlock block = PackedBlock.pack(v, v.length, null);
        assertEquals(PackedBlock.FRAMED, block.layout());
        assertTrue(block.hasLinearFrames());
        assertTrue(block.payloadBits() < 8L * v.length, "payload bits " + block.payloadBits());
        assertRoundTrip(v, null, block);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void arithmeticProgressionsNeedNoResidualBits(int step) {
        long[] v = values(PackedBlock.CAPACITY, step, i -> 5_000_000L + (long) step * i);
        PackedBlock block = PackedBlock.pack(v, v.length, null);
        assertEquals(PackedBlock.FRAMED, block.layout());
        assertTrue(block.hasLinearFrames());
        assertEquals(0, block.payloadBits());
        assertRoundTrip(v, null, block);
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, Long.MIN_VALUE + 5, -1, Long.MAX_VALUE - (1L << 20)})
    void linearFramesAtTheEdgesOfLong(long start) {
        SplittableRandom rnd = new SplittableRandom(start);
        long[] id = {start};
        long[] v = values(5_000, 3, i -> i == 0 ? start : (id[0] += 1 + rnd.nextInt(3)));
        assertRoundTrip(v, null, PackedBlock.pack(v, v.length, null));
    }

    @Test
    void wideValuesWithFewDistinctAreADictionary() {
        SplittableRandom rnd = new SplittableRandom(13);
        long[] grids = new long[1000];
        for (int g = 0; g < grids.length; g++) {
            grids[g] = 1_010_101 + (long) (g / 10) * 1_000 + g % 10;
        }
        long[] v = values(PackedBlock.CAPACITY, 13, i -> grids[rnd.nextInt(grids.length)]);
        boolean[] present = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            present[i] = i % 17 != 3;
        }
        present[0] = false;
        v[0] = 5; // a NULL row's value is ignored: it must not enter the dictionary or the zone map
        PackedBlock block = PackedBlock.pack(v, v.length, present);
        assertEquals(PackedBlock.DICTIONARY, block.layout());
        assertEquals(10, block.bits());
        assertRoundTrip(v, present, block);
    }

    @Test
    void dictionaryOfExtremeValues() {
        long[] v = values(3_000, 1, i -> switch (i % 3) {
            case 0 -> Long.MIN_VALUE;
            case 1 -> Long.MAX_VALUE;
            default -> i % 9 == 2 ? 0 : 42;
        });
        PackedBlock block = PackedBlock.pack(v, v.length, null);
        assertEquals(PackedBlock.DICTIONARY, block.layout());
        assertRoundTrip(v, null, block);
    }

    @Test
    void framesWithNullsAndExtremeValues() {
        SplittableRandom rnd = new SplittableRandom(17);
        long[] v = values(3 * PackedBlock.FRAME + 5, 17, i -> i < PackedBlock.FRAME ? rnd.nextLong()
                : i == PackedBlock.FRAME + 1 ? Long.MAX_VALUE : i == PackedBlock.FRAME + 2 ? Long.MIN_VALUE
                : rnd.nextInt(16));
        boolean[] present = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            // The last frame and a few rows elsewhere are NULL.
            present[i] = i < 3 * PackedBlock.FRAME && i % 31 != 0;
        }
        assertRoundTrip(v, present, PackedBlock.pack(v, v.length, present));
        long[] small = values(5 * PackedBlock.FRAME, 19, i -> i == 2 * PackedBlock.FRAME + 7 ? 1L << 40 : rnd.nextInt(5_000));
        PackedBlock framed = PackedBlock.pack(small, small.length, present(small.length, 13));
        assertEquals(PackedBlock.FRAMED, framed.layout());
        assertRoundTrip(small, present(small.length, 13), framed);
    }

    private static boolean[] present(int n, int nullEvery) {
        boolean[] p = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = i % nullEvery != 0;
        }
        return p;
    }

    @Test
    void emptyAllNullAndSingleRowBlocks() {
        assertRoundTrip(new long[0], null, PackedBlock.pack(new long[0], 0, null));
        long[] one = {Long.MIN_VALUE};
        assertRoundTrip(one, null, PackedBlock.pack(one, 1, null));
        long[] nulls = values(2 * PackedBlock.FRAME + 1, 1, i -> i * 1_000_003L);
        PackedBlock allNull = PackedBlock.pack(nulls, nulls.length, new boolean[nulls.length]);
        assertEquals(0, allNull.min());
        assertEquals(0, allNull.max());
        assertRoundTrip(nulls, new boolean[nulls.length], allNull);
    }

    /**
     * Decodes ranges that start and end at every offset near the start, the end and the frame boundaries
     * of the block (where the unpacking loops change over from whole windows to single values), and gathers
     * rows from each start, all against {@code get}.
     */
    private static void assertRangesDecode(PackedBlock block) {
        int n = block.size();
        long[] expected = new long[n];
        for (int i = 0; i < n; i++) {
            expected[i] = block.get(i);
        }
        TreeSet<Integer> edges = new TreeSet<>();
        for (int e = 0; e <= 9; e++) {
            edges.add(Math.min(n, e));
            edges.add(Math.max(0, n - e));
            for (int f = PackedBlock.FRAME; f < n; f += PackedBlock.FRAME) {
                edges.add(f - e / 2);
                edges.add(Math.min(n, f + e / 2));
            }
        }
        long[] out = new long[n + 1];
        int[] positions = new int[n];
        for (int from : edges) {
            for (int to : edges.tailSet(from, false)) {
                if (to - from > 3 * PackedBlock.FRAME + 9 && to != n) {
                    continue;
                }
                out[to - from] = 12345;
                block.decode(from, to - from, out);
                int f = from;
                int t = to;
                assertArrayEquals(Arrays.copyOfRange(expected, from, to), Arrays.copyOf(out, to - from),
                        () -> "decode(" + f + ", " + (t - f) + ")");
                assertEquals(12345, out[to - from], () -> "decode(" + f + ", " + (t - f) + ") wrote past its rows");
            }
            int count = 0;
            for (int p = 0; from + p < n && p < 1024; p += 1 + p % 3) {
                positions[count++] = p;
            }
            block.gather(from, positions, count, out);
            for (int i = 0; i < count; i++) {
                if (expected[from + positions[i]] != out[i]) {
                    assertEquals(expected[from + positions[i]], out[i], "gather(" + from + ") row " + positions[i]);
                }
            }
        }
    }

    @Test
    void plainBlocksOfEveryWidthDecodeEveryRange() {
        SplittableRandom rnd = new SplittableRandom(29);
        for (int b = 0; b <= 64; b++) {
            long range = b == 64 ? -1L : (1L << b) - 1;
            long base = b == 64 ? Long.MIN_VALUE : -rnd.nextLong(1L << 40);
            // Up to a frame's rows a block is always plain; beyond, values spread evenly over the width stay plain.
            for (int n : new int[] {1, 3, 63, PackedBlock.FRAME, 3 * PackedBlock.FRAME + 17}) {
                int w = b;
                long[] v = values(n, b, i -> i == 0 ? base : i == 1 ? base + range
                        : base + (w == 0 ? 0 : w == 64 ? rnd.nextLong() : rnd.nextLong(range) + 1));
                PackedBlock block = PackedBlock.pack(v, n, null);
                assertEquals(PackedBlock.PLAIN, block.layout(), "width " + b + ", " + n + " rows");
                assertEquals(n == 1 ? 0 : b, block.bits(), "width " + b + ", " + n + " rows");
                assertRoundTrip(v, null, block);
                assertRangesDecode(block);
            }
        }
    }

    @Test
    void framesOfEveryWidthDecodeEveryRange() {
        SplittableRandom rnd = new SplittableRandom(31);
        // Frame k holds values of width k around its own base: too many distinct values for a dictionary, and
        // 32 bits on average where one width for the block would need 64.
        int frames = 65;
        long[] v = values(frames * PackedBlock.FRAME, 31, i -> {
            int k = i / PackedBlock.FRAME;
            long base = k * 1_000_003L - (1L << 40);
            int j = i % PackedBlock.FRAME;
            return k == 0 ? base : k < 64 ? base + (rnd.nextLong() >>> (64 - k))
                    : j == 0 ? Long.MIN_VALUE : j == 1 ? Long.MAX_VALUE : rnd.nextLong();
        });
        PackedBlock block = PackedBlock.pack(v, v.length, null);
        assertEquals(PackedBlock.FRAMED, block.layout());
        assertEquals(64, block.bits());
        assertRoundTrip(v, null, block);
        assertRangesDecode(block);
        boolean[] present = present(v.length, 5);
        PackedBlock withNulls = PackedBlock.pack(v, v.length, present);
        assertEquals(PackedBlock.FRAMED, withNulls.layout());
        assertRoundTrip(v, present, withNulls);
        assertRangesDecode(withNulls);
    }

    @Test
    void linearFramesDecodeEveryRange() {
        SplittableRandom rnd = new SplittableRandom(37);
        long[] id = {9_000_000};
        long[] v = values(5 * PackedBlock.FRAME + 3, 37, i -> id[0] += 1 + (rnd.nextInt(8) == 0 ? rnd.nextInt(40) : 0));
        PackedBlock block = PackedBlock.pack(v, v.length, null);
        assertTrue(block.hasLinearFrames());
        assertRangesDecode(block);
    }

    @Test
    void dictionaryCodesOfEveryWidthDecodeEveryRange() {
        SplittableRandom rnd = new SplittableRandom(41);
        for (int b = 1; b <= 12; b++) {
            long[] dict = new long[1 << b];
            for (int c = 0; c < dict.length; c++) {
                dict[c] = (1L << 50) + c * 1_000_033L;
            }
            int n = 8 * dict.length + 3 * PackedBlock.FRAME + 5;
            long[] v = values(n, b, i -> dict[i < dict.length ? i : rnd.nextInt(dict.length)]);
            boolean[] present = b % 2 == 0 ? present(n, 7) : null;
            if (present != null) {
                // Keep every value present once, so the dictionary holds them all.
                for (int c = 0; c < dict.length; c++) {
                    present[c] = true;
                }
            }
            PackedBlock block = PackedBlock.pack(v, n, present);
            assertEquals(PackedBlock.DICTIONARY, block.layout(), "width " + b);
            assertEquals(b, block.bits());
            assertRoundTrip(v, present, block);
            assertRangesDecode(block);
        }
    }

    @Test
    void randomBlocksRoundTripInEveryLayout() {
        SplittableRandom rnd = new SplittableRandom(23);
        int[] seen = new int[3];
        for (int t = 0; t < 60; t++) {
            int n = 1 + rnd.nextInt(t % 4 == 0 ? PackedBlock.CAPACITY : 3 * PackedBlock.FRAME);
            int kind = t % 5;
            long base = rnd.nextLong();
            long spread = 1L << rnd.nextInt(1, 63);
            long[] acc = {base};
            long[] v = values(n, t, i -> switch (kind) {
                case 0 -> base + rnd.nextLong(spread);
                case 1 -> acc[0] += rnd.nextInt(4);
                case 2 -> base + rnd.nextInt(20) * (spread / 32);
                case 3 -> rnd.nextInt(50) == 0 ? base + rnd.nextLong(spread) : base + rnd.nextInt(100);
                default -> rnd.nextLong();
            });
            boolean[] present = t % 3 == 0 ? null : present(n, 2 + rnd.nextInt(40));
            PackedBlock block = PackedBlock.pack(v, n, present);
            seen[block.layout()]++;
            assertRoundTrip(v, present, block);
        }
        assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, java.util.Arrays.toString(seen));
    }
}
