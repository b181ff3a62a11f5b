package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.DuckDbFunctions;
import io.subcube.duckdb.DuckDbPeer;
import io.subcube.duckdb.PeerOptions;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.duckdb.compare.Values;
import io.subcube.functions.ScoringParameters;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The load-time enrichment (DOMAIN.md §B2.16) against an independent computation: the dataset is generated
 * once per class into a temp CSV directory; Subcube opens it with the suite's scoring parameters and enriches
 * at load; DuckDB loads the raw tables, registers the §B3 functions with the same parameters
 * ({@link DuckDbFunctions}) and computes every derived column from the raw columns with them and plain SQL
 * ({@link EnrichmentSql}). Every row's every derived column must be exactly equal — scores are DECIMAL(5,2)
 * computed by the same Java code on both sides, so G1's 0.01 allowance does not apply. The same suite checks
 * Subcube's own invariant (each derived column IS NOT DISTINCT FROM its function over the stored columns) and
 * that the parameters reach both the enriched columns and the SQL functions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EnrichmentDifferentialSuite {

    /** DOMAIN.md's default seed. */
    protected static final long SEED = 20080901L;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private Path csvDir;
    private Connection subcube;
    private Connection duckdb;
    private DifferentialHarness harness;

    /** The dataset. */
    protected abstract GeneratorConfig config();

    /** Parameters as connection properties of {@code jdbc:subcube:DIR;k=v;…}; empty for the defaults. */
    protected abstract Map<String, String> subcubeProperties();

    /** The same parameters for DuckDB's functions. */
    protected abstract ScoringParameters parameters();

    /**
     * Calls whose result depends on the parameters, with the result they must give under them on both
     * engines: proves the parameters reach the SQL functions.
     */
    protected abstract Map<String, Object> parameterProbes();

    /**
     * Derived columns that the parameters change on some row compared with the defaults (empty for the
     * defaults): proves the parameters reach the enriched columns.
     */
    protected abstract List<String> columnsChangedByParameters();

    @BeforeAll
    void load(@TempDir Path dir) throws Exception {
        csvDir = dir;
        long start = System.nanoTime();
        CsvDatasetWriter.generate(config(), dir, Progress.NONE);
        report("generate csv", millisSince(start) + " ms");
        start = System.nanoTime();
        subcube = DriverManager.getConnection(subcubeUrl(subcubeProperties()));
        resources.add(subcube);
        report("subcube connect (load, enrich) " + subcubeUrl(subcubeProperties()), millisSince(start) + " ms");
        DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults());
        resources.add(peer);
        report("duckdb read_csv load", peer.loadCsv(dir).toString());
        duckdb = peer.connection();
        start = System.nanoTime();
        DuckDbFunctions.register(duckdb, parameters());
        EnrichmentSql.createEnrichedTables(duckdb);
        report("duckdb enrichment in SQL with " + parameters(), millisSince(start) + " ms");
        harness = new DifferentialHarness(subcube, "subcube", duckdb, "duckdb");
    }

    @AfterAll
    void close() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    /** The Subcube connection on the dataset, with the suite's parameters. */
    protected Connection subcube() {
        return subcube;
    }

    private String subcubeUrl(Map<String, String> properties) {
        return "jdbc:subcube:" + csvDir.toAbsolutePath() + properties.entrySet().stream()
                .map(e -> ";" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
    }

    private void report(String what, String detail) {
        System.out.println(getClass().getSimpleName() + " " + config() + ": " + what + ": " + detail);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    // ---- the differential

    @Test
    void subscriberMonthDerivedColumnsEqualOnEveryRow() {
        harness.assertSameByKey(
                EnrichmentSql.select("subscriber_month", EnrichmentSql.FACT_KEY, EnrichmentSql.FACT_COLUMNS),
                EnrichmentSql.select(EnrichmentSql.SCHEMA + ".subscriber_month", EnrichmentSql.FACT_KEY,
                        EnrichmentSql.FACT_COLUMNS),
                EnrichmentSql.FACT_KEY.size());
    }

    @Test
    void vasUsageUserClassEqualOnEveryRow() {
        harness.assertSameByKey(
                EnrichmentSql.select("vas_usage", EnrichmentSql.USAGE_KEY, List.of("user_class")),
                EnrichmentSql.select(EnrichmentSql.SCHEMA + ".vas_usage", EnrichmentSql.USAGE_KEY, List.of("user_class")),
                EnrichmentSql.USAGE_KEY.size());
    }

    @Test
    void channelFitScoreEqualOnEveryRow() {
        harness.assertSameByKey(
                EnrichmentSql.select("channel_fit", EnrichmentSql.FIT_KEY, List.of("fit_score")),
                EnrichmentSql.select(EnrichmentSql.SCHEMA + ".channel_fit", EnrichmentSql.FIT_KEY, List.of("fit_score")),
                EnrichmentSql.FIT_KEY.size());
    }

    /** The derived columns' SQL types agree: scores DECIMAL(5,2), cells and groups INTEGER, the rest as typed. */
    @Test
    void derivedColumnTypesAgree() throws SQLException {
        String columns = String.join(", ", EnrichmentSql.FACT_COLUMNS);
        List<String> left = types(subcube, "SELECT " + columns + " FROM subscriber_month WHERE 1 = 0");
        List<String> right = types(duckdb, "SELECT " + columns + " FROM " + EnrichmentSql.SCHEMA
                + ".subscriber_month WHERE 1 = 0");
        assertEquals(left, right, "subcube vs duckdb column types of " + columns);
        for (String score : EnrichmentSql.SCORE_COLUMNS) {
            assertEquals(score + " DECIMAL(5,2)", left.get(EnrichmentSql.FACT_COLUMNS.indexOf(score)));
        }
        assertEquals(types(subcube, "SELECT fit_score FROM channel_fit WHERE 1 = 0"),
                types(duckdb, "SELECT fit_score FROM " + EnrichmentSql.SCHEMA + ".channel_fit WHERE 1 = 0"));
    }

    private static List<String> types(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                String type = switch (m.getColumnType(i)) {
                    case java.sql.Types.DECIMAL, java.sql.Types.NUMERIC -> "DECIMAL(" + m.getPrecision(i) + ","
                            + m.getScale(i) + ")";
                    case java.sql.Types.INTEGER -> "INTEGER";
                    case java.sql.Types.BIGINT -> "BIGINT";
                    case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> "BOOLEAN";
                    case java.sql.Types.VARCHAR, java.sql.Types.CHAR -> "VARCHAR";
                    default -> m.getColumnTypeName(i);
                };
                out.add(m.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT) + " " + type);
            }
            return out;
        }
    }

    // ---- §B2.16's invariant on Subcube alone

    Stream<EnrichmentSql.Invariant> invariants() {
        return EnrichmentSql.invariants().stream();
    }

    /** {@code SELECT COUNT(*) … WHERE col IS DISTINCT FROM FUNC(…)} returns 0 for every derived column. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invariants")
    void storedColumnEqualsItsFunction(EnrichmentSql.Invariant invariant) throws SQLException {
        long broken = count(subcube, invariant.countSql());
        if (broken != 0) {
            ResultTable sample = ResultTable.query(subcube, invariant.sampleSql());
            throw new AssertionError(invariant.name() + ": " + broken + " rows where the stored column IS DISTINCT "
                    + "FROM its function over the stored columns\n  " + invariant.countSql().replace("\n", "\n  ")
                    + "\n  e.g. " + sample.labels() + " " + sample.rows());
        }
        assertTrue(count(subcube, invariant.rowsSql()) > 0, "no rows: " + invariant.rowsSql());
    }

    /**
     * The invariant's form cannot pass vacuously on Subcube: a wrong function (other cut points) and a NULL
     * are both counted as distinct.
     */
    @Test
    void invariantFormCountsWrongValuesAndNulls() throws SQLException {
        assertTrue(count(subcube, "SELECT COUNT(*) FROM subscriber_month f WHERE f.stick_tier IS DISTINCT FROM "
                + "STICK_TIER(f.stick_score, 100.00, 99.99)") > 0);
        long rows = count(subcube, "SELECT COUNT(*) FROM subscriber_month");
        assertEquals(rows, count(subcube, "SELECT COUNT(*) FROM subscriber_month f WHERE f.need IS DISTINCT FROM "
                + "CAST(NULL AS VARCHAR)"));
        assertEquals(rows, count(subcube, "SELECT COUNT(*) FROM subscriber_month f WHERE f.value_score IS DISTINCT "
                + "FROM CVS(f.arpu, f.return_rate, f.arpu_avg3, NULL, f.tenure_months, f.influence_score)"));
    }

    private static long count(Connection c, String sql) throws SQLException {
        return ((Number) ResultTable.query(c, sql).rows().get(0).get(0)).longValue();
    }

    // ---- the parameters reach both sides

    /** Each probe gives the parameters' result on both engines (and the engines agree, types included). */
    @Test
    void parametersReachTheSqlFunctionsOfBothEngines() throws SQLException {
        for (Map.Entry<String, Object> probe : parameterProbes().entrySet()) {
            Object left = ResultTable.query(subcube, probe.getKey()).rows().get(0).get(0);
            Object right = ResultTable.query(duckdb, probe.getKey()).rows().get(0).get(0);
            assertTrue(KeyedDiff.same(probe.getValue(), left), probe.getKey() + " on subcube: expected "
                    + Values.show(probe.getValue()) + ", got " + Values.show(left));
            assertTrue(KeyedDiff.same(probe.getValue(), right), probe.getKey() + " on duckdb: expected "
                    + Values.show(probe.getValue()) + ", got " + Values.show(right));
        }
    }

    /**
     * The enriched columns the parameters should change do differ, on some row, from those of a Subcube
     * connection with the defaults on the same files (so the differential above is not comparing defaults).
     */
    @Test
    void parametersReachTheEnrichedColumns() throws SQLException {
        List<String> changed = columnsChangedByParameters();
        if (changed.isEmpty()) {
            return;
        }
        String sql = EnrichmentSql.select("subscriber_month", EnrichmentSql.FACT_KEY, changed);
        try (Connection defaults = DriverManager.getConnection(subcubeUrl(Map.of()))) {
            ResultTable withParameters = ResultTable.query(subcube, sql);
            ResultTable withDefaults = ResultTable.query(defaults, sql);
            String diff = new KeyedDiff("parameters", "defaults")
                    .compare(withParameters, withDefaults, EnrichmentSql.FACT_KEY.size()).orElse("");
            for (String column : changed) {
                assertTrue(diff.contains("column " + column + ": "), column + " is the same with " + parameters()
                        + " as with the defaults on every row:\n" + diff);
            }
        }
    }
}
