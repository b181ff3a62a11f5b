package io.subcube.engine.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Columns of several blocks in the layouts of {@link PackedBlock}, built as the loader builds them. */
class LongColumnTest {

    private static void assertColumn(long[] v, boolean[] isNull, LongColumn c) {
        assertEquals(v.length, c.rows());
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int r = 0; r < v.length; r++) {
            assertEquals(isNull[r], c.isNull(r));
            if (!isNull[r]) {
                assertEquals(v[r], c.get(r), "row " + r);
                lo = Math.min(lo, v[r]);
                hi = Math.max(hi, v[r]);
                assertTrue(c.blockOf(r).min() <= v[r] && v[r] <= c.blockOf(r).max());
            }
        }
        assertEquals(lo > hi ? 0 : lo, c.min());
        assertEquals(lo > hi ? 0 : hi, c.max());
        long[] out = new long[1024];
        for (int from = 0; from < v.length; from += 1024) {
            int n = Math.min(1024, v.length - from);
            c.decode(from, n, out);
            for (int i = 0; i < n; i++) {
                if (!isNull[from + i]) {
                    assertEquals(v[from + i], out[i]);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void multiBlockColumnsRoundTrip(int kind) {
        SplittableRandom rnd = new SplittableRandom(kind);
        int rows = 2 * PackedBlock.CAPACITY + 1_234;
        long[] v = new long[rows];
        boolean[] isNull = new boolean[rows];
        long id = Long.MAX_VALUE - 10L * rows;
        for (int r = 0; r < rows; r++) {
            v[r] = switch (kind) {
                case 0 -> id += 1 + rnd.nextInt(3);                               // sorted ids: linear frames
                case 1 -> 1_010_101 + 1_000L * rnd.nextInt(100) + rnd.nextInt(10); // grid ids: dictionary
                case 2 -> rnd.nextInt(1_000) == 0 ? Long.MIN_VALUE : rnd.nextInt(500); // skewed: frames
                case 3 -> rnd.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
                default -> rnd.nextLong();
            };
            isNull[r] = kind > 0 && rnd.nextInt(9) == 0;
        }
        LongColumnBuilder b = new LongColumnBuilder();
        for (int from = 0; from < rows; from += 1000) {
            int n = Math.min(1000, rows - from);
            long[] chunk = new long[n];
            boolean[] nul = new boolean[n];
            System.arraycopy(v, from, chunk, 0, n);
            System.arraycopy(isNull, from, nul, 0, n);
            b.append(chunk, nul, n);
        }
        assertColumn(v, isNull, b.build());
    }

    @Test
    void emptyAndSingleRowColumns() {
        LongColumn empty = new LongColumnBuilder().build();
        assertEquals(0, empty.rows());
        assertNull(empty.nulls());
        assertEquals("constant", empty.encoding());
        for (long x : new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}) {
            LongColumnBuilder b = new LongColumnBuilder();
            b.append(x, false);
            assertColumn(new long[] {x}, new boolean[1], b.build());
        }
        LongColumnBuilder nul = new LongColumnBuilder();
        nul.append(42, true);
        LongColumn onlyNull = nul.build();
        assertColumn(new long[] {42}, new boolean[] {true}, onlyNull);
    }
}
