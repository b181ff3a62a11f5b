package io.subcube.datasets.generator;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one partition produced by one chunk: a list of filled batches taken from a pool. Values are
 * written straight into the current batch's arrays ({@link #l}, {@link #s}, {@link #n}) at the row index
 * returned by {@link #next()}.
 */
final class TableBuffer {

    private final BatchPool pool;
    final List<ColumnBatch> batches = new ArrayList<>();
    private ColumnBatch current;
    long[][] l;
    String[][] s;
    boolean[][] n;
    private int row;
    private long rows;

    TableBuffer(BatchPool pool) {
        this.pool = pool;
        int cols = pool.table.storedColumns().size();
        l = new long[cols][];
        s = new String[cols][];
        n = new boolean[cols][];
    }

    /** Index of a fresh row in the current batch (arrays {@link #l}, {@link #s}, {@link #n}). */
    int next() {
        if (current == null || row == pool.capacity) {
            roll();
        }
        rows++;
        return row++;
    }

    long rows() {
        return rows;
    }

    private void roll() {
        seal();
        current = pool.take();
        row = 0;
        for (int c = 0; c < l.length; c++) {
            ColumnType.Kind kind = current.columns().get(c).type().kind();
            l[c] = kind == ColumnType.Kind.VARCHAR || kind == ColumnType.Kind.DOUBLE ? null : current.longs(c);
            s[c] = kind == ColumnType.Kind.VARCHAR ? current.strings(c) : null;
            n[c] = current.nulls(c);
        }
    }

    /** Closes the current batch; call once the chunk is done. */
    void seal() {
        if (current != null) {
            current.setSize(row);
            batches.add(current);
            current = null;
        }
    }

    /** Returns the batches to the pool after they were appended. */
    void release() {
        for (ColumnBatch b : batches) {
            pool.release(b);
        }
        batches.clear();
        rows = 0;
    }
}
