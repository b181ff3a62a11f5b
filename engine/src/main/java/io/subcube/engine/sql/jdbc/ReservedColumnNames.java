package io.subcube.engine.sql.jdbc;

import java.util.Locale;
import java.util.Set;

/**
 * Lets names that Calcite reserves as keywords be written unquoted, as DESIGN.md promises for §B2's columns
 * ({@code kpi_tree.rollup}) and as DOMAIN.md §B4 writes its aliases ({@code prev} in Q9b). As keywords ROLLUP
 * and PREV (MATCH_RECOGNIZE's navigation function) are always followed by "(", so such a token anywhere
 * else is an identifier and is quoted before parsing. Strings, quoted identifiers and comments
 * are left alone. A rewritten statement's error positions after the token move right by two columns.
 */
final class ReservedColumnNames {

    /** Keywords that are also column names or aliases, and are keywords only when "(" follows. */
    private static final Set<String> NAMES = Set.of("rollup", "prev");

    private ReservedColumnNames() {
    }

    static String quote(String sql) {
        StringBuilder out = null;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(sql, i + 1, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (Character.isLetter(c) || c == '_') {
                end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end);
                if (NAMES.contains(word.toLowerCase(Locale.ROOT)) && !followedByParen(sql, end)) {
                    if (out == null) {
                        out = new StringBuilder(sql.length() + 8).append(sql, 0, i);
                    }
                    out.append('"').append(word.toLowerCase(Locale.ROOT)).append('"');
                    i = end;
                    continue;
                }
            } else {
                end = i + 1;
            }
            if (out != null) {
                out.append(sql, i, end);
            }
            i = end;
        }
        return out == null ? sql : out.toString();
    }

    /** End (exclusive) of a quoted token whose content starts at {@code from}; a doubled quote escapes. */
    private static int closing(String sql, int from, char quote) {
        int i = from;
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
        return sql.length();
    }

    private static boolean followedByParen(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '(';
    }
}
