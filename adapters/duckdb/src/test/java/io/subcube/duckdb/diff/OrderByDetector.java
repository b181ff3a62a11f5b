package io.subcube.duckdb.diff;

import java.util.Locale;

/**
 * Finds whether a query's outermost level has ORDER BY, i.e. whether the engines must return rows in
 * the same sequence. ORDER BY inside parentheses (subqueries, OVER clauses) does not count; string
 * literals, quoted identifiers and comments are skipped.
 */
public final class OrderByDetector {

    private OrderByDetector() {
    }

    public static boolean hasOuterOrderBy(String sql) {
        String code = outerLevelCode(sql).toUpperCase(Locale.ROOT);
        return code.matches("(?s).*\\bORDER\\s+BY\\b.*");
    }

    /** The SQL with every parenthesised part, literal and comment replaced by a space. */
    static String outerLevelCode(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                i = skipQuoted(sql, i, ch);
                out.append(' ');
            } else if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol;
                out.append(' ');
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else {
                if (ch == '(') {
                    depth++;
                    out.append(' ');
                } else if (ch == ')') {
                    depth = Math.max(0, depth - 1);
                    out.append(' ');
                } else {
                    out.append(depth == 0 ? ch : ' ');
                }
                i++;
            }
        }
        return out.toString();
    }

    /** Index just past a quoted token starting at {@code start}; a doubled quote is an escaped quote. */
    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
