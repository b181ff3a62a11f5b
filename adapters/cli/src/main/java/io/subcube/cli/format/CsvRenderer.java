package io.subcube.cli.format;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;

/** RFC 4180 CSV: a header line, CRLF line ends, quotes only where needed, NULL as an empty field. */
public final class CsvRenderer {

    private static final String CRLF = "\r\n";

    private CsvRenderer() {
    }

    /** Writes the rows as they are read and returns how many there were. */
    public static long render(RowCursor cursor, PrintStream out) throws SQLException {
        List<Column> columns = cursor.columns();
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            appendField(line, columns.get(c).name());
        }
        out.print(line.append(CRLF));
        long rows = 0;
        while (cursor.next()) {
            line.setLength(0);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                Object value = cursor.value(c);
                if (value != null) {
                    // An empty string is quoted so that it stays distinguishable from NULL.
                    appendField(line, ValueText.exact(value));
                }
            }
            out.print(line.append(CRLF));
            rows++;
        }
        return rows;
    }

    static void appendField(StringBuilder line, String text) {
        boolean quote = text.isEmpty();
        for (int i = 0; i < text.length() && !quote; i++) {
            char ch = text.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
        }
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
