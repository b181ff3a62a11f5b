package io.subcube.benchmarks.run;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.EnumPolicy;
import io.subcube.duckdb.LoadReport;
import io.subcube.duckdb.PeerOptions;
import io.subcube.duckdb.StoreMirror;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Store;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Both engines over the same rows, set up as DESIGN.md calls fair: Subcube generates, loads, enriches and
 * indexes the dataset; DuckDB (in this JVM) gets a copy of every table Subcube holds, derived columns and
 * tables included, through its appender, with low-cardinality VARCHARs as ENUM, a CHECKPOINT, the same
 * thread count and the §B3 functions as UDFs. Closing releases both.
 */
public final class Engines implements AutoCloseable {

    /** Low-cardinality: a VARCHAR column with at most this many distinct values becomes an ENUM. */
    public static final int ENUM_MAX_DISTINCT = 1000;

    private final Store store;
    private final Connection subcube;
    private final StoreMirror duckdb;
    private final LoadFigures load;

    private Engines(Store store, Connection subcube, StoreMirror duckdb, LoadFigures load) {
        this.store = store;
        this.subcube = subcube;
        this.duckdb = duckdb;
        this.load = load;
    }

    /** Builds the Subcube store for {@code data}, copies it into DuckDB and measures both. */
    public static Engines open(GeneratorConfig data) throws IOException, SQLException {
        long start = System.nanoTime();
        Store store = StoreLoader.generate(data);
        long subcubeMillis = (System.nanoTime() - start) / 1_000_000;
        Connection subcube = SubcubeDriver.connect(store, new Properties());
        StoreMirror duckdb = null;
        try {
            duckdb = StoreMirror.copy(store, PeerOptions.defaults().withThreads(data.threads())
                    .withEnums(EnumPolicy.lowCardinality(ENUM_MAX_DISTINCT)));
            LoadReport copy = duckdb.report();
            long totalRows = copy.rows().values().stream().mapToLong(Long::longValue).sum();
            LoadFigures load = new LoadFigures(subcubeMillis, copy.loadMillis() + copy.enumMillis(),
                    copy.checkpointMillis(), subcubeBytes(subcube), duckdb.memoryBytes(),
                    copy.rows("subscriber_month"), totalRows);
            return new Engines(store, subcube, duckdb, load);
        } catch (SQLException | RuntimeException e) {
            subcube.close();
            if (duckdb != null) {
                duckdb.close();
            }
            throw e;
        }
    }

    /** Whether the store has the table (tables still being built by other work may be missing). */
    public boolean hasTable(String name) {
        return store.table(name) != null;
    }

    public Connection subcube() {
        return subcube;
    }

    public Connection duckdb() {
        return duckdb.connection();
    }

    public LoadFigures load() {
        return load;
    }

    /** DuckDB's version, e.g. v2.0.0. */
    public String duckdbVersion() throws SQLException {
        try (Statement s = duckdb().createStatement(); ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            subcube.close();
        } finally {
            duckdb.close();
        }
    }

    /** Subcube's own accounting of its heap: {@code sys.tables}. */
    private static long subcubeBytes(Connection subcube) throws SQLException {
        try (Statement s = subcube.createStatement(); ResultSet r = s.executeQuery("SELECT SUM(bytes) FROM sys.tables")) {
            r.next();
            return r.getLong(1);
        }
    }
}
