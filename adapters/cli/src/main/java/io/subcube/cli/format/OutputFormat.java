package io.subcube.cli.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output modes of sql, shell and demo. */
public enum OutputFormat {
    TABLE,
    CSV,
    JSON;

    /** The mode named by a user (case-insensitive), if any. */
    public static Optional<OutputFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(name)).findFirst();
    }

    /** The name users type. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "table, csv or json", for messages. */
    public static String choices() {
        String all = Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
