package io.subcube.cli.format;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;

/** One JSON array of objects, one object per line; numbers and booleans unquoted, NULL as null. */
public final class JsonRenderer {

    private JsonRenderer() {
    }

    /** Writes the rows as they are read and returns how many there were. */
    public static long render(RowCursor cursor, PrintStream out) throws SQLException {
        List<Column> columns = cursor.columns();
        String[] keys = new String[columns.size()];
        for (int c = 0; c < keys.length; c++) {
            keys[c] = quote(columns.get(c).name()) + ":";
        }
        StringBuilder line = new StringBuilder();
        long rows = 0;
        out.print("[");
        while (cursor.next()) {
            line.setLength(0);
            line.append(rows == 0 ? "\n{" : ",\n{");
            for (int c = 0; c < keys.length; c++) {
                if (c > 0) {
                    line.append(',');
                }
                line.append(keys[c]);
                appendValue(line, columns.get(c).kind(), cursor.value(c));
            }
            out.print(line.append('}'));
            rows++;
        }
        out.println(rows == 0 ? "]" : "\n]");
        return rows;
    }

    private static void appendValue(StringBuilder line, ColumnKind kind, Object value) {
        if (value == null || ValueText.isNonFinite(value)) {
            // JSON has no NaN or infinity.
            line.append("null");
        } else if (kind == ColumnKind.NUMBER && value instanceof Number) {
            line.append(ValueText.exact(value));
        } else if (value instanceof Boolean b) {
            line.append(b);
        } else {
            line.append(quote(ValueText.exact(value)));
        }
    }

    /** A JSON string literal; also escapes U+2028/U+2029 so the output is valid JavaScript. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
