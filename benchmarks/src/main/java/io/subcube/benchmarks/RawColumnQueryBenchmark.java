package io.subcube.benchmarks;

import io.subcube.datasets.generator.GeneratorConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Analyst queries over raw (not derived) columns, prepared once and executed per call, on Subcube and on
 * DuckDB over the same generated rows. Run both engines in one invocation and compare ratios, never
 * absolute times across runs. The full canonical workload of DOMAIN.md §B4 comes with the benchmark issue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class RawColumnQueryBenchmark {

    /** §B4 Q3: drill-down of a city's counties. */
    static final String DRILL_DOWN = "SELECT county_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu "
            + "FROM subscriber_month WHERE month_id = 200809 AND city_id = 105 GROUP BY county_id ORDER BY county_id";
    /** §B4 Q4: top-10 counties of the province by revenue. */
    static final String TOP_COUNTIES = "SELECT s.county_id, r.region_name, SUM(s.arpu) AS revenue, COUNT(*) AS subs "
            + "FROM subscriber_month s JOIN region r ON r.region_id = s.county_id WHERE s.month_id = 200809 "
            + "GROUP BY s.county_id, r.region_name ORDER BY revenue DESC, s.county_id LIMIT 10";
    /** A segment count with five predicates on raw columns (the shape of §B4 Q1). */
    static final String SEGMENT_COUNT = "SELECT COUNT(*) FROM subscriber_month WHERE month_id = 200809 "
            + "AND city_id = 105 AND brand = 'GOTONE' AND vpmn_flag = TRUE AND status = 'ACTIVE'";
    /** Distinct subscribers of a segment over a quarter (the shape of §B4 Q8). */
    static final String DISTINCT_SUBSCRIBERS = "SELECT COUNT(DISTINCT subscriber_id) FROM subscriber_month "
            + "WHERE month_id BETWEEN 200807 AND 200809 AND brand = 'MZONE' AND data_capable = TRUE";

    @Param({"subcube", "duckdb"})
    public String engine;

    @Param({"100000"})
    public long subscribers;

    @Param({"10"})
    public int months;

    @Param({"2"})
    public int threads;

    private Connection connection;
    private PreparedStatement drillDown;
    private PreparedStatement topCounties;
    private PreparedStatement segmentCount;
    private PreparedStatement distinctSubscribers;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        GeneratorConfig config = GeneratorConfig.defaults().withSubscribers(subscribers).withMonths(months)
                .withThreads(threads);
        connection = BenchData.open(engine, config, threads);
        drillDown = connection.prepareStatement(DRILL_DOWN);
        topCounties = connection.prepareStatement(TOP_COUNTIES);
        segmentCount = connection.prepareStatement(SEGMENT_COUNT);
        distinctSubscribers = connection.prepareStatement(DISTINCT_SUBSCRIBERS);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
    }

    private static void drain(PreparedStatement statement, Blackhole bh) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    bh.consume(rs.getObject(i));
                }
            }
        }
    }

    @Benchmark
    public void drillDown(Blackhole bh) throws SQLException {
        drain(drillDown, bh);
    }

    @Benchmark
    public void topCounties(Blackhole bh) throws SQLException {
        drain(topCounties, bh);
    }

    @Benchmark
    public void segmentCount(Blackhole bh) throws SQLException {
        drain(segmentCount, bh);
    }

    @Benchmark
    public void distinctSubscribers(Blackhole bh) throws SQLException {
        drain(distinctSubscribers, bh);
    }
}
