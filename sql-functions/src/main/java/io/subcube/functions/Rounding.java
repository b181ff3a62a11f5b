package io.subcube.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** DOMAIN.md G1: a score computed in double is rounded once, HALF_UP, to two decimals. */
public final class Rounding {

    private Rounding() {
    }

    /**
     * The value rounded HALF_UP to 2 decimals, as hundredths: exactly
     * {@code BigDecimal.valueOf(x).setScale(2, HALF_UP)}, whose decimal reading of the double (its
     * shortest representation) decides ties.
     */
    public static long hundredths(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** The value rounded HALF_UP to 2 decimals, as a DECIMAL(p,2). */
    public static BigDecimal round2(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
    }
}
