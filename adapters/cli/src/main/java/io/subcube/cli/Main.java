package io.subcube.cli;

import io.subcube.cli.bench.BenchCommand;
import io.subcube.cli.demo.DemoCommand;
import io.subcube.cli.generate.GenerateCommand;
import io.subcube.cli.shell.ShellCommand;
import io.subcube.cli.sql.SqlCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code subcube} command: picks a subcommand, runs it and turns its outcome into an exit code. */
public final class Main {

    private final CliContext context;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main(CliContext context) {
        this(context, List.of(new DemoCommand(), new SqlCommand(), new ShellCommand(), new GenerateCommand(),
                new LaterCommand("serve", "serve the dataset to BI tools over JDBC (Avatica)",
                        "[--data DIR] [--host 127.0.0.1] [--port 8765]"),
                new LaterCommand("load", "load CSV, Parquet or Arrow files into a data directory",
                        "--into DIR [--table T --month YYYY-MM] FILE..."),
                new BenchCommand()));
    }

    /** A command line with other commands (tests). */
    public Main(CliContext context, List<Command> commandList) {
        this.context = context;
        commandList.forEach(c -> commands.put(c.name(), c));
    }

    public static void main(String[] args) {
        CliContext context = CliContext.system();
        // Failures on worker threads get the same one-line report as the command's own.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> ErrorReporter.of(context).report(error));
        int code = new Main(context).run(args);
        context.out().flush();
        context.err().flush();
        System.exit(code);
    }

    /** Runs one command line and returns the exit code; never exits the JVM. */
    public int run(String... args) {
        if (args.length == 0) {
            printUsage(context.err());
            return ExitCodes.USAGE;
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            return help(rest);
        }
        Command command = commands.get(name);
        if (command == null) {
            context.err().println("error: unknown command: " + name);
            printUsage(context.err());
            return ExitCodes.USAGE;
        }
        try {
            return command.run(rest, context);
        } catch (HelpRequested e) {
            context.out().print(command.usage());
            return ExitCodes.OK;
        } catch (UsageException e) {
            context.out().flush();
            context.err().println("error: " + e.getMessage());
            context.err().println(command.usage().lines().findFirst().orElse(""));
            context.err().println("(subcube " + name + " --help for details)");
            return ExitCodes.USAGE;
        } catch (Exception | Error e) {
            // Out of memory, a missing class: still one line that says what happened, no stack trace.
            context.out().flush();
            ErrorReporter.of(context).report(e);
            return ExitCodes.FAILURE;
        } finally {
            context.out().flush();
        }
    }

    private int help(List<String> topics) {
        if (topics.isEmpty()) {
            printUsage(context.out());
            return ExitCodes.OK;
        }
        Command command = commands.get(topics.get(0));
        if (command == null) {
            context.err().println("error: unknown command: " + topics.get(0));
            printUsage(context.err());
            return ExitCodes.USAGE;
        }
        context.out().print(command.usage());
        return ExitCodes.OK;
    }

    private void printUsage(PrintStream stream) {
        stream.println("usage: subcube <command> [options]");
        stream.println();
        stream.println("Commands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Command command : commands.values()) {
            stream.println("  " + command.name() + " ".repeat(width - command.name().length() + 3) + command.summary());
        }
        stream.println();
        stream.println("subcube help <command> (or subcube <command> --help) shows a command's options.");
        stream.println("Without --data, commands use the built-in dataset (generated in memory, deterministic).");
        stream.flush();
    }
}
