package io.subcube.duckdb.diff.pushdown;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.duckdb.compare.Values;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct non-NULL values of one column, ascending, as the generator samples them, and how many rows
 * hold NULL. Values are canonical Java: Long (INTEGER, BIGINT), BigDecimal at the column's scale, Double,
 * String, Boolean, LocalDate.
 */
record ColumnValues(ColumnDef column, List<Object> distinct, long nulls) {

    ColumnValues {
        distinct = List.copyOf(distinct);
    }

    /** Reads the column from a DuckDB (or any) connection holding the table. */
    static ColumnValues read(Connection c, String table, ColumnDef column) throws SQLException {
        List<Object> values = new ArrayList<>();
        long nulls;
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT DISTINCT " + column.name() + " FROM " + table + " WHERE "
                    + column.name() + " IS NOT NULL ORDER BY 1")) {
                while (r.next()) {
                    values.add(canonical(column.type(), Values.normalize(r.getObject(1))));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column.name()
                    + " IS NULL")) {
                r.next();
                nulls = r.getLong(1);
            }
        }
        return new ColumnValues(column, values, nulls);
    }

    private static Object canonical(ColumnType type, Object v) {
        return switch (type.kind()) {
            case INTEGER, BIGINT -> ((Number) v).longValue();
            case DECIMAL -> ((BigDecimal) v).setScale(type.scale());
            case DOUBLE -> ((Number) v).doubleValue();
            case DATE -> (LocalDate) v;
            default -> v;
        };
    }

    String name() {
        return column.name();
    }

    ColumnType type() {
        return column.type();
    }

    Object min() {
        return distinct.get(0);
    }

    Object max() {
        return distinct.get(distinct.size() - 1);
    }

    Set<Object> asSet() {
        return new HashSet<>(distinct);
    }
}
