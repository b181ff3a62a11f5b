package io.subcube.cli;

import java.util.List;

/** A command of the contract that a later release implements; it says so instead of pretending. */
public final class LaterCommand implements Command {

    private final String name;
    private final String summary;
    private final String synopsis;

    public LaterCommand(String name, String summary, String synopsis) {
        this.name = name;
        this.summary = summary;
        this.synopsis = synopsis;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary + " (not available yet)";
    }

    @Override
    public String usage() {
        return "usage: subcube " + name + " " + synopsis + "\n\n" + summary + ".\nNot available yet: coming in a later release.\n";
    }

    @Override
    public int run(List<String> args, CliContext context) throws HelpRequested {
        if (args.contains("--help") || args.contains("-h")) {
            throw new HelpRequested();
        }
        context.err().println("not available yet: " + name + " (coming in a later release)");
        return ExitCodes.USAGE;
    }
}
