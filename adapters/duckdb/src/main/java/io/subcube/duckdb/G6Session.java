package io.subcube.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Makes a DuckDB connection follow DOMAIN.md G6 where DuckDB's defaults differ, and resolve names in schema subcube. */
final class G6Session {

    private G6Session() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // NULLs sort as the largest value: last in ASC, first in DESC.
            s.execute("SET default_null_order = 'nulls_last_on_asc_first_on_desc'");
            // `/` between integers truncates, as in standard SQL and Calcite.
            s.execute("SET integer_division = true");
            s.execute("USE " + PeerSchema.NAME);
        }
    }
}
