package io.subcube.cli.format;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Aligned text tables in the style of psql: a header, a separator, one line per row (more for cells with
 * line breaks), numbers right-aligned, widths measured in terminal columns.
 */
public final class TableRenderer {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final int MAX_ALIGNED_DECIMALS = 6;

    private TableRenderer() {
    }

    /** Reads every row first: a column's width is known only after its last value. */
    public static Table read(RowCursor cursor) throws SQLException {
        List<Column> columns = cursor.columns();
        List<String[]> rows = new ArrayList<>();
        boolean[] floating = new boolean[columns.size()];
        while (cursor.next()) {
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                Object value = cursor.value(c);
                floating[c] |= value instanceof Double || value instanceof Float;
                cells[c] = printable(ValueText.forTable(value));
            }
            rows.add(cells);
        }
        for (int c = 0; c < floating.length; c++) {
            if (floating[c]) {
                alignDecimals(rows, c);
            }
        }
        return new Table(columns, rows);
    }

    /**
     * Gives every plain number of a floating-point column as many decimals as the longest one (0.7 and
     * 0.74 become 0.70 and 0.74), so that right-aligned values line up on the decimal point.
     */
    static void alignDecimals(List<String[]> rows, int column) {
        int decimals = 0;
        for (String[] row : rows) {
            if (PLAIN_NUMBER.matcher(row[column]).matches()) {
                int dot = row[column].indexOf('.');
                int have = dot < 0 ? 0 : row[column].length() - dot - 1;
                // Tiny values carry more decimals; they should not drag the whole column along.
                if (have <= MAX_ALIGNED_DECIMALS) {
                    decimals = Math.max(decimals, have);
                }
            }
        }
        if (decimals == 0) {
            return;
        }
        for (String[] row : rows) {
            String text = row[column];
            if (PLAIN_NUMBER.matcher(text).matches()) {
                int dot = text.indexOf('.');
                int have = dot < 0 ? 0 : text.length() - dot - 1;
                if (have < decimals) {
                    row[column] = (dot < 0 ? text + "." : text) + "0".repeat(decimals - have);
                }
            }
        }
    }

    /** Tabs and control characters would break the alignment; line breaks are kept as lines of the cell. */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String replacement = null;
            if (ch == '\r') {
                replacement = (i + 1 < text.length() && text.charAt(i + 1) == '\n') ? "" : "\n";
            } else if (ch == '\t') {
                replacement = "    ";
            } else if (ch != '\n' && Character.isISOControl(ch)) {
                replacement = String.format("\\u%04x", (int) ch);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(ch));
            }
        }
        return out == null ? text : out.toString();
    }

    /** A fully read result, ready to print. */
    public record Table(List<Column> columns, List<String[]> rows) {

        public int rowCount() {
            return rows.size();
        }

        public void print(PrintStream out) {
            int n = columns.size();
            if (n == 0) {
                return;
            }
            int[] widths = new int[n];
            for (int c = 0; c < n; c++) {
                widths[c] = DisplayWidth.of(columns.get(c).name());
            }
            List<String[][]> split = new ArrayList<>(rows.size());
            for (String[] row : rows) {
                String[][] lines = new String[n][];
                for (int c = 0; c < n; c++) {
                    lines[c] = row[c].split("\n", -1);
                    for (String line : lines[c]) {
                        widths[c] = Math.max(widths[c], DisplayWidth.of(line));
                    }
                }
                split.add(lines);
            }
            String[] header = new String[n];
            for (int c = 0; c < n; c++) {
                header[c] = columns.get(c).name();
            }
            printLine(out, header, widths);
            StringBuilder separator = new StringBuilder();
            for (int c = 0; c < n; c++) {
                separator.append(c == 0 ? "-" : "+-").append("-".repeat(widths[c])).append('-');
            }
            out.println(separator);
            String[] cells = new String[n];
            for (String[][] lines : split) {
                int height = 1;
                for (String[] cellLines : lines) {
                    height = Math.max(height, cellLines.length);
                }
                for (int line = 0; line < height; line++) {
                    for (int c = 0; c < n; c++) {
                        cells[c] = line < lines[c].length ? lines[c][line] : "";
                    }
                    printLine(out, cells, widths);
                }
            }
        }

        private void printLine(PrintStream out, String[] cells, int[] widths) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                line.append(c == 0 ? " " : " | ");
                line.append(DisplayWidth.pad(cells[c], widths[c], columns.get(c).rightAligned()));
            }
            // Padding after the last column is invisible and only gets in the way of diffs and copies.
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(end);
            out.println(line);
        }
    }
}
