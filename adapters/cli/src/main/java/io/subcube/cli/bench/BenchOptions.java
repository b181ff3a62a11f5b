package io.subcube.cli.bench;

import io.subcube.benchmarks.run.BenchSettings;
import io.subcube.benchmarks.workload.Workload;
import io.subcube.cli.HelpRequested;
import io.subcube.cli.Options;
import io.subcube.cli.UsageException;
import io.subcube.datasets.generator.GeneratorConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of {@code subcube bench} turned into settings: {@code --quick} picks the small preset
 * (size, calls, budget), any explicit option overrides the preset.
 *
 * @param settings what to run
 * @param out      where the report files go
 */
record BenchOptions(BenchSettings settings, Path out) {

    static final String QUICK = "--quick";
    static final String SUBSCRIBERS = "--subscribers";
    static final String MONTHS = "--months";
    static final String THREADS = "--threads";
    static final String OUT = "--out";
    static final String WARMUP = "--warmup";
    static final String WARMUP_MS = "--warmup-ms";
    static final String RUNS = "--runs";
    static final String BUDGET = "--budget";
    static final String QUERIES = "--queries";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    static BenchOptions parse(List<String> args, LocalDateTime now) throws UsageException, HelpRequested {
        Options options = Options.of("bench").flags(QUICK)
                .valued(SUBSCRIBERS, MONTHS, THREADS, OUT, WARMUP, WARMUP_MS, RUNS, BUDGET, QUERIES).parse(args);
        boolean quick = options.has(QUICK);
        GeneratorConfig defaults = GeneratorConfig.defaults();
        long subscribers = options.positiveLong(SUBSCRIBERS,
                quick ? BenchSettings.QUICK_SUBSCRIBERS : BenchSettings.DEFAULT_SUBSCRIBERS);
        int months = options.positiveInt(MONTHS, BenchSettings.DEFAULT_MONTHS);
        int threads = options.positiveInt(THREADS, defaults.threads());
        int warmups = nonNegativeInt(options, WARMUP, quick ? BenchSettings.QUICK_WARMUPS : BenchSettings.DEFAULT_WARMUPS);
        long warmupMillis = nonNegativeInt(options, WARMUP_MS,
                (int) (quick ? BenchSettings.QUICK_WARMUP_MILLIS : BenchSettings.DEFAULT_WARMUP_MILLIS));
        int runs = options.positiveInt(RUNS, quick ? BenchSettings.QUICK_RUNS : BenchSettings.DEFAULT_RUNS);
        long budgetSeconds = nonNegativeInt(options, BUDGET,
                (int) ((quick ? BenchSettings.QUICK_BUDGET_MILLIS : BenchSettings.DEFAULT_BUDGET_MILLIS) / 1000));
        List<String> queries = options.value(QUERIES)
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        if (options.value(QUERIES).isPresent() && queries.isEmpty()) {
            throw new UsageException("option " + QUERIES + " needs query names, e.g. Q1_matrix_cell,Q3_drill_city");
        }
        GeneratorConfig data;
        try {
            data = defaults.withSubscribers(subscribers).withMonths(months).withThreads(threads);
        } catch (IllegalArgumentException e) {
            // The config's own range checks name the option.
            throw new UsageException(e.getMessage());
        }
        try {
            Workload.forData(data.startMonth(), data.months()).only(queries);
        } catch (IllegalArgumentException e) {
            throw new UsageException("option " + QUERIES + ": " + e.getMessage());
        }
        Path out = outputDirectory(options.value(OUT).orElse(Path.of("target", "bench", STAMP.format(now)).toString()));
        return new BenchOptions(new BenchSettings(data, warmups, warmupMillis, runs, budgetSeconds * 1000, queries), out);
    }

    /** A whole number of 0 or more (no warm-up, no budget), or the default when absent. */
    private static int nonNegativeInt(Options options, String name, int defaultValue) throws UsageException {
        long value = options.anyLong(name, defaultValue);
        if (value < 0) {
            throw new UsageException("option " + name + " must be 0 or more, not " + value);
        }
        if (value > Integer.MAX_VALUE) {
            throw new UsageException("option " + name + " is too large: " + value);
        }
        return (int) value;
    }

    private static Path outputDirectory(String text) throws UsageException {
        if (text.isBlank()) {
            throw new UsageException("option " + OUT + " needs a directory");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("option " + OUT + ": not a valid path: " + text);
        }
    }
}
