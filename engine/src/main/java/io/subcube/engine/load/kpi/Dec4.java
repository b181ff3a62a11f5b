package io.subcube.engine.load.kpi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact arithmetic on kpi_month's DECIMAL(18,4) values held as longs scaled by 10⁴; {@link #NULL} is SQL NULL. */
final class Dec4 {

    /** The NULL marker: no stored value is this small. */
    static final long NULL = Long.MIN_VALUE;
    /** 1 at scale 4. */
    static final long ONE = 10_000L;

    private Dec4() {
    }

    /** {@code a / b} rounded half away from zero to an integer ({@link RoundingMode#HALF_UP}); {@code b ≠ 0}. */
    static long divHalfUp(long a, long b) {
        long q = a / b;
        long r = Math.abs(a % b);
        if (r != 0 && r >= Math.abs(b) - r) {
            q += (a < 0) == (b < 0) ? 1 : -1;
        }
        return q;
    }

    /** {@code num / den} to 4 decimals, HALF_UP, for two values of the same scale; NULL when den is 0 or NULL. */
    static long ratio(long num, long den) {
        if (num == NULL || den == NULL || den == 0) {
            return NULL;
        }
        try {
            return divHalfUp(Math.multiplyExact(num, ONE), den);
        } catch (ArithmeticException overflow) {
            return exact(new BigDecimal(num).divide(new BigDecimal(den), 4, RoundingMode.HALF_UP));
        }
    }

    /** {@code a × b} to 4 decimals, HALF_UP; NULL if either is. */
    static long times(long a, long b) {
        if (a == NULL || b == NULL) {
            return NULL;
        }
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return divHalfUp(lo, ONE);
        }
        BigInteger p = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        return exact(new BigDecimal(p, 8).setScale(4, RoundingMode.HALF_UP));
    }

    /** A value already at scale 4 held in a double, rounded half away from zero to the nearest unit. */
    static long round(double scaled) {
        if (!Double.isFinite(scaled) || Math.abs(scaled) >= 9.0e18) {
            throw new ArithmeticException("kpi_month value out of range: " + scaled);
        }
        return scaled >= 0 ? (long) Math.floor(scaled + 0.5) : -(long) Math.floor(-scaled + 0.5);
    }

    /** A count (or a money amount at scale {@code scale} ≤ 4) at scale 4. */
    static long of(long unscaled, int scale) {
        long f = 1;
        for (int i = scale; i < 4; i++) {
            f *= 10;
        }
        return Math.multiplyExact(unscaled, f);
    }

    /** The value as a double: the nearest double to the decimal, as SQL's CAST to DOUBLE gives. */
    static double toDouble(long v) {
        return v / 1e4;
    }

    /** The value as a BigDecimal of scale 4, or {@code null}. */
    static BigDecimal big(long v) {
        return v == NULL ? null : BigDecimal.valueOf(v, 4);
    }

    private static long exact(BigDecimal d) {
        return d.setScale(4, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
}
