package io.subcube.cli;

/** A command line the command cannot accept; reported with the command's usage and exit code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
