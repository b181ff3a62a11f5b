package io.subcube.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of its process: streams, how to connect, whether a person is at a terminal, the
 * environment. Tests build one around byte streams and DuckDB.
 *
 * @param in               standard input (statements for a non-interactive shell, {@code -f -})
 * @param out              results
 * @param err              messages, errors and progress
 * @param connections      how to open the dataset
 * @param interactive      stdin and stdout are a terminal: the shell uses line editing, demo opens the shell
 * @param stderrIsTerminal progress bars are drawn
 * @param env              environment variables (SUBCUBE_DEBUG)
 * @param historyFile      where the interactive shell keeps its history
 */
public record CliContext(InputStream in, PrintStream out, PrintStream err, ConnectionFactory connections,
                         boolean interactive, boolean stderrIsTerminal, Map<String, String> env,
                         Path historyFile) {

    /** The process's own streams, the Subcube driver and terminal detection. */
    public static CliContext system() {
        // Explicit UTF-8: on JDK 17 the default follows the locale and would print Chinese names as '?'.
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new CliContext(System.in, out, err, ConnectionFactory.subcube(), Terminals.interactive(),
                Terminals.stderrIsTerminal(), System.getenv(), homeDirectory().resolve(".subcube_history"));
    }

    // $HOME first, as shells and other command-line tools do; Java's user.home comes from the password file.
    private static Path homeDirectory() {
        String home = System.getenv("HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }

    /** SUBCUBE_DEBUG=1 shows stack traces with errors. */
    public boolean debug() {
        String flag = env.get("SUBCUBE_DEBUG");
        return flag != null && !flag.isEmpty() && !flag.equals("0") && !flag.equalsIgnoreCase("false");
    }

    /** The same context with another connection factory (e.g. DuckDB in tests). */
    public CliContext withConnections(ConnectionFactory factory) {
        return new CliContext(in, out, err, factory, interactive, stderrIsTerminal, env, historyFile);
    }
}
