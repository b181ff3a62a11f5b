package io.subcube.engine.exec;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.StringColumn;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The keys a comparison, IN or LIKE leaf accepts on one column, as sorted, disjoint, inclusive ranges of
 * the column's stored longs: integer values (DECIMAL unscaled, DATE days, BOOLEAN 0/1), or dictionary codes
 * of a VARCHAR column, which follow value order so that every string comparison is one code range. NULL
 * rows hold no key: the leaf is UNKNOWN on them. Both the vectorised scan and the bitmap indexes read a
 * leaf through this one translation.
 */
record KeyRanges(long[] lo, long[] hi) {

    private static final KeyRanges NONE = new KeyRanges(new long[0], new long[0]);

    /** The stored longs a column's keys are: its dictionary codes, itself, or {@code null} for DOUBLE. */
    static LongColumn keys(Column column) {
        return column instanceof StringColumn sc ? sc.codes() : column instanceof LongColumn lc ? lc : null;
    }

    /**
     * The ranges of a {@link Filter.Compare}, {@link Filter.In} or {@link Filter.Like} leaf on {@code column},
     * or {@code null} for any other filter or a DOUBLE column.
     */
    static KeyRanges of(Filter leaf, Column column) {
        if (column instanceof StringColumn sc) {
            if (leaf instanceof Filter.Compare c) {
                return codeRange(sc, c.op(), (String) c.value());
            } else if (leaf instanceof Filter.In in) {
                return codes(sc, in.values());
            } else if (leaf instanceof Filter.Like l) {
                return like(sc, l.pattern(), l.escape());
            }
        } else if (column instanceof LongColumn) {
            if (leaf instanceof Filter.Compare c) {
                return valueRange(c.op(), (Long) c.value());
            } else if (leaf instanceof Filter.In in) {
                long[] values = in.values().stream().mapToLong(v -> (Long) v).sorted().distinct().toArray();
                return points(values, values.length);
            }
        }
        return null;
    }

    boolean isEmpty() {
        return lo.length == 0;
    }

    /** The ranges within {@code [min, max]}. */
    KeyRanges clip(long min, long max) {
        long[] l = new long[lo.length];
        long[] h = new long[lo.length];
        int n = 0;
        for (int i = 0; i < lo.length; i++) {
            long a = Math.max(lo[i], min);
            long b = Math.min(hi[i], max);
            if (a <= b) {
                l[n] = a;
                h[n++] = b;
            }
        }
        return new KeyRanges(Arrays.copyOf(l, n), Arrays.copyOf(h, n));
    }

    /** Whether every key of {@code [min, max]} is accepted. */
    boolean covers(long min, long max) {
        for (int i = 0; i < lo.length; i++) {
            if (lo[i] <= min && hi[i] >= max) {
                return true;
            }
        }
        return false;
    }

    /** Every accepted key, ascending; only for bounded ranges, an IN list's points or a dictionary's codes. */
    long[] keys() {
        long n = 0;
        for (int i = 0; i < lo.length; i++) {
            n += hi[i] - lo[i] + 1;
        }
        long[] out = new long[Math.toIntExact(n)];
        int k = 0;
        for (int i = 0; i < lo.length; i++) {
            for (long key = lo[i]; key <= hi[i]; key++) {
                out[k++] = key;
            }
        }
        return out;
    }

    /** {@code value op c} over all longs. */
    private static KeyRanges valueRange(Filter.Op op, long c) {
        long min = Long.MIN_VALUE;
        long max = Long.MAX_VALUE;
        return switch (op) {
            case EQ -> range(c, c);
            case LT -> c == min ? NONE : range(min, c - 1);
            case LE -> range(min, c);
            case GT -> c == max ? NONE : range(c + 1, max);
            case GE -> range(c, max);
            case NE -> c == min ? range(min + 1, max) : c == max ? range(min, max - 1)
                    : new KeyRanges(new long[] {min, c + 1}, new long[] {c - 1, max});
        };
    }

    /** {@code value op s} as dictionary codes. */
    private static KeyRanges codeRange(StringColumn column, Filter.Op op, String s) {
        int size = column.dictionarySize();
        int found = column.lookup(s);
        int at = found >= 0 ? found : -found - 1;
        // [from, to) of codes; an absent value falls between codes at its insertion point.
        int from;
        int to;
        switch (op) {
            case EQ -> { from = at; to = found >= 0 ? at + 1 : at; }
            case LT -> { from = 0; to = at; }
            case LE -> { from = 0; to = found >= 0 ? at + 1 : at; }
            case GT -> { from = found >= 0 ? at + 1 : at; to = size; }
            case GE -> { from = at; to = size; }
            default -> {
                return (found >= 0 ? valueRange(Filter.Op.NE, found) : range(0, size - 1)).clip(0, size - 1);
            }
        }
        return from < to ? range(from, to - 1) : NONE;
    }

    /** The codes of the listed strings present in the dictionary. */
    private static KeyRanges codes(StringColumn column, List<Object> values) {
        long[] codes = new long[values.size()];
        int n = 0;
        for (Object v : values) {
            int code = column.lookup((String) v);
            if (code >= 0) {
                codes[n++] = code;
            }
        }
        long[] sorted = Arrays.stream(codes, 0, n).sorted().distinct().toArray();
        return points(sorted, sorted.length);
    }

    /** The codes of the dictionary entries matching a LIKE pattern. */
    private static KeyRanges like(StringColumn column, String pattern, String escape) {
        Pattern regex = likeToRegex(pattern, escape);
        long[] codes = new long[column.dictionarySize()];
        int n = 0;
        for (int code = 0; code < codes.length; code++) {
            if (regex.matcher(column.value(code)).matches()) {
                codes[n++] = code;
            }
        }
        return points(codes, n);
    }

    /** Sorted distinct keys {@code keys[0..n)}, consecutive ones merged into one range. */
    private static KeyRanges points(long[] keys, int n) {
        long[] l = new long[n];
        long[] h = new long[n];
        int k = -1;
        for (int i = 0; i < n; i++) {
            if (k >= 0 && h[k] != Long.MAX_VALUE && keys[i] == h[k] + 1) {
                h[k] = keys[i];
            } else {
                k++;
                l[k] = keys[i];
                h[k] = keys[i];
            }
        }
        return new KeyRanges(Arrays.copyOf(l, k + 1), Arrays.copyOf(h, k + 1));
    }

    private static KeyRanges range(long from, long to) {
        return new KeyRanges(new long[] {from}, new long[] {to});
    }

    /** SQL LIKE as a regular expression: {@code %} any sequence, {@code _} one character. */
    static Pattern likeToRegex(String pattern, String escape) {
        if (escape != null && escape.length() != 1) {
            throw new IllegalArgumentException("LIKE escape must be one character: '" + escape + "'");
        }
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (escape != null && ch == escape.charAt(0)) {
                if (i + 1 >= pattern.length()) {
                    throw new IllegalArgumentException("LIKE pattern ends with the escape character: '"
                            + pattern + "'");
                }
                literal.append(pattern.charAt(++i));
            } else if (ch == '%' || ch == '_') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(ch == '%' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
