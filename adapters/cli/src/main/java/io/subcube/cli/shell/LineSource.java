package io.subcube.cli.shell;

import java.io.Closeable;
import java.io.IOException;

/** Where the shell's lines come from: a line editor at a terminal, or a plain stream. */
public interface LineSource extends Closeable {

    /**
     * Reads one line.
     *
     * @param prompt shown only at a terminal
     * @return the line without its end, or null at the end of input
     * @throws Interrupted when the user pressed Ctrl-C while typing
     */
    String readLine(String prompt) throws IOException;

    /**
     * While the returned handle is open, Ctrl-C runs the action (cancelling the running statement) instead of
     * ending the process.
     */
    default Closeable onInterrupt(Runnable action) {
        return () -> { };
    }

    @Override
    default void close() throws IOException {
    }

    /** Ctrl-C while editing a line: the shell drops the statement being typed. */
    final class Interrupted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Interrupted() {
            super(null, null, false, false);
        }
    }
}
