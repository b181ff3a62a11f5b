package io.subcube.benchmarks.run;

import io.subcube.datasets.generator.GeneratorConfig;
import java.util.List;

/**
 * What one benchmark run measures: the dataset, the thread count both engines get, how many warm-up and timed
 * calls each query form gets at most, how long each engine then warms up alone, the time budget that cuts
 * them short for a slow query, and optionally a subset of the workload's queries (empty: all).
 *
 * <p>Why a warm-up by time: Subcube is JVM code, compiled by the JIT only after thousands of calls of the
 * per-statement path (a warm-up of 3 calls measured Q1 at 1.65 ms where the compiled path takes 0.07 ms). An
 * embedded engine or a server runs compiled code, so, as JMH does, the timed calls measure the steady
 * state. DuckDB gets the same warm-up, though its native code needs none.
 *
 * @param data          the generated dataset; its thread count is both engines' thread count
 * @param warmups       checked warm-up calls per query form and engine, alternating (at least one is made when
 *                      this is above 0)
 * @param warmupMillis  after those, each engine alone keeps calling the query form until this long has passed
 *                      (unchecked calls, as timed ones); 0 = none
 * @param runs          timed calls per query form and engine
 * @param budgetMillis  once a query form's warm-up, or its timed calls, have taken this long on both engines
 *                      together, it stops there (timed calls only after {@link #MIN_RUNS}); 0 = no budget
 * @param queries       names of the queries to run; empty for the whole workload
 */
public record BenchSettings(GeneratorConfig data, int warmups, long warmupMillis, int runs, long budgetMillis,
        List<String> queries) {

    /** {@code --quick}: 100,000 subscribers x 10 months (about 1 M fact rows), fewer calls. */
    public static final long QUICK_SUBSCRIBERS = 100_000;
    /** The default size: 1 M subscribers x 10 months (10 M fact rows), DESIGN.md's benchmark scale. */
    public static final long DEFAULT_SUBSCRIBERS = 1_000_000;
    public static final int DEFAULT_MONTHS = 10;
    public static final int QUICK_WARMUPS = 2;
    public static final int QUICK_RUNS = 5;
    public static final int DEFAULT_WARMUPS = 3;
    public static final long QUICK_WARMUP_MILLIS = 300;
    public static final long DEFAULT_WARMUP_MILLIS = 1_000;
    public static final int DEFAULT_RUNS = 10;
    public static final long QUICK_BUDGET_MILLIS = 5_000;
    public static final long DEFAULT_BUDGET_MILLIS = 30_000;
    /** Timed calls a budget never cuts below (unless fewer are asked for). */
    public static final int MIN_RUNS = 3;

    public BenchSettings {
        if (warmups < 0) {
            throw new IllegalArgumentException("warm-up calls must be >= 0: " + warmups);
        }
        if (warmupMillis < 0) {
            throw new IllegalArgumentException("warm-up time must be >= 0: " + warmupMillis);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("timed runs must be >= 1: " + runs);
        }
        if (budgetMillis < 0) {
            throw new IllegalArgumentException("time budget must be >= 0: " + budgetMillis);
        }
        queries = List.copyOf(queries);
    }

    /** Settings without a budget or timed warm-up: exactly {@code warmups} and {@code runs} calls (tests, JMH). */
    public static BenchSettings exact(GeneratorConfig data, int warmups, int runs) {
        return new BenchSettings(data, warmups, 0, runs, 0, List.of());
    }

    /** Both engines get the same number of threads: the generator's. */
    public int threads() {
        return data.threads();
    }
}
