package io.subcube.duckdb.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * How the harness compares values across engines: numbers by value whatever their Java type (exact for
 * integers and decimals, within 1e-9 relative or absolute when either side is floating point), NULL equal
 * to NULL, dates and timestamps by value, strings and booleans exactly.
 */
public final class Values {

    /** Relative tolerance for floating-point results; also the absolute tolerance near zero. */
    public static final double TOLERANCE = 1e-9;

    /** A total order used to sort unordered results before pairing rows: NULL first, then by kind, then value. */
    public static final Comparator<Object> ORDER = Values::compare;

    private Values() {
    }

    /** The value as the harness holds it: JDBC date and time classes become java.time, the rest stays. */
    public static Object normalize(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return v;
    }

    public static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return sameNumber(x, y);
        }
        return a.equals(b);
    }

    static boolean sameNumber(Number x, Number y) {
        if (isFloating(x) || isFloating(y)) {
            return close(x.doubleValue(), y.doubleValue());
        }
        return exact(x).compareTo(exact(y)) == 0;
    }

    static boolean close(double a, double b) {
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
            return true;
        }
        double diff = Math.abs(a - b);
        return diff <= TOLERANCE || diff <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static BigDecimal exact(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int ka = kind(a);
        int kb = kind(b);
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return isFloating(x) || isFloating(y) ? Double.compare(x.doubleValue(), y.doubleValue())
                    : exact(x).compareTo(exact(y));
        }
        if (a instanceof Comparable<?> && a.getClass() == b.getClass()) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) a;
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    private static int kind(Object v) {
        if (v instanceof Number) {
            return 0;
        }
        if (v instanceof String) {
            return 1;
        }
        if (v instanceof Boolean) {
            return 2;
        }
        if (v instanceof LocalDate) {
            return 3;
        }
        if (v instanceof LocalDateTime) {
            return 4;
        }
        return 5;
    }

    /** The value as a mismatch message shows it, with its Java type so type surprises are visible. */
    public static String show(Object v) {
        if (v == null) {
            return "NULL";
        }
        String text = v instanceof String s ? "'" + s + "'"
                : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        return text + ":" + v.getClass().getSimpleName();
    }
}
