package io.subcube.duckdb;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * An in-memory DuckDB in this JVM holding a copy of a Subcube store — every table, every column, derived
 * ones included — so that both engines answer the same SQL over the same rows: the peer of the benchmarks.
 *
 * <p>Set up the way DESIGN.md calls fair: {@code SET threads} as asked, the store's VARCHAR columns the
 * {@link EnumPolicy} chooses declared as ENUM, rows written through DuckDB's appender (one connection and
 * appender per partition, {@code threads} partitions at a time), a {@code CHECKPOINT} after the load, the
 * DOMAIN.md G6 session settings, and every §B3 function registered as a UDF with the store's parameters.
 */
public final class StoreMirror implements AutoCloseable {

    private final DuckDBConnection connection;
    private final LoadReport report;

    private StoreMirror(DuckDBConnection connection, LoadReport report) {
        this.connection = connection;
        this.report = report;
    }

    /** A new in-memory DuckDB with a copy of every table of the store. */
    public static StoreMirror copy(Store store, PeerOptions options) throws SQLException {
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try {
            if (options.threads() > 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET threads = " + options.threads());
                }
            }
            List<Table> tables = List.copyOf(store.tables().values());
            long start = System.nanoTime();
            MirrorSchema schema = MirrorSchema.create(c, tables, options.enums());
            appendAll(c, tables, Math.max(1, options.threads()));
            long loadNanos = System.nanoTime() - start;
            start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            long checkpointNanos = System.nanoTime() - start;
            G6Session.apply(c);
            DuckDbFunctions.register(c, store.parameters());
            LoadReport report = new LoadReport(rowCounts(c, tables), schema.enumColumns(), loadNanos / 1_000_000, 0,
                    checkpointNanos / 1_000_000);
            return new StoreMirror(c, report);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Copies the named tables of the store, all their columns, into schema {@code subcube} of an existing DuckDB
     * connection (schema and tables created there; VARCHAR columns the policy chooses as ENUM, the rest with the
     * store's exact types, DECIMAL(p,s) included) through the appender; returns the rows per table. Only the
     * tables: no settings, CHECKPOINT or functions, which stay the connection owner's business.
     */
    public static Map<String, Long> copyTables(Store store, Collection<String> names, Connection duckdb,
            EnumPolicy enums) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            Table t = store.table(name);
            if (t == null) {
                throw new SQLException("the store has no table " + name + "; it has " + store.tables().keySet());
            }
            tables.add(t);
        }
        DuckDBConnection c = duckdb.unwrap(DuckDBConnection.class);
        MirrorSchema.create(c, tables, enums);
        appendAll(c, tables, 1);
        return rowCounts(c, tables);
    }

    /** The mirror's connection: G6 settings applied, schema {@code subcube} the default, functions registered. */
    public Connection connection() {
        return connection;
    }

    /** Rows per table, ENUM columns and how long appending and the CHECKPOINT took (enum time is 0: declared up front). */
    public LoadReport report() {
        return report;
    }

    /** What DuckDB says it holds in memory now: the sum of {@code duckdb_memory()} over all tags. */
    public long memoryBytes() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT SUM(memory_usage_bytes) FROM duckdb_memory()")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Appends every partition, largest first so the last to finish is small. */
    private static void appendAll(DuckDBConnection database, List<Table> tables, int threads) throws SQLException {
        record Work(Table table, Partition partition) {
        }
        List<Work> work = new ArrayList<>();
        for (Table t : tables) {
            for (Partition p : t.partitions()) {
                work.add(new Work(t, p));
            }
        }
        work.sort(Comparator.comparingLong((Work w) -> (long) w.partition().rows() * w.table().columns().size())
                .reversed());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "subcube-mirror");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Work w : work) {
                done.add(pool.submit(() -> {
                    append(database, w.table(), w.partition());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One partition through its own connection and appender: appenders are not shared between threads. */
    private static void append(DuckDBConnection database, Table table, Partition partition) throws SQLException {
        String where = table.name() + (table.def().monthly() ? " month " + partition.monthId() : "");
        try (DuckDBConnection c = database.duplicate();
             DuckDBAppender appender = c.createAppender(PeerSchema.NAME, table.name())) {
            new PartitionCopier(table).copy(partition, appender);
        } catch (SQLException e) {
            throw new SQLException("copying " + where + " into DuckDB: " + e.getMessage(), e);
        }
    }

    private static void await(Future<?> f) throws SQLException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("copy into DuckDB interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(String.valueOf(cause), cause);
        }
    }

    private static Map<String, Long> rowCounts(Connection c, List<Table> tables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Table t : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + PeerSchema.NAME + "." + t.name())) {
                    r.next();
                    rows.put(t.name(), r.getLong(1));
                }
            }
        }
        return rows;
    }
}
