package io.subcube.benchmarks;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.diff.DifferentialHarness;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every benchmarked query, through the benchmark's own set-up on tiny data, gives the same rows on both engines. */
class RawColumnQueryBenchmarkTest {

    @Test
    void everyBenchmarkQueryAgreesAcrossEngines() throws Exception {
        GeneratorConfig config = new GeneratorConfig(2_000, 10, 20080901, 200803, 2);
        try (Connection subcube = BenchData.open("subcube", config, 2);
             Connection duckdb = BenchData.open("duckdb", config, 2)) {
            DifferentialHarness harness = new DifferentialHarness(subcube, "subcube", duckdb, "duckdb");
            for (String sql : List.of(RawColumnQueryBenchmark.DRILL_DOWN, RawColumnQueryBenchmark.TOP_COUNTIES,
                    RawColumnQueryBenchmark.SEGMENT_COUNT, RawColumnQueryBenchmark.DISTINCT_SUBSCRIBERS)) {
                harness.assertSameResult(sql);
            }
        }
    }
}
