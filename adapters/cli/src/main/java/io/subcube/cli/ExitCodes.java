package io.subcube.cli;

/** Process exit codes of the subcube command. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A statement, file or generation failed. */
    public static final int FAILURE = 1;
    /** The command line was wrong: unknown command or option, bad or missing value. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
