package io.subcube.cli.format;

import java.io.PrintStream;
import java.sql.SQLException;

/**
 * The one result formatter of the command line (sql, shell, demo): renders results in the current mode and,
 * in table mode, adds the row count and elapsed time.
 */
public final class ResultPrinter {

    private final PrintStream out;
    private OutputFormat format;
    private boolean timer;
    private boolean separate = true;
    private boolean printedAny;

    public ResultPrinter(PrintStream out, OutputFormat format, boolean timer) {
        this.out = out;
        this.format = format;
        this.timer = timer;
    }

    public OutputFormat format() {
        return format;
    }

    public void format(OutputFormat newFormat) {
        this.format = newFormat;
    }

    public boolean timer() {
        return timer;
    }

    public void timer(boolean on) {
        this.timer = on;
    }

    /** Whether a blank line goes between table results; off at a terminal, where prompts separate them. */
    public ResultPrinter separateResults(boolean on) {
        this.separate = on;
        return this;
    }

    /**
     * Prints a result and returns its row count.
     *
     * @param startNanos System.nanoTime() when the statement started; the time shown includes reading all rows
     */
    public long print(RowCursor cursor, long startNanos) throws SQLException {
        separate();
        long rows;
        switch (format) {
            case CSV -> rows = CsvRenderer.render(cursor, out);
            case JSON -> rows = JsonRenderer.render(cursor, out);
            default -> {
                TableRenderer.Table table = TableRenderer.read(cursor);
                long elapsed = System.nanoTime() - startNanos;
                table.print(out);
                rows = table.rowCount();
                out.println(footer(rows, rows == 1 ? "row" : "rows", elapsed));
            }
        }
        out.flush();
        return rows;
    }

    /** Reports a statement without a result set (DDL, DML): only table mode says anything. */
    public void printUpdate(long count, long startNanos) {
        if (format != OutputFormat.TABLE) {
            return;
        }
        separate();
        long elapsed = System.nanoTime() - startNanos;
        if (count > 0) {
            out.println(footer(count, count == 1 ? "row affected" : "rows affected", elapsed));
        } else {
            out.println(timer ? "OK (" + Durations.format(elapsed) + ")" : "OK");
        }
        out.flush();
    }

    private String footer(long count, String noun, long elapsedNanos) {
        String text = count + " " + noun;
        return timer ? text + " (" + Durations.format(elapsedNanos) + ")" : text;
    }

    // A blank line between consecutive table results keeps them apart; CSV and JSON stay pure.
    private void separate() {
        if (separate && printedAny && format == OutputFormat.TABLE) {
            out.println();
        }
        printedAny = true;
    }
}
