package io.subcube.duckdb.diff.pushdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.ColumnType.Kind;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.duckdb.diff.pushdown.RandomQueries.Query;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Property-style differential test of filter pushdown: seeded random filter trees ({@link RandomQueries}) over
 * subscriber_month, location_month, vas_usage, kpi_month and subscriber, each run in several query shapes on
 * Subcube and on DuckDB over the same rows ({@link PushdownFixture}) and compared by the harness (doubles within
 * its tolerance, rows as multisets unless the query orders them). Each query is one dynamic test; a failure
 * names the seed, the tree, the SQL (and the parameters of a prepared run) and the differing rows.
 *
 * <p>Reproduce or explore with {@code -Dsubcube.random.seed=S} (default {@value #DEFAULT_SEED}),
 * {@code -Dsubcube.random.trees=N} (default {@value #DEFAULT_TREES}) and {@code -Dsubcube.random.tree=I} to run
 * tree I alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RandomFilterDifferentialTest {

    static final long DEFAULT_SEED = 7_2008_0901L;
    static final int DEFAULT_TREES = 120;
    /** The issue asks for at least this many generated queries checked against DuckDB. */
    private static final int MIN_QUERIES = 500;

    private final long seed = Long.getLong("subcube.random.seed", DEFAULT_SEED);
    private PushdownFixture fixture;
    private List<SampledTable> tables;
    private RandomQueries generator;
    private List<Query> queries;

    @BeforeAll
    void open() throws Exception {
        fixture = PushdownFixture.open();
        tables = SampledTable.read(fixture.store(), fixture.duckdb());
        generator = new RandomQueries(tables);
        queries = generator.generate(seed, Integer.getInteger("subcube.random.trees", DEFAULT_TREES));
        long prepared = queries.stream().filter(Query::prepared).count();
        System.out.println(getClass().getSimpleName() + ": seed " + seed + ", " + queries.size() + " queries ("
                + prepared + " prepared); coverage " + generator.coverage());
    }

    @AfterAll
    void close() throws SQLException {
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> generatedQueriesAgreeWithDuckDb() {
        Integer only = Integer.getInteger("subcube.random.tree");
        return queries.stream().filter(q -> only == null || q.tree() == only)
                .map(q -> DynamicTest.dynamicTest(q.name(), () -> check(q)));
    }

    private void check(Query q) {
        try {
            if (q.prepared()) {
                fixture.harness().assertSamePrepared(q.sql().parameterized(), q.sql().parameters(), q.sql().inline());
            } else {
                fixture.harness().assertSameResult(q.sql().inline());
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ", " + q.name() + " (tree seed " + q.treeSeed()
                    + "; reproduce with -Dsubcube.random.seed=" + seed + " -Dsubcube.random.tree=" + q.tree() + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * The count is honest and the trees reach every column type, operator and shape the issue lists. Checked for
     * the seed in use: another seed may need more trees ({@code -Dsubcube.random.trees}) to reach the rare ones.
     */
    @Test
    void generatedQueriesCoverTheIssuesList() {
        assertTrue(queries.size() >= MIN_QUERIES, queries.size() + " queries, fewer than " + MIN_QUERIES);
        Map<String, Integer> seen = generator.coverage();
        List<String> required = new ArrayList<>();
        for (Kind k : Kind.values()) {
            required.add(k.name());
        }
        required.addAll(List.of("=", "<>", "<", "<=", ">", ">=", "BETWEEN", "NOT BETWEEN", "IN", "NOT IN", "IS NULL",
                "IS NOT NULL", "= NULL", "LIKE", "NOT LIKE", "LIKE ESCAPE", "IS TRUE", "IS NOT TRUE", "IS FALSE",
                "IS NOT FALSE", "bare", "NOT bare", "AND", "OR", "NOT over a nullable column", "NULL in an IN list",
                "computed (not pushable)", "DECIMAL compared with a finer scale", "INTEGER compared with a fraction",
                "nullable INTEGER", "nullable VARCHAR", "nullable BOOLEAN", "nullable DECIMAL", "nullable DOUBLE",
                "DATE BETWEEN", "DOUBLE <", "VARCHAR >=", "prepared"));
        TreeSet<String> missing = new TreeSet<>(required);
        missing.removeAll(seen.keySet());
        assertTrue(missing.isEmpty(), "seed " + seed + " never generated " + missing + "; it generated " + seen);
        for (String shape : List.of(" HAVING COUNT(*) > ", " LIMIT 0", " OFFSET ", "COUNT(DISTINCT ", " ORDER BY n DESC",
                "GROUP BY ")) {
            assertTrue(queries.stream().anyMatch(q -> q.sql().inline().contains(shape)), "no query has " + shape);
        }
        assertTrue(queries.stream().anyMatch(q -> q.sql().inline().matches(".*GROUP BY \\w+, \\w+.*")),
                "no multi-column GROUP BY");
        for (SampledTable t : tables) {
            assertTrue(queries.stream().anyMatch(q -> q.table().equals(t.name())), "no tree over " + t.name());
        }
    }

    /**
     * The trees are not vacuous: at least half select some rows but not all (counted on DuckDB; the dynamic
     * tests check that Subcube agrees); some select none and some all.
     */
    @Test
    void treesSelectVaryingShares() throws SQLException {
        int none = 0;
        int some = 0;
        int all = 0;
        for (Query q : queries) {
            if (q.shape().equals("count") && !q.prepared()) {
                long n = ((Number) ResultTable.query(fixture.duckdb(), q.sql().inline()).rows().get(0).get(0)).longValue();
                long rows = tables.stream().filter(t -> t.name().equals(q.table())).findFirst().orElseThrow().rows();
                if (n == 0) {
                    none++;
                } else if (n == rows) {
                    all++;
                } else {
                    some++;
                }
            }
        }
        String counts = "trees selecting no rows " + none + ", some " + some + ", all " + all;
        System.out.println(getClass().getSimpleName() + ": " + counts);
        assertTrue(2 * some >= none + some + all && none > 0 && all > 0, counts);
    }
}
