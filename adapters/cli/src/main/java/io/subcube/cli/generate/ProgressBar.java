package io.subcube.cli.generate;

import io.subcube.cli.format.Durations;
import io.subcube.datasets.batch.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on a terminal's stderr, redrawn in place at most ten times a second and erased
 * when closed so that the summary starts on a clean line. Safe to update from several threads.
 */
public final class ProgressBar implements Progress, AutoCloseable {

    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final String label;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int lastLength;

    public ProgressBar(PrintStream err, String label) {
        this(err, label, System::nanoTime);
    }

    ProgressBar(PrintStream err, String label, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = clock.getAsLong();
        boolean finished = total > 0 && done >= total;
        if (!finished && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(line(done, total, now - start));
    }

    /** The text of the bar, e.g. "generating [#########.....]  45%  3.2 s, about 4 s left". */
    static String line(long done, long total, long elapsedNanos) {
        double fraction = total <= 0 ? 0 : Math.min(1, Math.max(0, (double) done / total));
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        StringBuilder text = new StringBuilder()
                .append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ")
                .append(String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100)))
                .append("  ").append(Durations.format(elapsedNanos));
        // An estimate is noise until a little work has been timed.
        if (fraction > 0.02 && fraction < 1 && elapsedNanos > 1_000_000_000L) {
            long remaining = (long) (elapsedNanos * (1 - fraction) / fraction);
            text.append(", about ").append(Durations.format(remaining)).append(" left");
        }
        return text.toString();
    }

    private void draw(String bar) {
        String text = label + " " + bar;
        // Spaces erase what a longer previous line left behind.
        err.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        err.flush();
        lastLength = text.length();
    }

    @Override
    public synchronized void close() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
