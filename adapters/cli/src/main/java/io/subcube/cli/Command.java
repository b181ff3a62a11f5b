package io.subcube.cli;

import java.util.List;

/** One subcommand of {@code subcube}. */
public interface Command {

    /** The word that selects the command. */
    String name();

    /** One line for the command list. */
    String summary();

    /** The full help text, starting with a "usage:" line. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @return the exit code
     * @throws UsageException for a bad command line (exit 2)
     * @throws HelpRequested when the arguments ask for help
     * @throws Exception anything else is reported as "error: message" (exit 1)
     */
    int run(List<String> args, CliContext context) throws Exception;
}
