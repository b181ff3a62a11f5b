package io.subcube.engine.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowGatherTest {

    /** Rows 0..n-1 with value 3·row, NULL on every seventh row; spans two blocks. */
    private static LongColumn longs(int n) {
        LongColumnBuilder b = new LongColumnBuilder();
        for (int r = 0; r < n; r++) {
            b.append(3L * r - 1_000, r % 7 == 0);
        }
        return b.build();
    }

    @Test
    void longColumnRowsInAnyOrderWithNulls() {
        LongColumn source = longs(PackedBlock.CAPACITY + 100);
        int[] rows = {PackedBlock.CAPACITY + 99, 5, 7, 5, 0, PackedBlock.CAPACITY + 7};
        LongColumn out = (LongColumn) RowGather.column(source, rows, rows.length);
        assertEquals(rows.length, out.rows());
        for (int i = 0; i < rows.length; i++) {
            assertEquals(source.nulls().isNull(rows[i]), out.nulls() != null && out.nulls().isNull(i), "null " + i);
            if (rows[i] % 7 != 0) {
                assertEquals(source.get(rows[i]), out.get(i), "row " + i);
            }
        }
        assertEquals(2, out.nulls().count(), "rows 7 and 0 are NULL");
    }

    @Test
    void onlyTheFirstNRowsAndNoNullMaskWhenNoneIsNull() {
        LongColumn source = longs(50);
        LongColumn out = (LongColumn) RowGather.column(source, new int[] {1, 2, 0}, 2);
        assertEquals(2, out.rows());
        assertNull(out.nulls());
        assertEquals(List.of(-997L, -994L), List.of(out.get(0), out.get(1)));
        assertEquals(0, RowGather.column(source, new int[0], 0).rows());
    }

    @Test
    void dictionaryColumnKeepsItsDictionary() {
        String[] dictionary = {"A", "B", "C"};
        LongColumnBuilder codes = new LongColumnBuilder();
        for (long c : new long[] {2, 0, 1, 2}) {
            codes.append(c, false);
        }
        codes.append(0, true);
        StringColumn source = new StringColumn(dictionary, codes.build());
        StringColumn out = (StringColumn) RowGather.column(source, new int[] {4, 3, 1}, 3);
        assertSame(dictionary, out.dictionary(), "a small dictionary is shared as it is held");
        assertNull(out.get(0));
        assertEquals("C", out.get(1));
        assertEquals("A", out.get(2));
    }

    @Test
    void doubleColumnWithNulls() {
        NullMaskBuilder nulls = new NullMaskBuilder();
        nulls.setNull(1);
        DoubleColumn source = new DoubleColumn(new double[] {1.5, 0, -2.25, 8}, nulls.build(4));
        DoubleColumn out = (DoubleColumn) RowGather.column(source, new int[] {3, 1, 2}, 3);
        assertEquals(8, out.get(0));
        assertTrue(out.nulls().isNull(1));
        assertFalse(out.nulls().isNull(2));
        assertEquals(-2.25, out.get(2));
        Partition p = RowGather.partition(200809, 3, List.of(out));
        assertEquals(200809, p.monthId());
        assertEquals(3, p.rows());
    }
}
