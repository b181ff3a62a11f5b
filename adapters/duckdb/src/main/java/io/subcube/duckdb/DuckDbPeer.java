package io.subcube.duckdb;

import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * An in-memory DuckDB holding the generated tables of schema {@code subcube} with DOMAIN.md G6 semantics:
 * the reference engine of differential tests and the peer of the benchmarks.
 *
 * <p>Use: {@link #open}, then one load — {@link #loadCsv} for a directory written by the generator, or
 * {@link #load} with a source (a generator run) that writes into the appender-backed {@link DatasetSink} —
 * then query through {@link #connection()} or {@link #newConnection()}. A load ends with the ENUM
 * conversion the options ask for and a {@code CHECKPOINT}.
 */
public final class DuckDbPeer implements AutoCloseable {

    private final DuckDBConnection connection;
    private final PeerOptions options;
    private boolean loaded;

    private DuckDbPeer(DuckDBConnection connection, PeerOptions options) {
        this.connection = connection;
        this.options = options;
    }

    /** A new in-memory database with the settings applied and the (empty) tables created. */
    public static DuckDbPeer open(PeerOptions options) throws SQLException {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try {
            if (options.threads() > 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET threads = " + options.threads());
                }
            }
            PeerSchema.create(c);
            G6Session.apply(c);
            return new DuckDbPeer(c, options);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** The peer's own connection, G6 settings applied, schema {@code subcube} the default. */
    public Connection connection() {
        return connection;
    }

    /** Another connection to the same database with the same session settings; the caller closes it. */
    public Connection newConnection() throws SQLException {
        Connection c = connection.duplicate();
        try {
            G6Session.apply(c);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** Loads the generated tables from a CSV directory written by the generator. */
    public LoadReport loadCsv(Path dir) throws IOException, SQLException {
        startLoad();
        long start = System.nanoTime();
        for (TableDef t : PeerSchema.tables()) {
            CsvTableLoader.load(connection, dir, t);
        }
        return finishLoad(start);
    }

    /** Loads whatever the source writes (e.g. a generator run) through DuckDB's Appender. */
    public LoadReport load(DatasetSource source) throws IOException, SQLException {
        startLoad();
        long start = System.nanoTime();
        AppenderSink sink = new AppenderSink(connection);
        boolean written = false;
        try {
            source.writeTo(sink);
            written = true;
        } finally {
            List<String> unfinished = sink.closeUnfinished();
            if (written && !unfinished.isEmpty()) {
                throw new IOException("the source never finished partitions " + unfinished);
            }
        }
        return finishLoad(start);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private void startLoad() {
        if (loaded) {
            throw new IllegalStateException("the peer is loaded once; open a new one for other data");
        }
        loaded = true;
    }

    private LoadReport finishLoad(long start) throws SQLException {
        long loadNanos = System.nanoTime() - start;
        long t = System.nanoTime();
        List<String> enums = EnumConverter.convert(connection, PeerSchema.tables(), options.enums());
        long enumNanos = System.nanoTime() - t;
        t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
        }
        long checkpointNanos = System.nanoTime() - t;
        return new LoadReport(rowCounts(), enums, millis(loadNanos), millis(enumNanos), millis(checkpointNanos));
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<TableDef> tables = PeerSchema.tables();
        try (Statement s = connection.createStatement()) {
            for (TableDef t : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + PeerSchema.qualified(t))) {
                    r.next();
                    rows.put(t.name(), r.getLong(1));
                }
            }
        }
        return rows;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
