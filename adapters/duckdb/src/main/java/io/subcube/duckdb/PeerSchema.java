package io.subcube.duckdb;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;

/** The DuckDB side of schema {@code subcube}: the generated tables with their stored columns and exact types. */
final class PeerSchema {

    /** DuckDB schema holding the tables; same name as Subcube's so qualified names work on both. */
    static final String NAME = SubcubeSchema.NAME;

    private PeerSchema() {
    }

    /** The tables the peer holds: those the generator produces (derived columns and tables are Subcube's job). */
    static List<TableDef> tables() {
        return SubcubeSchema.generatedTables();
    }

    static void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + NAME);
            for (TableDef t : tables()) {
                String ddl = createTable(t);
                try {
                    s.execute(ddl);
                } catch (SQLException e) {
                    throw new SQLException("creating table " + t.name() + " failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /** {@code CREATE TABLE} with the stored columns; ColumnType's SQL names are valid DuckDB types as they are. */
    static String createTable(TableDef table) {
        StringJoiner cols = new StringJoiner(", ", "CREATE TABLE " + qualified(table) + " (", ")");
        for (ColumnDef c : table.storedColumns()) {
            cols.add(c.name() + " " + c.type().sqlName() + (c.nullable() ? "" : " NOT NULL"));
        }
        return cols.toString();
    }

    static String qualified(TableDef table) {
        return NAME + "." + table.name();
    }
}
