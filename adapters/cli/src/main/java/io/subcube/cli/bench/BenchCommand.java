package io.subcube.cli.bench;

import io.subcube.benchmarks.run.BenchReport;
import io.subcube.benchmarks.run.BenchRun;
import io.subcube.benchmarks.run.BenchSettings;
import io.subcube.cli.CliContext;
import io.subcube.cli.Command;
import io.subcube.cli.ExitCodes;
import io.subcube.cli.UsageException;
import io.subcube.cli.format.Durations;
import io.subcube.cli.generate.ProgressBar;
import io.subcube.datasets.batch.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code subcube bench}: loads the same data into Subcube and into DuckDB in this JVM, checks that both answer
 * every workload query alike, times both forms of each, prints the ratio table and the load and memory table,
 * and writes them (CSV, JSON, an SVG chart) under {@code --out}.
 */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "run the benchmark workload side by side with DuckDB";
    }

    @Override
    public String usage() {
        return """
                usage: subcube bench [--quick] [--subscribers N] [--months M] [--threads T] [--out DIR]
                                     [--warmup N] [--warmup-ms MS] [--runs N] [--budget S]
                                     [--queries Q1,Q2,...]

                Generates a dataset into Subcube, copies every table into DuckDB in the same JVM (ENUM
                dimensions, CHECKPOINT, same threads, the §B3 functions as UDFs), checks that both engines
                return the same rows for every query of the workload (DOMAIN.md §B4 and a scored month), then
                times each query prepared and ad hoc on both and prints the ratio Subcube/DuckDB (below 1:
                Subcube is faster), with load time and memory per row. A disagreement stops the run (exit 1).

                  --quick          %,d subscribers, %d warm-up calls and %d ms, %d timed calls, %d s budget
                  --subscribers N  subscribers (default %,d; x 10 months = the 10 M-row benchmark)
                  --months M       months (default %d)
                  --threads T      threads for both engines (default: %d, the number of processors)
                  --out DIR        where to write queries.csv/json, load.csv/json, ratios.svg, report.txt
                                   (default target/bench/<date-time>)
                  --warmup N       checked warm-up calls per query form and engine (default %d)
                  --warmup-ms MS   then each engine alone calls the query form for MS milliseconds, so
                                   that timed calls run JIT-compiled code, as in a long-running JVM
                                   (default %d)
                  --runs N         timed calls per query form and engine (default %d)
                  --budget S       a slow query form stops after S seconds of calls, once it has %d timed
                                   calls (default %d; 0 = no budget)
                  --queries LIST   only these queries, e.g. Q1_matrix_cell,Q3_drill_city
                """.formatted(BenchSettings.QUICK_SUBSCRIBERS, BenchSettings.QUICK_WARMUPS,
                BenchSettings.QUICK_WARMUP_MILLIS, BenchSettings.QUICK_RUNS,
                BenchSettings.QUICK_BUDGET_MILLIS / 1000, BenchSettings.DEFAULT_SUBSCRIBERS,
                BenchSettings.DEFAULT_MONTHS, Runtime.getRuntime().availableProcessors(),
                BenchSettings.DEFAULT_WARMUPS, BenchSettings.DEFAULT_WARMUP_MILLIS, BenchSettings.DEFAULT_RUNS,
                BenchSettings.MIN_RUNS, BenchSettings.DEFAULT_BUDGET_MILLIS / 1000);
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        BenchOptions options = BenchOptions.parse(args, LocalDateTime.now());
        prepareOutput(options.out());
        BenchReport report;
        try (Listener listener = new Listener(context)) {
            report = BenchRun.run(options.settings(), listener);
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (PrintStream copy = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            ReportText.print(report, copy);
        }
        String printed = text.toString(StandardCharsets.UTF_8);
        context.out().print(printed);
        ReportFiles.write(report, printed, options.out());
        context.out().printf("wrote %s to %s (run took %s)%n", String.join(", ", ReportFiles.NAMES), options.out(),
                Durations.format(report.elapsedMillis() * 1_000_000));
        context.out().flush();
        return ExitCodes.OK;
    }

    /** Fails before minutes of work when the report could not be written. */
    private static void prepareOutput(Path out) throws UsageException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("option " + BenchOptions.OUT + ": not a directory: " + out);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UsageException("option " + BenchOptions.OUT + ": cannot create " + out + ": " + e.getMessage());
        }
    }

    /** Phases and a progress bar on stderr, only when it is a terminal (the CLI is quiet otherwise). */
    private static final class Listener implements BenchRun.Listener, AutoCloseable {
        private final CliContext context;
        private ProgressBar bar;

        Listener(CliContext context) {
            this.context = context;
        }

        @Override
        public void phase(String description) {
            if (context.stderrIsTerminal()) {
                context.err().println(description + " ...");
            }
        }

        @Override
        public Progress queries() {
            if (!context.stderrIsTerminal()) {
                return Progress.NONE;
            }
            bar = new ProgressBar(context.err(), "queries");
            return bar;
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
