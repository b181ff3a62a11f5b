package io.subcube.duckdb.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.duckdb.DuckDbPeer;
import io.subcube.duckdb.PeerOptions;
import io.subcube.duckdb.compare.ResultTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * The differential suite at one scale: generates the dataset once per class into a temp CSV directory
 * (fixed seed), loads the DuckDB reference from those files with {@code read_csv}, opens the subject
 * ({@link SubjectEngine}: Subcube on the same directory, or DuckDB fed by the appender from the same
 * generator run), and compares every catalogue query, every stored table, and the error parity.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DifferentialSuite {

    /** Fixed so failures reproduce; DOMAIN.md's default seed. */
    protected static final long SEED = 20080901L;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private DuckDbPeer reference;
    private DifferentialHarness harness;

    /** The dataset this suite runs on. */
    protected abstract GeneratorConfig config();

    @BeforeAll
    void load(@TempDir Path csvDir) throws Exception {
        Connection subject;
        String subjectName;
        SubjectEngine engine = SubjectEngine.configured();
        if (engine == SubjectEngine.DUCKDB) {
            DuckDbPeer appended = open();
            report("generate (csv + appender) and appender load",
                    GeneratedDataset.writeCsvAndAppend(config(), csvDir, appended).toString());
            subject = appended.connection();
            subjectName = "duckdb(appender)";
        } else {
            long start = System.nanoTime();
            CsvDatasetWriter.generate(config(), csvDir, Progress.NONE);
            report("generate csv", millisSince(start) + " ms");
            start = System.nanoTime();
            subject = engine.openSubcube(config(), csvDir);
            resources.add(subject);
            report("subcube connect (" + engine + ": load, enrich, index)", millisSince(start) + " ms");
            subjectName = "subcube";
        }
        reference = open();
        report("duckdb read_csv load", reference.loadCsv(csvDir).toString());
        harness = new DifferentialHarness(subject, subjectName, reference.connection(), "duckdb");
    }

    @AfterAll
    void close() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private DuckDbPeer open() throws SQLException {
        DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults());
        resources.add(peer);
        return peer;
    }

    /** Load times go to the test output (surefire's *-output.txt) for the report, not into assertions. */
    private void report(String what, String detail) {
        System.out.println(getClass().getSimpleName() + " " + config() + ": " + what + ": " + detail);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    Stream<DiffQuery> queries() {
        return DifferentialQueries.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void sameResult(DiffQuery query) {
        try {
            harness.assertSameResult(query.sql());
        } catch (AssertionError e) {
            // Console summaries show parameterized tests by index; the query name makes them readable.
            throw new AssertionError(query.name() + ": " + e.getMessage(), e);
        }
    }

    Stream<TableDef> generatedTables() {
        return SubcubeSchema.generatedTables().stream();
    }

    /**
     * Every stored value arrives intact: the whole table, its stored columns listed (Subcube adds derived
     * ones), quoted because some §B2 names are SQL keywords (kpi_tree.rollup; a catalogue query covers them).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedTables")
    void storedColumnsEqual(TableDef table) {
        String columns = table.storedColumns().stream().map(c -> '"' + c.name() + '"')
                .collect(Collectors.joining(", "));
        harness.assertSameResult("SELECT " + columns + " FROM " + table.name());
    }

    @Test
    void unknownTableFailsOnBoth() {
        harness.assertBothFail("SELECT COUNT(*) FROM no_such_table", "no_such_table");
    }

    @Test
    void unknownColumnFailsOnBoth() {
        harness.assertBothFail("SELECT no_such_column FROM subscriber_month", "no_such_column");
        harness.assertBothFail("SELECT s.brand FROM subscriber_month s JOIN region r ON r.region_id = s.no_such_key",
                "no_such_key");
    }

    @Test
    void unknownFunctionAndSyntaxErrorFailOnBoth() {
        harness.assertBothFail("SELECT NO_SUCH_FUNCTION(arpu) FROM subscriber_month", "no_such_function");
        harness.assertBothFail("SELECT arpu FROM subscriber_month WHERE");
    }

    /** Guards against vacuous queries: the data must hold what the literals and NULL tests rely on. */
    @Test
    void dataCoversTheCatalogue() throws SQLException {
        List<String> checks = List.of(
                "SELECT COUNT(*) FROM subscriber_month WHERE month_id = 200809 AND city_id = 105",
                "SELECT COUNT(*) FROM subscriber_month WHERE month_id = 200807",
                "SELECT COUNT(*) FROM region WHERE parent_id IS NULL",
                "SELECT COUNT(*) FROM region WHERE population IS NOT NULL",
                "SELECT COUNT(*) FROM location_month WHERE work_grid_id IS NULL",
                "SELECT COUNT(*) FROM location_month WHERE rest_grid_id IS NOT NULL",
                "SELECT COUNT(*) FROM vas_usage WHERE first_use_month IS NULL",
                "SELECT COUNT(*) FROM vas_usage WHERE first_use_month IS NOT NULL",
                "SELECT COUNT(*) FROM subscriber_month WHERE status = 'CHURNED'");
        for (String sql : checks) {
            long n = ((Number) ResultTable.query(reference.connection(), sql).rows().get(0).get(0)).longValue();
            assertTrue(n > 0, "the dataset has no rows for: " + sql);
        }
    }
}
