package io.subcube.duckdb;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;

/** Appends one column's value of one batch row to a DuckDB appender, in the column's physical representation. */
@FunctionalInterface
interface ColumnAppender {

    void append(DuckDBAppender appender, ColumnBatch batch, int column, int row) throws SQLException;

    /** The appender for a column; NULL-aware when the column is nullable or a string. */
    static ColumnAppender of(ColumnDef def) {
        ColumnAppender value = ofValue(def.type());
        if (!def.nullable() && def.type().kind() != ColumnType.Kind.VARCHAR) {
            return value;
        }
        return (appender, batch, column, row) -> {
            if (batch.isNull(column, row)) {
                appender.appendNull();
            } else {
                value.append(appender, batch, column, row);
            }
        };
    }

    private static ColumnAppender ofValue(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> (a, b, c, r) -> a.append((int) b.longs(c)[r]);
            case BIGINT -> (a, b, c, r) -> a.append(b.longs(c)[r]);
            case DOUBLE -> (a, b, c, r) -> a.append(b.doubles(c)[r]);
            case VARCHAR -> (a, b, c, r) -> a.append(b.strings(c)[r]);
            case DATE -> (a, b, c, r) -> a.appendEpochDays((int) b.longs(c)[r]);
            case BOOLEAN -> (a, b, c, r) -> a.append(b.longs(c)[r] != 0);
            case DECIMAL -> decimal(type.precision());
        };
    }

    /** DuckDB stores DECIMAL(p,s) unscaled in a short, int or long by precision; the appender wants that width. */
    private static ColumnAppender decimal(int precision) {
        if (precision <= 4) {
            return (a, b, c, r) -> a.appendDecimal((short) b.longs(c)[r]);
        }
        if (precision <= 9) {
            return (a, b, c, r) -> a.appendDecimal((int) b.longs(c)[r]);
        }
        return (a, b, c, r) -> a.appendDecimal(b.longs(c)[r]);
    }
}
