package io.subcube.benchmarks.workload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Small facts about SQL text: how many {@code ?} placeholders, the literal form of a value, an outer ORDER BY. */
public final class SqlText {

    private SqlText() {
    }

    /** Number of {@code ?} placeholders outside string literals and quoted identifiers. */
    public static int placeholders(String sql) {
        int n = 0;
        int i = 0;
        while (i < sql.length()) {
            if (isQuote(sql.charAt(i))) {
                i = endOfQuoted(sql, i);
            } else {
                n += sql.charAt(i) == '?' ? 1 : 0;
                i++;
            }
        }
        return n;
    }

    /** The SQL with each placeholder replaced, in order, by the literal of the matching parameter. */
    public static String inline(String sql, List<Object> parameters) {
        StringBuilder out = new StringBuilder(sql.length() + 16 * parameters.size());
        int next = 0;
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (isQuote(ch)) {
                int end = endOfQuoted(sql, i);
                out.append(sql, i, end);
                i = end;
                continue;
            }
            if (ch == '?') {
                if (next >= parameters.size()) {
                    throw new IllegalArgumentException("more placeholders than the " + parameters.size()
                            + " parameters in: " + sql);
                }
                out.append(literal(parameters.get(next++)));
            } else {
                out.append(ch);
            }
            i++;
        }
        if (next != parameters.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters for " + next + " placeholders in: " + sql);
        }
        return out.toString();
    }

    /** A value as an SQL literal both engines read as the same type the PreparedStatement binds. */
    public static String literal(Object value) {
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw new IllegalArgumentException("no literal form for " + value + " (" + (value == null ? "null"
                : value.getClass().getSimpleName()) + ")");
    }

    /** Whether the outermost query level has ORDER BY (then the row order is part of the answer). */
    public static boolean hasOuterOrderBy(String sql) {
        StringBuilder outer = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (isQuote(ch)) {
                i = endOfQuoted(sql, i);
                outer.append(' ');
                continue;
            }
            if (ch == '(') {
                depth++;
            }
            outer.append(depth == 0 ? ch : ' ');
            if (ch == ')') {
                depth = Math.max(0, depth - 1);
            }
            i++;
        }
        return outer.toString().toUpperCase(Locale.ROOT).matches("(?s).*\\bORDER\\s+BY\\b.*");
    }

    /** A string literal ('…') or a quoted identifier ("…"): its content is not SQL to look into. */
    private static boolean isQuote(char ch) {
        return ch == '\'' || ch == '"';
    }

    /** Index just past the quoted token that starts at {@code start}; a doubled quote is an escaped quote. */
    private static int endOfQuoted(String sql, int start) {
        char quote = sql.charAt(start);
        int j = start + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return j;
    }
}
