package io.subcube.duckdb.diff.pushdown;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.PeerOptions;
import io.subcube.duckdb.StoreMirror;
import io.subcube.duckdb.diff.DifferentialHarness;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Store;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.duckdb.diff.DiffQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The pushdown suites' data: one small store (3,000 subscribers × 3 months, 200807–200809, DOMAIN.md's
 * seed), generated and enriched in process, queried through Subcube's JDBC driver, and copied whole — derived
 * columns and derived tables included — into an in-memory DuckDB ({@link StoreMirror}), so both engines
 * answer the same SQL over identical rows.
 */
final class PushdownFixture implements AutoCloseable {

    static final GeneratorConfig CONFIG = new GeneratorConfig(3_000, 3, 20080901L, 200807, 2);

    private final Store store;
    private final Connection subcube;
    private final StoreMirror mirror;
    private final DifferentialHarness harness;

    private PushdownFixture(Store store, Connection subcube, StoreMirror mirror) {
        this.store = store;
        this.subcube = subcube;
        this.mirror = mirror;
        this.harness = new DifferentialHarness(subcube, "subcube", mirror.connection(), "duckdb");
    }

    static PushdownFixture open() throws Exception {
        return open(CONFIG);
    }

    /** The same for another dataset, e.g. months across a year boundary. */
    static PushdownFixture open(GeneratorConfig config) throws Exception {
        long start = System.nanoTime();
        Store store = StoreLoader.generate(config);
        Connection subcube = SubcubeDriver.connect(store, new Properties());
        try {
            StoreMirror mirror = StoreMirror.copy(store, PeerOptions.defaults());
            System.out.println("PushdownFixture " + config + ": generated, enriched and mirrored in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms; " + mirror.report());
            return new PushdownFixture(store, subcube, mirror);
        } catch (SQLException | RuntimeException e) {
            subcube.close();
            throw e;
        }
    }

    Store store() {
        return store;
    }

    Connection subcube() {
        return subcube;
    }

    Connection duckdb() {
        return mirror.connection();
    }

    /** Subcube on the left, DuckDB on the right. */
    DifferentialHarness harness() {
        return harness;
    }

    /** Asserts that both engines return the same rows for a named case; a failure names the case. */
    void assertSameResult(DiffQuery query) {
        try {
            harness.assertSameResult(query.sql());
        } catch (AssertionError e) {
            throw new AssertionError(query.name() + ": " + e.getMessage(), e);
        }
    }

    /** Subcube's result of a statement. */
    ResultTable subcube(String sql) throws SQLException {
        return ResultTable.query(subcube, sql);
    }

    /** Subcube's plan of a statement, a line per node. */
    String explain(String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement s = subcube.createStatement(); ResultSet r = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
            while (r.next()) {
                b.append(r.getString(1)).append('\n');
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws SQLException {
        try {
            subcube.close();
        } finally {
            mirror.close();
        }
    }
}
