package io.subcube.duckdb;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.TableDef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns the VARCHAR columns an {@link EnumPolicy} chooses into ENUM types after the data is loaded. Columns
 * of the same name share one type (values of all tables), so joins such as {@code plan_code} compare enum
 * codes; values are sorted so ORDER BY on an enum column gives the same order as on the strings.
 */
final class EnumConverter {

    private EnumConverter() {
    }

    /** Converts the chosen columns and returns them as {@code table.column}. */
    static List<String> convert(Connection connection, List<TableDef> tables, EnumPolicy policy) throws SQLException {
        Map<String, List<TableDef>> byColumn = new LinkedHashMap<>();
        for (TableDef t : tables) {
            for (ColumnDef c : t.storedColumns()) {
                if (c.type().kind() == ColumnType.Kind.VARCHAR
                        && policy.chooses(t.name(), c.name(), () -> distinctValues(connection, t, c))) {
                    byColumn.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        List<String> converted = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (Map.Entry<String, List<TableDef>> e : byColumn.entrySet()) {
                String column = e.getKey();
                List<String> values = values(s, column, e.getValue());
                if (values.isEmpty()) {
                    continue; // DuckDB has no empty ENUM; a column without values stays VARCHAR
                }
                String type = PeerSchema.NAME + ".enum_" + column;
                execute(s, "CREATE TYPE " + type + " AS ENUM (" + String.join(", ", values) + ")", column);
                for (TableDef t : e.getValue()) {
                    execute(s, "ALTER TABLE " + PeerSchema.qualified(t) + " ALTER COLUMN " + column
                            + " SET DATA TYPE " + type, t.name() + "." + column);
                    converted.add(t.name() + "." + column);
                }
            }
        }
        return converted;
    }

    /** The distinct non-NULL values of the column over the tables, sorted, as SQL string literals. */
    private static List<String> values(Statement s, String column, List<TableDef> tables) throws SQLException {
        StringJoiner union = new StringJoiner(" UNION ");
        for (TableDef t : tables) {
            union.add("SELECT " + column + " AS v FROM " + PeerSchema.qualified(t));
        }
        List<String> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT DISTINCT v FROM (" + union + ") WHERE v IS NOT NULL ORDER BY v")) {
            while (r.next()) {
                values.add("'" + r.getString(1).replace("'", "''") + "'");
            }
        }
        return values;
    }

    private static long distinctValues(Connection connection, TableDef table, ColumnDef column) {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(DISTINCT " + column.name() + ") FROM "
                     + PeerSchema.qualified(table))) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting distinct values of " + table.name() + "." + column.name()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void execute(Statement s, String sql, String what) throws SQLException {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("converting " + what + " to ENUM: " + e.getMessage(), e);
        }
    }
}
