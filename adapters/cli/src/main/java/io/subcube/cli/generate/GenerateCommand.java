package io.subcube.cli.generate;

import io.subcube.cli.CliContext;
import io.subcube.cli.Command;
import io.subcube.cli.ExitCodes;
import io.subcube.cli.HelpRequested;
import io.subcube.cli.Options;
import io.subcube.cli.UsageException;
import io.subcube.cli.format.Column;
import io.subcube.cli.format.ColumnKind;
import io.subcube.cli.format.Durations;
import io.subcube.cli.format.ListCursor;
import io.subcube.cli.format.Sizes;
import io.subcube.cli.format.TableRenderer;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import io.subcube.datasets.csv.DatasetFormatException;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/** {@code subcube generate}: writes a deterministic synthetic dataset to a directory, then summarises it. */
public final class GenerateCommand implements Command {

    private static final String OUT = "--out";
    private static final String SUBSCRIBERS = "--subscribers";
    private static final String MONTHS = "--months";
    private static final String SEED = "--seed";
    private static final String START_MONTH = "--start-month";
    private static final String FORMAT = "--format";
    private static final String THREADS = "--threads";

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a synthetic dataset to a directory";
    }

    @Override
    public String usage() {
        GeneratorConfig defaults = GeneratorConfig.defaults();
        return """
                usage: subcube generate --subscribers N --months M [--seed S] --out DIR [--format csv] [--threads T]

                Writes the tables of DOMAIN.md §B2 for N subscribers over M months to DIR as CSV files
                with a manifest.
                The same N, M, seed and start month always give the same rows, whatever the thread count.

                  --subscribers N       active subscribers in the first month (default %d)
                  --months M            monthly partitions (default %d)
                  --seed S              random seed (default %d)
                  --start-month YYYYMM  first month (default %d)
                  --out DIR             the directory to write: new, empty, or an earlier dataset (replaced)
                  --format FMT          csv (arrow comes in a later release)
                  --threads T           worker threads (default: %d, the number of processors)
                """.formatted(defaults.subscribers(), defaults.months(), defaults.seed(), defaults.startMonth(),
                defaults.threads());
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Options options = Options.of(name())
                .valued(OUT, SUBSCRIBERS, MONTHS, SEED, START_MONTH, FORMAT, THREADS).parse(args);
        GeneratorConfig config = configOf(options);
        checkFormat(options);
        Path out = outputDirectory(options.required(OUT));

        long start = System.nanoTime();
        CsvDatasetWriter writer;
        try {
            writer = new CsvDatasetWriter(out);
        } catch (DatasetFormatException e) {
            // The writer refuses directories holding anything but an earlier Subcube dataset.
            throw new UsageException("option " + OUT + ": " + e.getMessage());
        }
        CountingSink sink = new CountingSink(writer);
        try (ProgressBar bar = context.stderrIsTerminal() ? new ProgressBar(context.err(), "generating") : null) {
            DatasetGenerator.generate(config, sink, bar == null ? Progress.NONE : bar);
        }
        writer.writeManifest(config);
        printSummary(context.out(), out, config, sink, System.nanoTime() - start);
        return ExitCodes.OK;
    }

    private static GeneratorConfig configOf(Options options) throws UsageException {
        GeneratorConfig defaults = GeneratorConfig.defaults();
        long subscribers = options.positiveLong(SUBSCRIBERS, defaults.subscribers());
        int months = options.positiveInt(MONTHS, defaults.months());
        long seed = options.anyLong(SEED, defaults.seed());
        int startMonth = options.positiveInt(START_MONTH, defaults.startMonth());
        int threads = options.positiveInt(THREADS, defaults.threads());
        try {
            return new GeneratorConfig(subscribers, months, seed, startMonth, threads);
        } catch (IllegalArgumentException e) {
            // The config's own range checks name the option.
            throw new UsageException(e.getMessage());
        }
    }

    private static void checkFormat(Options options) throws UsageException {
        String format = options.value(FORMAT).orElse("csv");
        if (format.equalsIgnoreCase("arrow")) {
            throw new UsageException("option " + FORMAT + " arrow is not available yet (coming in a later release); use csv");
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new UsageException("option " + FORMAT + " must be csv, not '" + format + "'");
        }
    }

    private static Path outputDirectory(String text) throws UsageException {
        Path dir;
        try {
            dir = Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("option " + OUT + ": not a valid path: " + text);
        }
        if (text.isBlank()) {
            throw new UsageException("option " + OUT + " needs a directory");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("option " + OUT + ": not a directory: " + dir);
        }
        return dir;
    }

    private static void printSummary(PrintStream out, Path dir, GeneratorConfig config, CountingSink sink,
                                     long elapsedNanos) throws IOException {
        ListCursor tables = new ListCursor(List.of(Column.of("table", ColumnKind.TEXT),
                Column.of("rows", ColumnKind.NUMBER), Column.of("partitions", ColumnKind.NUMBER)));
        long totalRows = 0;
        for (TableDef table : SubcubeSchema.tables()) {
            if (sink.wrote(table.name())) {
                tables.add(table.name(), sink.rows(table.name()), sink.partitions(table.name()));
                totalRows += sink.rows(table.name());
            }
        }
        long files;
        long bytes;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> regular = walk.filter(Files::isRegularFile).toList();
            files = regular.size();
            long sum = 0;
            for (Path file : regular) {
                sum += Files.size(file);
            }
            bytes = sum;
        }
        out.printf("Generated %,d subscribers x %d %s (seed %d) into %s%n", config.subscribers(), config.months(),
                config.months() == 1 ? "month" : "months", config.seed(), dir);
        try {
            TableRenderer.read(tables).print(out);
        } catch (SQLException e) {
            throw new IllegalStateException(e); // an in-memory cursor does not fail
        }
        out.printf("%d tables, %,d rows, %d files, %s in %s%n", tables.size(), totalRows, files,
                Sizes.format(bytes), Durations.format(elapsedNanos));
        out.flush();
    }
}
