package io.subcube.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command: declared names taking a value ({@code --out DIR} or {@code --out=DIR}) and
 * flags; anything else, a repeated option or a missing value is a usage error that names the option.
 */
public final class Options {

    private final String command;
    private final Set<String> valued = new HashSet<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flagsSeen = new HashSet<>();

    private Options(String command) {
        this.command = command;
    }

    /** Starts the option declarations of a command. */
    public static Options of(String command) {
        return new Options(command);
    }

    /** Declares options that take a value. */
    public Options valued(String... names) {
        valued.addAll(List.of(names));
        return this;
    }

    /** Declares options without a value. */
    public Options flags(String... names) {
        flags.addAll(List.of(names));
        return this;
    }

    /** Parses the arguments; positional arguments are not accepted. */
    public Options parse(List<String> args) throws UsageException, HelpRequested {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new HelpRequested();
            }
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            if (valued.contains(name)) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (values.putIfAbsent(name, value) != null) {
                    throw new UsageException("option " + name + " given more than once");
                }
            } else if (flags.contains(name) && inline == null) {
                flagsSeen.add(name);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option for " + command + ": " + name);
            } else {
                positional.add(arg);
            }
        }
        if (!positional.isEmpty()) {
            throw new UsageException("unexpected argument for " + command + ": " + positional.get(0));
        }
        return this;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name) || flagsSeen.contains(name);
    }

    /** A required value. */
    public String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing option " + name);
        }
        return value;
    }

    /** A value that must be an integer ≥ 1, or the default when the option is absent. */
    public long positiveLong(String name, long defaultValue) throws UsageException {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " needs a whole number, not '" + text + "'");
        }
        if (value <= 0) {
            throw new UsageException("option " + name + " must be at least 1, not " + value);
        }
        return value;
    }

    /** As {@link #positiveLong} within the int range. */
    public int positiveInt(String name, int defaultValue) throws UsageException {
        long value = positiveLong(name, defaultValue);
        if (value > Integer.MAX_VALUE) {
            throw new UsageException("option " + name + " is too large: " + value);
        }
        return (int) value;
    }

    /** Any long, or the default when absent (seeds may be zero or negative). */
    public long anyLong(String name, long defaultValue) throws UsageException {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " needs a whole number, not '" + text + "'");
        }
    }
}
