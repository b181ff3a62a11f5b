package io.subcube.datasets.generator;

/**
 * Parameters of one generated dataset (DOMAIN.md §B2.15). The output depends on {@code subscribers},
 * {@code months}, {@code seed} and {@code startMonth} only; {@code threads} changes the speed, never a row.
 *
 * @param subscribers active base in the first month (joiners replace churners, so rows ≈ subscribers × months)
 * @param months      number of monthly partitions
 * @param seed        seed of every subscriber-dependent stream (the fixed dimension tables ignore it)
 * @param startMonth  first month as yyyymm
 * @param threads     worker threads
 */
public record GeneratorConfig(long subscribers, int months, long seed, int startMonth, int threads) {

    public static final long MAX_SUBSCRIBERS = 100_000_000L;
    public static final int MAX_MONTHS = 120;
    public static final long DEFAULT_SUBSCRIBERS = 100_000L;
    public static final int DEFAULT_MONTHS = 10;
    public static final long DEFAULT_SEED = 20080901L;
    public static final int DEFAULT_START_MONTH = 200803;

    public GeneratorConfig {
        if (subscribers < 1 || subscribers > MAX_SUBSCRIBERS) {
            throw new IllegalArgumentException(
                    "--subscribers must be between 1 and " + MAX_SUBSCRIBERS + ": " + subscribers);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("--months must be between 1 and " + MAX_MONTHS + ": " + months);
        }
        int month = startMonth % 100;
        int year = startMonth / 100;
        if (startMonth < 0 || month < 1 || month > 12 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("--start-month must be a month as yyyymm (e.g. 200803): " + startMonth);
        }
        if (year * 12 + month - 1 + months - 1 > 9999 * 12 + 11) {
            throw new IllegalArgumentException("--start-month plus --months runs past year 9999: " + startMonth);
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024: " + threads);
        }
    }

    /** The default in-process dataset: 100,000 subscribers, 10 months from 200803, seed 20080901. */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(DEFAULT_SUBSCRIBERS, DEFAULT_MONTHS, DEFAULT_SEED, DEFAULT_START_MONTH,
                Runtime.getRuntime().availableProcessors());
    }

    public GeneratorConfig withSubscribers(long n) {
        return new GeneratorConfig(n, months, seed, startMonth, threads);
    }

    public GeneratorConfig withMonths(int m) {
        return new GeneratorConfig(subscribers, m, seed, startMonth, threads);
    }

    public GeneratorConfig withSeed(long s) {
        return new GeneratorConfig(subscribers, months, s, startMonth, threads);
    }

    public GeneratorConfig withStartMonth(int yyyymm) {
        return new GeneratorConfig(subscribers, months, seed, yyyymm, threads);
    }

    public GeneratorConfig withThreads(int t) {
        return new GeneratorConfig(subscribers, months, seed, startMonth, t);
    }

    /** The month id of partition {@code index} (0 = startMonth). */
    public int monthId(int index) {
        int ordinal = (startMonth / 100) * 12 + startMonth % 100 - 1 + index;
        return (ordinal / 12) * 100 + ordinal % 12 + 1;
    }

    /** The last generated month. */
    public int endMonth() {
        return monthId(months - 1);
    }
}
