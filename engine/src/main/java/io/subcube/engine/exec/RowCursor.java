package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.util.List;

/**
 * Runs a {@link QuerySpec}'s filter and projection over a table, partition by partition and a vector of
 * rows at a time, and hands out the passing rows. The filter goes through {@link PassingRows}: partitions
 * the indexes rule out are skipped, and so are vectors without a candidate row. Only the projected
 * columns are decoded, and only for the rows that passed. Values take the SQL layer's Java forms: INTEGER
 * {@code Integer}, BIGINT {@code Long}, DECIMAL {@code BigDecimal}, DOUBLE {@code Double}, VARCHAR
 * {@code String}, DATE {@code Integer} days since 1970-01-01, BOOLEAN {@code Boolean}.
 */
public final class RowCursor {

    private final Table table;
    private final QuerySpec spec;
    private final int width;
    private final Object[][] rows = new Object[Vectors.SIZE][];
    private int partitionIndex = -1;
    private PassingRows passing;
    private ColumnReader[] readers;
    private int buffered;
    private int served;
    private Object[] current;

    public RowCursor(Table table, QuerySpec spec) {
        this.table = table;
        this.spec = spec;
        this.width = spec.columnCount();
    }

    /** Moves to the next passing row; false when there is none. */
    public boolean next() {
        while (served == buffered) {
            if (!fill()) {
                current = null;
                return false;
            }
        }
        current = rows[served];
        rows[served++] = null;
        return true;
    }

    /** The current row, one value per projected column. */
    public Object[] current() {
        return current;
    }

    private boolean fill() {
        while (passing == null || !passing.next()) {
            if (++partitionIndex >= table.partitions().size()) {
                return false;
            }
            open(table.partitions().get(partitionIndex));
        }
        int from = passing.start();
        int n = passing.length();
        int k = passing.count();
        int[] positions = passing.positions();
        for (int i = 0; i < k; i++) {
            rows[i] = new Object[width];
        }
        for (int c = 0; c < width; c++) {
            readers[c].read(from, n, positions, k, rows, c);
        }
        buffered = k;
        served = 0;
        return true;
    }

    private void open(Partition p) {
        passing = new PassingRows(PartitionPruning.mayPass(spec.filter(), p) ? spec.filter() : Filter.FALSE, p, 0,
                p.rows());
        List<ColumnDef> defs = table.columns();
        readers = new ColumnReader[width];
        for (int c = 0; c < width; c++) {
            int col = spec.column(c);
            readers[c] = ColumnReader.of(defs.get(col), p.column(col));
        }
    }

    /** Reads one column's values for the selected rows of a vector. */
    private abstract static class ColumnReader {

        static ColumnReader of(ColumnDef def, Column column) {
            if (column instanceof StringColumn sc) {
                return new StringReader(sc);
            } else if (column instanceof DoubleColumn dc) {
                return new DoubleReader(dc);
            }
            return new LongReader((LongColumn) column, def);
        }

        /** Writes column {@code c} of {@code rows[0..k)} for the rows at {@code from + positions[i]}. */
        abstract void read(int from, int n, int[] positions, int k, Object[][] rows, int c);
    }

    /** Integer-like values converted to their SQL Java form. */
    private static final class LongReader extends ColumnReader {
        private final LongColumn column;
        private final ColumnDef def;
        private final long[] buf = new long[Vectors.SIZE];

        LongReader(LongColumn column, ColumnDef def) {
            this.column = column;
            this.def = def;
        }

        @Override
        void read(int from, int n, int[] positions, int k, Object[][] rows, int c) {
            if (k == 0) {
                return;
            }
            column.decode(from, n, buf);
            // One loop per type, so the type is decided once per vector rather than per row.
            switch (def.type().kind()) {
                case INTEGER, DATE -> {
                    for (int i = 0; i < k; i++) {
                        int p = positions[i];
                        rows[i][c] = column.isNull(from + p) ? null : Integer.valueOf((int) buf[p]);
                    }
                }
                case BIGINT -> {
                    for (int i = 0; i < k; i++) {
                        int p = positions[i];
                        rows[i][c] = column.isNull(from + p) ? null : Long.valueOf(buf[p]);
                    }
                }
                case DECIMAL -> {
                    int scale = def.type().scale();
                    for (int i = 0; i < k; i++) {
                        int p = positions[i];
                        rows[i][c] = column.isNull(from + p) ? null : BigDecimal.valueOf(buf[p], scale);
                    }
                }
                case BOOLEAN -> {
                    for (int i = 0; i < k; i++) {
                        int p = positions[i];
                        rows[i][c] = column.isNull(from + p) ? null : Boolean.valueOf(buf[p] != 0);
                    }
                }
                default -> throw new IllegalStateException(def.name() + " is not integer-like");
            }
        }
    }

    private static final class DoubleReader extends ColumnReader {
        private final DoubleColumn column;

        DoubleReader(DoubleColumn column) {
            this.column = column;
        }

        @Override
        void read(int from, int n, int[] positions, int k, Object[][] rows, int c) {
            for (int i = 0; i < k; i++) {
                int row = from + positions[i];
                if (!column.isNull(row)) {
                    rows[i][c] = column.get(row);
                }
            }
        }
    }

    private static final class StringReader extends ColumnReader {
        private final StringColumn column;
        private final long[] buf = new long[Vectors.SIZE];

        StringReader(StringColumn column) {
            this.column = column;
        }

        @Override
        void read(int from, int n, int[] positions, int k, Object[][] rows, int c) {
            if (k == 0) {
                return;
            }
            column.codes().decode(from, n, buf);
            for (int i = 0; i < k; i++) {
                int p = positions[i];
                if (!column.isNull(from + p)) {
                    rows[i][c] = column.value((int) buf[p]);
                }
            }
        }
    }
}
