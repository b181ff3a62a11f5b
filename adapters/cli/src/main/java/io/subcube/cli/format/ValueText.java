package io.subcube.cli.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Turns result values into text: readable for tables, exact for CSV and JSON. */
public final class ValueText {

    /** Table cells show NULL explicitly; CSV and JSON have their own null. */
    public static final String NULL = "NULL";

    private static final int TABLE_DECIMALS = 6;
    private static final MathContext TABLE_SIGNIFICANT = new MathContext(6, RoundingMode.HALF_UP);
    // Beyond these magnitudes plain notation is longer than it is useful.
    private static final double PLAIN_MAX = 1e15;
    private static final double PLAIN_MIN = 1e-6;

    private ValueText() {
    }

    /** The text of a table cell: doubles rounded to 6 decimals (6 significant digits below 1), no exponents. */
    public static String forTable(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Double || value instanceof Float) {
            return readableDouble(((Number) value).doubleValue(), value instanceof Float);
        }
        return exact(value);
    }

    /** The text of a value for machine-readable output: full precision, no exponent where that is short. */
    public static String exact(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double d) {
            return exactDouble(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f) ? plainOrShort(new BigDecimal(Float.toString(f)), f) : f.toString();
        }
        return String.valueOf(value);
    }

    /** True for doubles and floats that JSON cannot represent as numbers. */
    public static boolean isNonFinite(Object value) {
        return (value instanceof Double d && !Double.isFinite(d)) || (value instanceof Float f && !Float.isFinite(f));
    }

    private static String exactDouble(double d) {
        return Double.isFinite(d) ? plainOrShort(BigDecimal.valueOf(d), d) : Double.toString(d);
    }

    private static String plainOrShort(BigDecimal decimal, double d) {
        double abs = Math.abs(d);
        if (abs != 0 && (abs >= PLAIN_MAX || abs < PLAIN_MIN)) {
            return Double.toString(d);
        }
        return decimal.toPlainString();
    }

    private static String readableDouble(double d, boolean isFloat) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        double abs = Math.abs(d);
        if (abs != 0 && (abs >= PLAIN_MAX || abs < PLAIN_MIN)) {
            return isFloat ? Float.toString((float) d) : Double.toString(d);
        }
        BigDecimal decimal = isFloat ? new BigDecimal(Float.toString((float) d)) : BigDecimal.valueOf(d);
        BigDecimal rounded = abs >= 1
                ? decimal.setScale(TABLE_DECIMALS, RoundingMode.HALF_UP)
                : decimal.round(TABLE_SIGNIFICANT);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
