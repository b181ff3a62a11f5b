package io.subcube.engine.exec.join;

import io.subcube.engine.exec.IndexSelector;
import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.Partition;
import java.util.Arrays;

/**
 * One side of a key join in one partition: the rows passing the side's filter whose key is not NULL (a
 * NULL key joins nothing), in row order, with their keys.
 */
final class KeyedRows {

    final int[] rows;
    final long[] keys;
    final int size;

    private KeyedRows(int[] rows, long[] keys, int size) {
        this.rows = rows;
        this.keys = keys;
        this.size = size;
    }

    /** The rows of {@code partition} that {@code selection} selects, with their values of column {@code key}. */
    static KeyedRows select(Partition partition, IndexSelector.Selection selection, int key) {
        LongColumn column = (LongColumn) partition.column(key);
        NullMask nulls = column.nulls();
        int[] rows = new int[1024];
        long[] keys = new long[1024];
        long[] decoded = new long[PassingRows.VECTOR];
        int size = 0;
        PassingRows passing = new PassingRows(selection, partition, 0, partition.rows());
        while (passing.next()) {
            int start = passing.start();
            int count = passing.count();
            int[] positions = passing.positions();
            column.decode(start, passing.length(), decoded);
            if (size + count > rows.length) {
                int grown = Math.max(size + count, rows.length * 2);
                rows = Arrays.copyOf(rows, grown);
                keys = Arrays.copyOf(keys, grown);
            }
            for (int i = 0; i < count; i++) {
                int row = start + positions[i];
                rows[size] = row;
                keys[size] = decoded[positions[i]];
                size += nulls == null || !nulls.isNull(row) ? 1 : 0;
            }
        }
        return new KeyedRows(rows, keys, size);
    }
}
