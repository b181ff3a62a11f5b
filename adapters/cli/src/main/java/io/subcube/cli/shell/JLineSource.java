package io.subcube.cli.shell;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Lines from a terminal through JLine: editing, and history persisted in a file. */
public final class JLineSource implements LineSource {

    private final Terminal terminal;
    private final LineReader reader;

    private JLineSource(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** Opens the process's terminal. */
    public static JLineSource open(Path historyFile) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).name("subcube").build();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("subcube")
                .parser(new SqlLineParser())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, Shell.CONTINUATION_PROMPT)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                // '!' is SQL (!=), not history expansion; indented lines are statements worth keeping.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
        return new JLineSource(terminal, reader);
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public Closeable onInterrupt(Runnable action) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> action.run());
        return () -> terminal.handle(Terminal.Signal.INT, previous);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.getHistory().save();
        } finally {
            terminal.close();
        }
    }
}
