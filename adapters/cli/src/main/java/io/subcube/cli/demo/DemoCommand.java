package io.subcube.cli.demo;

import io.subcube.cli.CliContext;
import io.subcube.cli.Command;
import io.subcube.cli.ErrorReporter;
import io.subcube.cli.ExitCodes;
import io.subcube.cli.HelpRequested;
import io.subcube.cli.Options;
import io.subcube.cli.UsageException;
import io.subcube.cli.format.Durations;
import io.subcube.cli.format.OutputFormat;
import io.subcube.cli.format.ResultPrinter;
import io.subcube.cli.shell.ShellCommand;
import io.subcube.cli.sql.StatementRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code subcube demo}: builds the default dataset, prints the tour with timings, then opens the shell at a
 * terminal. A failing section is reported and the tour goes on; the exit code then says so.
 */
public final class DemoCommand implements Command {

    private final List<TourSection> tour;

    public DemoCommand() {
        this(Tour.builtIn());
    }

    /** A demo with another tour (tests). */
    public DemoCommand(List<TourSection> tour) {
        this.tour = List.copyOf(tour);
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "a guided tour of the built-in dataset, then the shell";
    }

    @Override
    public String usage() {
        return """
                usage: subcube demo

                Generates the built-in dataset in memory, prints a short tour with timings (tables and
                memory per row, a KPI drill-down province -> city -> county -> grid, the top counties,
                month-over-month change), then opens the SQL shell when run at a terminal.
                """;
    }

    @Override
    public int run(List<String> args, CliContext context)
            throws UsageException, HelpRequested, SQLException, IOException {
        Options.of(name()).parse(args);
        PrintStream out = context.out();
        out.println("Subcube demo: generating the built-in dataset in memory...");
        out.flush();
        long start = System.nanoTime();
        try (Connection connection = context.connections().open(Optional.empty())) {
            out.println("Dataset ready in " + Durations.since(start) + ".");
            int failures = tour(connection, context);
            if (context.interactive()) {
                out.println();
                out.println("Try your own queries; the tour's SQL is in " + Tour.RESOURCE + " of the cli module.");
                return ShellCommand.run(connection, context);
            }
            return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    private int tour(Connection connection, CliContext context) {
        PrintStream out = context.out();
        ErrorReporter errors = ErrorReporter.of(context);
        int failures = 0;
        for (TourSection section : tour) {
            out.println();
            out.println("== " + section.title());
            out.flush();
            // A printer per section: results of one section are separated, the title is not.
            StatementRunner runner = new StatementRunner(connection, new ResultPrinter(out, OutputFormat.TABLE, true));
            for (String statement : section.statements()) {
                try {
                    runner.run(statement);
                } catch (SQLException | RuntimeException e) {
                    out.flush();
                    errors.report(e);
                    failures++;
                }
            }
        }
        out.flush();
        return failures;
    }
}
