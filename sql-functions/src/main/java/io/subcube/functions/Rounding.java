package io.subcube.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** DOMAIN.md G1: a score computed in double is rounded once, HALF_UP, to two decimals. */
public final class Rounding {

    /** Beyond this magnitude {@link #hundredths} takes the reference path (scores never get there). */
    private static final double FAST_LIMIT = 1e12;

    private Rounding() {
    }

    /**
     * The value rounded HALF_UP to 2 decimals, as hundredths: exactly
     * {@code BigDecimal.valueOf(x).setScale(2, HALF_UP)}, whose decimal reading of the double
     * ({@link Double#toString}) decides ties, without allocating. The reading differs from the double's exact
     * value only by less than half its gap to the next double, so it rounds like the exact value except when
     * the double is the nearest one to a decimal with at most 3 places (then that decimal is the reading and
     * is rounded as is); otherwise the double lies on the same side of every tie {@code (10k+5)/1000} as the
     * nearest double to that tie, which a plain comparison decides. Tested against {@link #hundredthsReference}.
     */
    public static long hundredths(double x) {
        double a = Math.abs(x);
        if (!(a < FAST_LIMIT)) {
            return hundredthsReference(x);
        }
        long thousandths = (long) Math.rint(a * 1000);
        long h;
        if (thousandths / 1000.0 == a) {
            h = (thousandths + 5) / 10;
        } else {
            long k = (long) Math.floor(a * 100);
            h = a < (10 * k + 5) / 1000.0 ? k : k + 1;
        }
        return x < 0 ? -h : h;
    }

    /** The G1 definition itself: {@code BigDecimal.valueOf(x).setScale(2, HALF_UP)} as hundredths. */
    public static long hundredthsReference(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** The value rounded HALF_UP to 2 decimals, as a DECIMAL(p,2). */
    public static BigDecimal round2(double x) {
        return BigDecimal.valueOf(hundredths(x), 2);
    }
}
