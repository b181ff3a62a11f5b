package io.subcube.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link Main} in-process with captured streams, a chosen connection factory and terminal flags. */
public final class CliHarness {

    private ConnectionFactory connections = DuckDb.empty();
    private String stdin = "";
    private boolean interactive;
    private boolean stderrTerminal;
    private final Map<String, String> env = new HashMap<>();
    private List<Command> commands;

    public CliHarness connections(ConnectionFactory factory) {
        this.connections = factory;
        return this;
    }

    public CliHarness stdin(String text) {
        this.stdin = text;
        return this;
    }

    public CliHarness stderrTerminal(boolean on) {
        this.stderrTerminal = on;
        return this;
    }

    public CliHarness env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Replaces the command list (e.g. a demo with a test tour). */
    public CliHarness commands(List<Command> list) {
        this.commands = list;
        return this;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                outStream, errStream, connections, interactive, stderrTerminal, Map.copyOf(env),
                Path.of("target", "test-history"));
        Main main = commands == null ? new Main(context) : new Main(context, commands);
        int code = main.run(args);
        outStream.flush();
        errStream.flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
