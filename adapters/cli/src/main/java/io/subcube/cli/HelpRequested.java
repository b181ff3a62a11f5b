package io.subcube.cli;

/** Thrown by option parsing when the user asked for a command's help (--help, -h). */
public final class HelpRequested extends Exception {

    private static final long serialVersionUID = 1L;

    public HelpRequested() {
        super(null, null, false, false);
    }
}
