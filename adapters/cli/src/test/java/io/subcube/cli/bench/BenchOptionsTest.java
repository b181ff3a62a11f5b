package io.subcube.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subcube.benchmarks.run.BenchSettings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presets: the default is DESIGN.md's 10 M rows, --quick about 1 M; explicit options win over both. */
class BenchOptionsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2008, 9, 30, 17, 5, 9);

    @Test
    void defaultIsAMillionSubscribersOverTenMonths() throws Exception {
        BenchOptions o = BenchOptions.parse(List.of(), NOW);
        BenchSettings s = o.settings();
        assertEquals(1_000_000, s.data().subscribers());
        assertEquals(10, s.data().months());
        assertEquals(Runtime.getRuntime().availableProcessors(), s.threads());
        assertEquals(BenchSettings.DEFAULT_WARMUPS, s.warmups());
        assertEquals(BenchSettings.DEFAULT_WARMUP_MILLIS, s.warmupMillis());
        assertEquals(BenchSettings.DEFAULT_RUNS, s.runs());
        assertEquals(BenchSettings.DEFAULT_BUDGET_MILLIS, s.budgetMillis());
        assertEquals(List.of(), s.queries());
        assertEquals(Path.of("target", "bench", "20080930-170509"), o.out());
    }

    @Test
    void quickIsATenthOfThatWithFewerCalls() throws Exception {
        BenchSettings s = BenchOptions.parse(List.of("--quick"), NOW).settings();
        assertEquals(100_000, s.data().subscribers());
        assertEquals(10, s.data().months());
        assertEquals(BenchSettings.QUICK_WARMUPS, s.warmups());
        assertEquals(BenchSettings.QUICK_WARMUP_MILLIS, s.warmupMillis());
        assertEquals(BenchSettings.QUICK_RUNS, s.runs());
        assertEquals(BenchSettings.QUICK_BUDGET_MILLIS, s.budgetMillis());
    }

    @Test
    void explicitOptionsOverrideThePreset() throws Exception {
        BenchOptions o = BenchOptions.parse(List.of("--quick", "--subscribers", "5000", "--months=4", "--threads", "3",
                "--warmup", "0", "--warmup-ms", "25", "--runs", "2", "--budget", "0", "--queries",
                "Q1_matrix_cell, Q8_distinct_quarter", "--out", "x/y"), NOW);
        BenchSettings s = o.settings();
        assertEquals(5000, s.data().subscribers());
        assertEquals(4, s.data().months());
        assertEquals(3, s.threads());
        assertEquals(0, s.warmups());
        assertEquals(25, s.warmupMillis());
        assertEquals(2, s.runs());
        assertEquals(0, s.budgetMillis());
        assertEquals(List.of("Q1_matrix_cell", "Q8_distinct_quarter"), s.queries());
        assertEquals(Path.of("x/y"), o.out());
    }
}
