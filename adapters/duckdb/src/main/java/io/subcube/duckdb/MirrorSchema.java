package io.subcube.duckdb;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The DuckDB side of a {@link StoreMirror}: the store's tables with all their columns, derived ones included,
 * and the VARCHAR columns the {@link EnumPolicy} chooses declared as ENUM types up front (the appender writes
 * strings into ENUM columns, so nothing is rewritten after the load). Values come from the store's own
 * dictionaries, so choosing costs no scan; columns of the same name share one type (union of their values,
 * sorted, so ORDER BY on an enum gives the string order), as {@link EnumConverter} does for the peer.
 */
final class MirrorSchema {

    private final Map<String, String> enumTypeOfColumn = new LinkedHashMap<>();
    private final List<String> enumColumns = new ArrayList<>();

    private MirrorSchema() {
    }

    /** Creates schema {@code subcube}, the ENUM types and the empty tables. */
    static MirrorSchema create(Connection connection, List<Table> tables, EnumPolicy policy) throws SQLException {
        MirrorSchema schema = new MirrorSchema();
        Map<String, SortedSet<String>> values = schema.chooseEnums(tables, policy);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + PeerSchema.NAME);
            for (Map.Entry<String, SortedSet<String>> e : values.entrySet()) {
                String type = PeerSchema.NAME + ".enum_" + e.getKey();
                StringJoiner list = new StringJoiner(", ", "CREATE TYPE " + type + " AS ENUM (", ")");
                e.getValue().forEach(v -> list.add("'" + v.replace("'", "''") + "'"));
                execute(s, list.toString(), "enum type of " + e.getKey());
                schema.enumTypeOfColumn.put(e.getKey(), type);
            }
            for (Table t : tables) {
                execute(s, schema.createTable(t), "table " + t.name());
            }
        }
        return schema;
    }

    /** The columns declared ENUM, as {@code table.column}. */
    List<String> enumColumns() {
        return List.copyOf(enumColumns);
    }

    /** Distinct values per chosen column name, over every table where the policy chooses it; empty ones skipped. */
    private Map<String, SortedSet<String>> chooseEnums(List<Table> tables, EnumPolicy policy) {
        Map<String, SortedSet<String>> byColumn = new LinkedHashMap<>();
        for (Table t : tables) {
            for (int c = 0; c < t.columns().size(); c++) {
                ColumnDef def = t.columns().get(c);
                if (def.type().kind() != ColumnType.Kind.VARCHAR) {
                    continue;
                }
                SortedSet<String> distinct = distinctValues(t, c);
                // DuckDB has no empty ENUM; a column without values stays VARCHAR.
                if (!distinct.isEmpty() && policy.chooses(t.name(), def.name(), distinct::size)) {
                    byColumn.computeIfAbsent(def.name(), k -> new TreeSet<>()).addAll(distinct);
                    enumColumns.add(t.name() + "." + def.name());
                }
            }
        }
        return byColumn;
    }

    private static SortedSet<String> distinctValues(Table table, int column) {
        SortedSet<String> values = new TreeSet<>();
        for (Partition p : table.partitions()) {
            values.addAll(List.of(((StringColumn) p.column(column)).dictionary()));
        }
        return values;
    }

    private String createTable(Table table) {
        StringJoiner cols = new StringJoiner(", ", "CREATE TABLE " + PeerSchema.NAME + "." + table.name() + " (", ")");
        for (ColumnDef c : table.columns()) {
            boolean isEnum = enumColumns.contains(table.name() + "." + c.name());
            String type = isEnum ? enumTypeOfColumn.get(c.name()) : c.type().sqlName();
            cols.add(c.name() + " " + type + (c.nullable() ? "" : " NOT NULL"));
        }
        return cols.toString();
    }

    private static void execute(Statement s, String sql, String what) throws SQLException {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("creating " + what + " in DuckDB: " + e.getMessage(), e);
        }
    }
}
