package io.subcube.duckdb.diff;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.TableDef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Copies a table as Subcube holds it into DuckDB: {@code SELECT *} through Subcube's JDBC driver, rows
 * appended with DuckDB's Appender into a table created with the columns and exact types of the table's
 * §B2 definition (DECIMAL(18,4) stays DECIMAL(18,4), and Subcube's decimal columns must have those types
 * too). For the derived tables whose content is seeded draws that SQL cannot reproduce (kpi_month, alert):
 * DuckDB then runs the queries over the same rows.
 */
public final class SubcubeTableCopy {

    private SubcubeTableCopy() {
    }

    /**
     * Creates {@code schema.<table>} in DuckDB and fills it with Subcube's rows of the table; returns the row
     * count. Fails when Subcube's columns are not the definition's, in name and order.
     */
    public static long copy(Connection subcube, Connection duckdb, String schema, TableDef table)
            throws SQLException {
        List<ColumnDef> columns = table.columns();
        try (Statement s = duckdb.createStatement()) {
            s.execute(createTable(schema, table));
        }
        long rows = 0;
        try (Statement s = subcube.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM " + table.name());
             DuckDBAppender appender = duckdb.unwrap(DuckDBConnection.class).createAppender(schema, table.name())) {
            checkColumns(r.getMetaData(), table);
            while (r.next()) {
                appender.beginRow();
                for (int c = 0; c < columns.size(); c++) {
                    append(appender, r, c + 1, columns.get(c));
                }
                appender.endRow();
                rows++;
            }
        }
        return rows;
    }

    static String createTable(String schema, TableDef table) {
        StringJoiner cols = new StringJoiner(", ", "CREATE TABLE " + schema + "." + table.name() + " (", ")");
        for (ColumnDef c : table.columns()) {
            cols.add(c.name() + " " + c.type().sqlName() + (c.nullable() ? "" : " NOT NULL"));
        }
        return cols.toString();
    }

    private static void checkColumns(ResultSetMetaData meta, TableDef table) throws SQLException {
        List<String> actual = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            actual.add(meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
        }
        List<String> expected = table.columns().stream().map(ColumnDef::name).toList();
        if (!actual.equals(expected)) {
            throw new SQLException("Subcube's " + table.name() + " has columns " + actual + ", expected " + expected);
        }
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            ColumnDef def = table.columns().get(c - 1);
            if (def.type().kind() == ColumnType.Kind.DECIMAL
                    && (meta.getPrecision(c) != def.type().precision() || meta.getScale(c) != def.type().scale())) {
                throw new SQLException("Subcube's " + table.name() + "." + def.name() + " is DECIMAL("
                        + meta.getPrecision(c) + "," + meta.getScale(c) + "), expected " + def.type().sqlName());
            }
        }
    }

    private static void append(DuckDBAppender a, ResultSet r, int column, ColumnDef def) throws SQLException {
        switch (def.type().kind()) {
            case INTEGER -> {
                int v = r.getInt(column);
                if (r.wasNull()) {
                    a.appendNull();
                } else {
                    a.append(v);
                }
            }
            case BIGINT -> {
                long v = r.getLong(column);
                if (r.wasNull()) {
                    a.appendNull();
                } else {
                    a.append(v);
                }
            }
            case DOUBLE -> {
                double v = r.getDouble(column);
                if (r.wasNull()) {
                    a.appendNull();
                } else {
                    a.append(v);
                }
            }
            case BOOLEAN -> {
                boolean v = r.getBoolean(column);
                if (r.wasNull()) {
                    a.appendNull();
                } else {
                    a.append(v);
                }
            }
            case VARCHAR -> {
                String v = r.getString(column);
                if (v == null) {
                    a.appendNull();
                } else {
                    a.append(v);
                }
            }
            case DATE -> {
                Object v = r.getObject(column);
                if (v == null) {
                    a.appendNull();
                } else if (v instanceof java.sql.Date d) {
                    a.append(d.toLocalDate());
                } else if (v instanceof LocalDate d) {
                    a.append(d);
                } else {
                    throw new SQLException(def.name() + ": a DATE read as " + v.getClass().getName() + " " + v);
                }
            }
            case DECIMAL -> {
                BigDecimal v = r.getBigDecimal(column);
                if (v == null) {
                    a.appendNull();
                } else {
                    // exact: a value with more decimals than the column's scale is an error, not rounded
                    a.append(v.setScale(def.type().scale(), RoundingMode.UNNECESSARY));
                }
            }
        }
    }
}
