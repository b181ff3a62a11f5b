package io.subcube.engine.sql.jdbc;

import java.util.Arrays;

/**
 * A statement's text cut into its literal tokens (numbers, plain strings, TRUE and FALSE) and the rest, found
 * by a lexer in one pass: no parse. Two statements with the same {@link #key} have the same tokens but for
 * those literals' values, so they parse to the same tree but for those values, and the literals a parse of
 * one found liftable are liftable in the other: {@link LiteralTemplate} takes them out by position. Quoted
 * identifiers, comments and prefixed strings ({@code N'..'}, {@code X'..'}) stay in the key as written.
 */
final class LexicalShape {

    /** What a literal token is; part of the key, since it decides how the literal parses. */
    enum Kind {
        /** Digits with an optional fraction. */
        EXACT,
        /** Digits with an exponent. */
        APPROXIMATE,
        /** A quoted string with no prefix. */
        STRING,
        /** TRUE or FALSE, in any case. */
        BOOLEAN
    }

    private final String sql;
    private final String key;
    private final int[] starts;
    private final int[] ends;
    private final Kind[] kinds;

    private LexicalShape(String sql, String key, int[] starts, int[] ends, Kind[] kinds) {
        this.sql = sql;
        this.key = key;
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
    }

    /**
     * The literal tokens of {@code sql}; {@code null} when it has a {@code ?} parameter or an unterminated
     * string, quoted identifier or comment (the parse then decides what it is).
     */
    static LexicalShape of(String sql) {
        if (sql.indexOf('\0') >= 0) {
            // The key marks literals with NUL: a statement holding one could collide with another's key.
            return null;
        }
        int n = sql.length();
        int[] starts = new int[8];
        int[] ends = new int[8];
        Kind[] kinds = new Kind[8];
        int count = 0;
        StringBuilder key = new StringBuilder(n);
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            Kind kind = null;
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return null;
                }
                end += 2;
            } else if (c == '\'') {
                end = closing(sql, i, '\'');
                if (end < 0) {
                    return null;
                }
                // A prefix (N'..', X'..', U&'..', _charset'..') gives the string a type of its own.
                kind = i > 0 && isWordPart(sql.charAt(i - 1)) ? null : Kind.STRING;
            } else if (c == '"' || c == '`') {
                end = closing(sql, i, c);
                if (end < 0) {
                    return null;
                }
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                end = i;
                while (end < n && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                if (end < n && sql.charAt(end) == '.') {
                    end++;
                    while (end < n && Character.isDigit(sql.charAt(end))) {
                        end++;
                    }
                }
                kind = Kind.EXACT;
                if (end < n && (sql.charAt(end) == 'e' || sql.charAt(end) == 'E')) {
                    int e = end + 1;
                    if (e < n && (sql.charAt(e) == '+' || sql.charAt(e) == '-')) {
                        e++;
                    }
                    if (e < n && Character.isDigit(sql.charAt(e))) {
                        while (e < n && Character.isDigit(sql.charAt(e))) {
                            e++;
                        }
                        end = e;
                        kind = Kind.APPROXIMATE;
                    }
                }
                if (end < n && isWordPart(sql.charAt(end))) {
                    // Digits run into letters (12abc): not a number token this lexer understands.
                    return null;
                }
            } else if (isWordStart(c)) {
                end = i + 1;
                while (end < n && isWordPart(sql.charAt(end))) {
                    end++;
                }
                String word = sql.substring(i, end);
                if (word.equalsIgnoreCase("TRUE") || word.equalsIgnoreCase("FALSE")) {
                    kind = Kind.BOOLEAN;
                }
            } else if (c == '?') {
                return null;
            } else {
                end = i + 1;
            }
            if (kind != null) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    kinds = Arrays.copyOf(kinds, count * 2);
                }
                starts[count] = i;
                ends[count] = end;
                kinds[count++] = kind;
                key.append(sql, copied, i).append('\0').append(kind.ordinal());
                copied = end;
            }
            i = end;
        }
        key.append(sql, copied, n);
        return new LexicalShape(sql, key.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                Arrays.copyOf(kinds, count));
    }

    /** The end (exclusive) of a token quoted by {@code quote} from {@code start}, a doubled quote escaping one. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (true) {
            int q = sql.indexOf(quote, i);
            if (q < 0) {
                return -1;
            }
            if (q + 1 < sql.length() && sql.charAt(q + 1) == quote) {
                i = q + 2;
            } else {
                return q + 1;
            }
        }
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '&';
    }

    /** The text with each literal token replaced by a marker of its kind. */
    String key() {
        return key;
    }

    String sql() {
        return sql;
    }

    /** The number of literal tokens. */
    int size() {
        return starts.length;
    }

    /** Where literal token {@code i} starts in the text. */
    int start(int i) {
        return starts[i];
    }

    /** Where literal token {@code i} ends (exclusive). */
    int end(int i) {
        return ends[i];
    }

    Kind kind(int i) {
        return kinds[i];
    }

    /** Literal token {@code i} as written. */
    String text(int i) {
        return sql.substring(starts[i], ends[i]);
    }
}
