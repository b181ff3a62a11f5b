package io.subcube.cli;

import java.io.PrintStream;

/** Prints failures as "error: message" on stderr; stack traces only with SUBCUBE_DEBUG=1. */
public final class ErrorReporter {

    private final PrintStream err;
    private final boolean debug;

    public ErrorReporter(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    public static ErrorReporter of(CliContext context) {
        return new ErrorReporter(context.err(), context.debug());
    }

    public void report(Throwable error) {
        String message = ErrorMessages.of(error);
        err.println("error: " + message);
        if (debug) {
            error.printStackTrace(err);
        } else if (message.startsWith(ErrorMessages.INTERNAL)) {
            err.println("(run with SUBCUBE_DEBUG=1 to see the stack trace)");
        }
        if (error instanceof OutOfMemoryError) {
            err.println("(the launcher sizes the heap to 75% of memory; SUBCUBE_JAVA_OPTS=-Xmx<size> overrides it)");
        }
        err.flush();
    }

    /** A plain message in the same form, for failures that are not exceptions. */
    public void report(String message) {
        err.println("error: " + message);
        err.flush();
    }
}
