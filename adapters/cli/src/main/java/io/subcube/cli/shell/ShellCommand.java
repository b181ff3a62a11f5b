package io.subcube.cli.shell;

import io.subcube.cli.CliContext;
import io.subcube.cli.Command;
import io.subcube.cli.ErrorReporter;
import io.subcube.cli.HelpRequested;
import io.subcube.cli.Options;
import io.subcube.cli.UsageException;
import io.subcube.cli.format.OutputFormat;
import io.subcube.cli.format.ResultPrinter;
import io.subcube.cli.sql.DataDirOption;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@code subcube shell}: the interactive SQL shell (or statements from stdin when it is not a terminal). */
public final class ShellCommand implements Command {

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public String summary() {
        return "interactive SQL shell";
    }

    @Override
    public String usage() {
        return """
                usage: subcube shell [--data DIR]

                An SQL shell with line editing and history (~/.subcube_history). Statements end with ';'
                and may span lines. When standard input is not a terminal, statements are read from it
                (e.g. echo "select 1;" | subcube shell) and the exit code is 1 if any failed.

                  --data DIR   a dataset directory written by 'subcube generate'
                               (default: the built-in dataset, generated in memory)

                Dot commands:
                """ + DotCommands.HELP.indent(2);
    }

    @Override
    public int run(List<String> args, CliContext context)
            throws UsageException, HelpRequested, SQLException, IOException {
        Options options = Options.of(name()).valued(DataDirOption.NAME).parse(args);
        Optional<Path> dataDir = DataDirOption.from(options);
        if (context.interactive() && dataDir.isEmpty()) {
            context.err().println("Generating the default dataset (a few seconds)...");
        }
        try (Connection connection = context.connections().open(dataDir)) {
            return run(connection, context);
        }
    }

    /** Runs a shell on an open connection (also the end of the demo). */
    public static int run(Connection connection, CliContext context) throws IOException {
        ResultPrinter printer = new ResultPrinter(context.out(), OutputFormat.TABLE, true)
                .separateResults(!context.interactive());
        try (LineSource lines = context.interactive()
                ? JLineSource.open(context.historyFile())
                : new StreamLineSource(context.in())) {
            return new Shell(connection, lines, printer, context.out(), ErrorReporter.of(context),
                    context.interactive()).run();
        }
    }
}
