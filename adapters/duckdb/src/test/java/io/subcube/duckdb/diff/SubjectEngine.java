package io.subcube.duckdb.diff;

import io.subcube.datasets.generator.GeneratorConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The engine under test in the differential suites, chosen by the system property
 * {@code subcube.diff.subject}:
 * <ul>
 *   <li>{@code subcube} (the default): {@code jdbc:subcube:DIR} on the CSV directory DuckDB reads too;</li>
 *   <li>{@code subcube-generated}: {@code jdbc:subcube:} generating the same configuration in process
 *       (the generator is deterministic, and the whole-table comparisons check the data is the same);</li>
 *   <li>{@code duckdb}: a second DuckDB peer loaded through the appender, which proves the queries valid and
 *       deterministic, and both DuckDB load paths equal, without the engine.</li>
 * </ul>
 */
public enum SubjectEngine {
    SUBCUBE,
    SUBCUBE_GENERATED,
    DUCKDB;

    public static final String PROPERTY = "subcube.diff.subject";

    public static SubjectEngine configured() {
        String v = System.getProperty(PROPERTY, "subcube").strip();
        try {
            return valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be subcube, subcube-generated or duckdb: " + v, e);
        }
    }

    /** A Subcube connection on the dataset: the CSV directory, or the same configuration generated in process. */
    public Connection openSubcube(GeneratorConfig config, Path csvDir) throws SQLException {
        return switch (this) {
            case SUBCUBE -> DriverManager.getConnection("jdbc:subcube:" + csvDir.toAbsolutePath());
            case SUBCUBE_GENERATED -> DriverManager.getConnection("jdbc:subcube:;subscribers=" + config.subscribers()
                    + ";months=" + config.months() + ";seed=" + config.seed() + ";start_month=" + config.startMonth());
            case DUCKDB -> throw new IllegalStateException("the DuckDB subject is a peer, not a Subcube connection");
        };
    }
}
