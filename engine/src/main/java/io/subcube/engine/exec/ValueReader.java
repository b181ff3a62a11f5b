package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.StringColumn;
import java.math.BigDecimal;

/**
 * Reads one column of a partition into output rows, in the SQL layer's Java forms: INTEGER {@code Integer},
 * BIGINT {@code Long}, DECIMAL {@code BigDecimal}, DOUBLE {@code Double}, VARCHAR {@code String}, DATE
 * {@code Integer} days since 1970-01-01, BOOLEAN {@code Boolean}. Only the rows asked for are decoded
 * (gathered), so scattered rows cost what they are, not a whole vector each.
 */
abstract class ValueReader {

    /** Most rows one {@link #read} call takes. */
    static final int MAX_ROWS = Vectors.SIZE;

    static ValueReader of(ColumnDef def, Column column) {
        if (column instanceof StringColumn sc) {
            return new Strings(sc);
        } else if (column instanceof DoubleColumn dc) {
            return new Doubles(dc);
        }
        return new Longs((LongColumn) column, def);
    }

    /**
     * Writes field {@code c} of {@code rows[0..k)} from rows {@code start + positions[i]}: ascending, within
     * one storage block, and {@code k ≤} {@link #MAX_ROWS}.
     */
    abstract void read(int start, int[] positions, int k, Object[][] rows, int c);

    /** Integer-like values converted to their SQL Java form. */
    private static final class Longs extends ValueReader {
        private final LongColumn column;
        private final ColumnDef def;
        private final long[] buf = new long[MAX_ROWS];

        Longs(LongColumn column, ColumnDef def) {
            this.column = column;
            this.def = def;
        }

        @Override
        void read(int start, int[] positions, int k, Object[][] rows, int c) {
            column.gather(start, positions, k, buf);
            // One loop per type, so the type is decided once per call rather than per row.
            switch (def.type().kind()) {
                case INTEGER, DATE -> {
                    for (int i = 0; i < k; i++) {
                        rows[i][c] = column.isNull(start + positions[i]) ? null : Integer.valueOf((int) buf[i]);
                    }
                }
                case BIGINT -> {
                    for (int i = 0; i < k; i++) {
                        rows[i][c] = column.isNull(start + positions[i]) ? null : Long.valueOf(buf[i]);
                    }
                }
                case DECIMAL -> {
                    int scale = def.type().scale();
                    for (int i = 0; i < k; i++) {
                        rows[i][c] = column.isNull(start + positions[i]) ? null : BigDecimal.valueOf(buf[i], scale);
                    }
                }
                case BOOLEAN -> {
                    for (int i = 0; i < k; i++) {
                        rows[i][c] = column.isNull(start + positions[i]) ? null : Boolean.valueOf(buf[i] != 0);
                    }
                }
                default -> throw new IllegalStateException(def.name() + " is not integer-like");
            }
        }
    }

    private static final class Doubles extends ValueReader {
        private final DoubleColumn column;

        Doubles(DoubleColumn column) {
            this.column = column;
        }

        @Override
        void read(int start, int[] positions, int k, Object[][] rows, int c) {
            for (int i = 0; i < k; i++) {
                int row = start + positions[i];
                rows[i][c] = column.isNull(row) ? null : column.get(row);
            }
        }
    }

    private static final class Strings extends ValueReader {
        private final StringColumn column;
        private final long[] buf = new long[MAX_ROWS];

        Strings(StringColumn column) {
            this.column = column;
        }

        @Override
        void read(int start, int[] positions, int k, Object[][] rows, int c) {
            column.codes().gather(start, positions, k, buf);
            for (int i = 0; i < k; i++) {
                rows[i][c] = column.isNull(start + positions[i]) ? null : column.value((int) buf[i]);
            }
        }
    }
}
