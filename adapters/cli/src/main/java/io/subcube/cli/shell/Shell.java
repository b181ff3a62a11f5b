package io.subcube.cli.shell;

import io.subcube.cli.ErrorReporter;
import io.subcube.cli.format.ResultPrinter;
import io.subcube.cli.sql.StatementRunner;
import io.subcube.cli.sql.StatementSplitter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL shell: reads lines, runs each statement when its ';' arrives, handles dot commands at the start of
 * a statement. Errors are reported and the shell goes on; without a terminal the exit code says whether any
 * statement failed.
 */
public final class Shell {

    static final String PROMPT = "subcube> ";
    static final String CONTINUATION_PROMPT = "    ...> ";

    private final LineSource lines;
    private final PrintStream out;
    private final ErrorReporter errors;
    private final boolean interactive;
    private final StatementRunner runner;
    private final DotCommands dots;

    public Shell(Connection connection, LineSource lines, ResultPrinter printer, PrintStream out,
                 ErrorReporter errors, boolean interactive) {
        this.lines = lines;
        this.out = out;
        this.errors = errors;
        this.interactive = interactive;
        this.runner = new StatementRunner(connection, printer);
        this.dots = new DotCommands(connection, printer, out, errors);
    }

    /** Runs until .quit or the end of input; returns the exit code. */
    public int run() throws IOException {
        if (interactive) {
            out.println("Subcube SQL shell: statements end with ';', .help lists the commands, .quit leaves.");
            out.flush();
        }
        StatementSplitter splitter = new StatementSplitter();
        int failures = 0;
        while (true) {
            String line;
            try {
                line = lines.readLine(splitter.atStatementStart() ? PROMPT : CONTINUATION_PROMPT);
            } catch (LineSource.Interrupted e) {
                splitter.reset();
                continue;
            }
            if (line == null) {
                break;
            }
            if (splitter.atStatementStart() && line.strip().startsWith(".")) {
                // Comment lines typed before the dot command are dropped with it.
                splitter.reset();
                DotCommands.Outcome outcome = dots.execute(line);
                if (outcome == DotCommands.Outcome.QUIT) {
                    return exitCode(failures);
                }
                failures += outcome == DotCommands.Outcome.FAILED ? 1 : 0;
                continue;
            }
            for (String statement : splitter.add(line + "\n")) {
                failures += execute(statement) ? 0 : 1;
            }
        }
        // A last statement without ';' at the end of piped input still runs.
        if (splitter.finish().map(this::execute).orElse(true)) {
            return exitCode(failures);
        }
        return exitCode(failures + 1);
    }

    private boolean execute(String statement) {
        Closeable cancelOnCtrlC = lines.onInterrupt(runner::cancel);
        try {
            runner.run(statement);
            return true;
        } catch (SQLException | RuntimeException e) {
            out.flush();
            errors.report(e);
            return false;
        } finally {
            try {
                cancelOnCtrlC.close();
            } catch (IOException e) {
                // Restoring the terminal's Ctrl-C handler failed; nothing the user can act on.
            }
        }
    }

    // At a terminal the person has seen each error; a script needs the exit code to know.
    private int exitCode(int failures) {
        return interactive || failures == 0 ? 0 : 1;
    }
}
