package io.subcube.duckdb.diff;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The engine under test in the differential suites, chosen by the system property
 * {@code subcube.diff.subject}: {@code subcube} opens {@code jdbc:subcube:DIR} on the CSV directory;
 * {@code duckdb} (the default until the engine loads CSV directories) uses a second DuckDB peer loaded
 * through the appender, which proves the queries valid and deterministic, and both DuckDB load paths
 * equal, without the engine.
 */
public enum SubjectEngine {
    SUBCUBE,
    DUCKDB;

    public static final String PROPERTY = "subcube.diff.subject";

    public static SubjectEngine configured() {
        String v = System.getProperty(PROPERTY, "duckdb").strip().toUpperCase(Locale.ROOT);
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be subcube or duckdb: " + v, e);
        }
    }

    /** A Subcube connection on a CSV directory written by the generator. */
    public static Connection openSubcube(Path csvDir) throws SQLException {
        return DriverManager.getConnection("jdbc:subcube:" + csvDir.toAbsolutePath());
    }
}
