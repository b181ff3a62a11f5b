package io.subcube.cli.format;

import java.util.Locale;

/** Elapsed times as people read them: "12 ms", "6.2 s", "2 min 05 s". */
public final class Durations {

    private Durations() {
    }

    public static String format(long nanos) {
        long millis = Math.max(0, nanos) / 1_000_000;
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    /** Milliseconds since a System.nanoTime() reading, formatted. */
    public static String since(long startNanos) {
        return format(System.nanoTime() - startNanos);
    }
}
