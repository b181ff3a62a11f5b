package io.subcube.benchmarks;

import io.subcube.benchmarks.run.BenchRunner;
import io.subcube.benchmarks.run.BenchSettings;
import io.subcube.benchmarks.run.Engines;
import io.subcube.benchmarks.run.QueryCaller;
import io.subcube.benchmarks.workload.BenchQuery;
import io.subcube.benchmarks.workload.Form;
import io.subcube.benchmarks.workload.Workload;
import io.subcube.datasets.generator.GeneratorConfig;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The benchmark workload under JMH: each query of {@link Workload} in each {@link Form} on each engine, over the
 * same data (see {@link Engines}). Before measuring, the trial checks that both engines agree on the query (the
 * same check as {@code ./subcube bench}); each measured call takes the next parameter set of the rotation.
 * Compare the two engines' scores within one run, never absolute times across runs.
 *
 * <p>Every fork loads the data once (generate and enrich for Subcube, copy for DuckDB): with JMH's default of
 * one fork per benchmark and parameter combination that is the bulk of a full run's time. With {@code -f 0}
 * all trials share one load per data size in the host JVM (faster, less isolated).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class WorkloadBenchmark {

    @Param({"Q1_matrix_cell", "Q2_marketing_matrix", "Q3_drill_city", "Q3_drill_county", "Q4_top_counties",
        "Q5_kpi_grid_gap", "Q6_health_scorecard", "Q6b_weak_points", "Q7_segment_intersection", "Q8_distinct_quarter",
        "Q9a_alert_share", "Q9b_alert_mom", "Q9c_alert_rules", "Q10_hotspot_counties", "Q11_retention_list",
        "Q12a_user_classes", "Q12b_esc_ladder", "Q13_kpi_root_cause", "Q14_traffic_list", "Q15_best_channel",
        "S1_score_month_cvs"})
    public String query;

    @Param({"prepared", "adhoc"})
    public String form;

    @Param({"subcube", "duckdb"})
    public String engine;

    @Param({"100000"})
    public long subscribers;

    @Param({"10"})
    public int months;

    @Param({"2"})
    public int threads;

    /** The engines of the last data size, kept for the next trial in the same JVM (only with -f 0). */
    private static Engines shared;
    private static GeneratorConfig sharedData;

    private QueryCaller caller;
    private long call;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        GeneratorConfig data = GeneratorConfig.defaults().withSubscribers(subscribers).withMonths(months)
                .withThreads(threads);
        Engines engines = engines(data);
        BenchQuery q = Workload.forData(data.startMonth(), data.months()).query(query)
                .orElseThrow(() -> new IllegalArgumentException("no benchmark query named " + query));
        for (String table : q.tables()) {
            if (!engines.hasTable(table)) {
                throw new IllegalStateException(query + " needs table " + table + ", not in this build");
            }
        }
        Form f = formOf(form);
        // The same check as the lean runner: a fast wrong answer is not a result.
        new BenchRunner(engines, BenchSettings.exact(data, 0, 1)).measure(q, f);
        Connection connection = switch (engine) {
            case "subcube" -> engines.subcube();
            case "duckdb" -> engines.duckdb();
            default -> throw new IllegalArgumentException("engine must be subcube or duckdb: " + engine);
        };
        caller = new QueryCaller(connection, q, f);
        call = 0;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        caller.close();
    }

    @Benchmark
    public long call() throws SQLException {
        return caller.call(call++);
    }

    static Form formOf(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "prepared" -> Form.PREPARED;
            case "adhoc", "ad_hoc" -> Form.AD_HOC;
            default -> throw new IllegalArgumentException("form must be prepared or adhoc: " + name);
        };
    }

    private static synchronized Engines engines(GeneratorConfig data) throws IOException, SQLException {
        if (shared == null || !data.equals(sharedData)) {
            if (shared != null) {
                shared.close();
                shared = null;
            }
            shared = Engines.open(data);
            sharedData = data;
        }
        return shared;
    }
}
