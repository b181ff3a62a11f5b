package io.subcube.benchmarks.run;

import io.subcube.datasets.generator.GeneratorConfig;
import java.util.List;

/**
 * What one benchmark run measures: the dataset, the thread count both engines get, how many warm-up and timed
 * calls each query form gets at most, the time budget that cuts them short for a slow query, and optionally a
 * subset of the workload's queries (empty: all).
 *
 * @param data          the generated dataset; its thread count is both engines' thread count
 * @param warmups       warm-up calls per query form and engine (at least one is made when this is above 0)
 * @param runs          timed calls per query form and engine
 * @param budgetMillis  once a query form's warm-up, or its timed calls, have taken this long on both engines
 *                      together, it stops there (timed calls only after {@link #MIN_RUNS}); 0 = no budget
 * @param queries       names of the queries to run; empty for the whole workload
 */
public record BenchSettings(GeneratorConfig data, int warmups, int runs, long budgetMillis, List<String> queries) {

    /** {@code --quick}: 100,000 subscribers x 10 months (about 1 M fact rows), fewer calls. */
    public static final long QUICK_SUBSCRIBERS = 100_000;
    /** The default size: 1 M subscribers x 10 months (10 M fact rows), DESIGN.md's benchmark scale. */
    public static final long DEFAULT_SUBSCRIBERS = 1_000_000;
    public static final int DEFAULT_MONTHS = 10;
    public static final int QUICK_WARMUPS = 2;
    public static final int QUICK_RUNS = 5;
    public static final int DEFAULT_WARMUPS = 3;
    public static final int DEFAULT_RUNS = 10;
    public static final long QUICK_BUDGET_MILLIS = 5_000;
    public static final long DEFAULT_BUDGET_MILLIS = 30_000;
    /** Timed calls a budget never cuts below (unless fewer are asked for). */
    public static final int MIN_RUNS = 3;

    public BenchSettings {
        if (warmups < 0) {
            throw new IllegalArgumentException("warm-up calls must be >= 0: " + warmups);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("timed runs must be >= 1: " + runs);
        }
        if (budgetMillis < 0) {
            throw new IllegalArgumentException("time budget must be >= 0: " + budgetMillis);
        }
        queries = List.copyOf(queries);
    }

    /** Settings without a time budget: exactly {@code warmups} and {@code runs} calls (tests, JMH's check). */
    public static BenchSettings exact(GeneratorConfig data, int warmups, int runs) {
        return new BenchSettings(data, warmups, runs, 0, List.of());
    }

    /** Both engines get the same number of threads: the generator's. */
    public int threads() {
        return data.threads();
    }
}
