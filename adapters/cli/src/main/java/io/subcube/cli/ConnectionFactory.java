package io.subcube.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Opens the connection a command works on: the default dataset, or a data directory. */
@FunctionalInterface
public interface ConnectionFactory {

    /** The JDBC URL prefix of the Subcube driver. */
    String URL_PREFIX = "jdbc:subcube:";

    /**
     * Opens a connection.
     *
     * @param dataDir a directory written by {@code generate}; empty for the built-in default dataset
     */
    Connection open(Optional<Path> dataDir) throws SQLException;

    /** Connections through the Subcube JDBC driver and {@link DriverManager}. */
    static ConnectionFactory subcube() {
        return dataDir -> {
            String url = URL_PREFIX + dataDir.map(d -> d.toAbsolutePath().normalize().toString()).orElse("");
            try {
                DriverManager.getDriver(url);
            } catch (SQLException e) {
                // DriverManager's "No suitable driver" does not say what is missing.
                throw new SQLException("no JDBC driver for " + URL_PREFIX + " on the class path"
                        + " (is the subcube-engine module built?)", "08001", e);
            }
            return DriverManager.getConnection(url);
        };
    }
}
