package io.subcube.cli.sql;

import io.subcube.cli.CliContext;
import io.subcube.cli.Command;
import io.subcube.cli.ErrorReporter;
import io.subcube.cli.ExitCodes;
import io.subcube.cli.HelpRequested;
import io.subcube.cli.Options;
import io.subcube.cli.UsageException;
import io.subcube.cli.format.OutputFormat;
import io.subcube.cli.format.ResultPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@code subcube sql}: runs the statements of -e or -f and prints their results; stops at the first error. */
public final class SqlCommand implements Command {

    private static final String FORMAT = "--format";

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public String summary() {
        return "run SQL statements and print their results";
    }

    @Override
    public String usage() {
        return """
                usage: subcube sql [--data DIR] [--format table|csv|json] (-e SQL | -f FILE)

                Runs one or more ';'-separated statements and prints each result. Stops at the first
                failing statement with "error: <message>" on stderr and exit code 1.

                  --data DIR     a dataset directory written by 'subcube generate'
                                 (default: the built-in dataset, generated in memory)
                  --format FMT   table (default: aligned, with row count and time), csv (RFC 4180)
                                 or json (an array of objects per statement)
                  -e SQL         the statements to run
                  -f FILE        a file of statements; '-' reads standard input
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, HelpRequested, SQLException {
        Options options = Options.of(name()).valued(DataDirOption.NAME, FORMAT, "-e", "-f").parse(args);
        Optional<Path> dataDir = DataDirOption.from(options);
        OutputFormat format = formatOf(options);
        List<String> statements = StatementSplitter.split(scriptOf(options, context));
        if (statements.isEmpty()) {
            throw new UsageException("no SQL statement to run");
        }
        ErrorReporter errors = ErrorReporter.of(context);
        try (Connection connection = context.connections().open(dataDir)) {
            StatementRunner runner = new StatementRunner(connection, new ResultPrinter(context.out(), format, true));
            for (String statement : statements) {
                try {
                    runner.run(statement);
                } catch (SQLException | RuntimeException e) {
                    context.out().flush();
                    errors.report(e);
                    return ExitCodes.FAILURE;
                }
            }
        }
        return ExitCodes.OK;
    }

    private static OutputFormat formatOf(Options options) throws UsageException {
        String name = options.value(FORMAT).orElse(OutputFormat.TABLE.label());
        return OutputFormat.parse(name).orElseThrow(() -> new UsageException(
                "option " + FORMAT + " must be " + OutputFormat.choices() + ", not '" + name + "'"));
    }

    private static String scriptOf(Options options, CliContext context) throws UsageException {
        Optional<String> inline = options.value("-e");
        Optional<String> file = options.value("-f");
        if (inline.isPresent() == file.isPresent()) {
            throw new UsageException(inline.isPresent()
                    ? "give either -e SQL or -f FILE, not both" : "give the SQL to run with -e SQL or -f FILE");
        }
        if (inline.isPresent()) {
            return inline.get();
        }
        String name = file.get();
        try {
            if (name.equals("-")) {
                return new String(context.in().readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | InvalidPathException e) {
            throw new UsageException("option -f: file not found: " + name);
        } catch (IOException e) {
            throw new UsageException("option -f: cannot read " + name + ": " + e.getMessage());
        }
    }
}
