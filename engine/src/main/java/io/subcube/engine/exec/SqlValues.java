package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnType;
import java.math.BigDecimal;

/**
 * Storage values in the SQL layer's Java forms: INTEGER and DATE {@code Integer}, BIGINT {@code Long},
 * DECIMAL {@code BigDecimal}, DOUBLE {@code Double}, BOOLEAN {@code Boolean}. For values produced once per
 * group or output row; {@link RowCursor} has its own per-vector loops.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** A long-backed value of {@code type} (DECIMAL unscaled at the type's scale). */
    public static Object ofLong(ColumnType type, long v) {
        return switch (type.kind()) {
            case INTEGER, DATE -> (int) v;
            case BIGINT -> v;
            case DECIMAL -> BigDecimal.valueOf(v, type.scale());
            case BOOLEAN -> v != 0;
            case DOUBLE -> (double) v;
            case VARCHAR -> throw new IllegalArgumentException("VARCHAR is not long-backed");
        };
    }
}
