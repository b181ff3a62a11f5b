package io.subcube.benchmarks.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * How values of the two engines are compared: numbers by value whatever their Java type (exact for integers and
 * decimals, within 1e-9 relative — or absolute near zero — when either side is floating point, since the engines
 * sum doubles in different orders), NULL equal to NULL, everything else by {@code equals}.
 */
public final class Values {

    /** Relative tolerance for floating-point values; also the absolute tolerance near zero. */
    public static final double TOLERANCE = 1e-9;

    /** A total order for sorting unordered results before pairing rows: NULL first, numbers, then by text. */
    static final Comparator<Object> ORDER = Values::compare;

    private Values() {
    }

    public static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (isFloating(x) || isFloating(y)) {
                return close(x.doubleValue(), y.doubleValue());
            }
            return exact(x).compareTo(exact(y)) == 0;
        }
        return a.equals(b);
    }

    static boolean close(double a, double b) {
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
            return true;
        }
        double diff = Math.abs(a - b);
        return diff <= TOLERANCE || diff <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** The value as a mismatch message shows it, with its Java type so type surprises are visible. */
    static String show(Object v) {
        if (v == null) {
            return "NULL";
        }
        String text = v instanceof String s ? "'" + s + "'" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        return text + ":" + v.getClass().getSimpleName();
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
        if (a instanceof Number x && b instanceof Number y) {
            return isFloating(x) || isFloating(y) ? Double.compare(x.doubleValue(), y.doubleValue())
                    : exact(x).compareTo(exact(y));
        }
        if (a instanceof Number) {
            return -1;
        }
        if (b instanceof Number) {
            return 1;
        }
        return a.toString().compareTo(b.toString());
    }
}
