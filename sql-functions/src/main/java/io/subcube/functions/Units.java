package io.subcube.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversions between the SQL forms' boxed values and the cores' storage units (DECIMAL as unscaled
 * {@code long}, BOOLEAN as 0/1), and the G3 checks the cores share. Errors print values in SQL terms.
 */
final class Units {

    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
            10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
            100_000_000_000_000_000L};

    private Units() {
    }

    /**
     * A DECIMAL(precision, scale) argument as its unscaled value: rounded HALF_UP to the scale, as SQL CAST to
     * the declared type would; a value that does not fit the precision is a G3 error.
     */
    static long decimal(BigDecimal v, int precision, int scale, String function, String argument) {
        BigDecimal s = v.setScale(scale, RoundingMode.HALF_UP);
        if (s.precision() - s.scale() > precision - scale) {
            throw new DomainException(function, argument, v.toPlainString());
        }
        return s.unscaledValue().longValueExact();
    }

    /** Money, DECIMAL(12,2), in cents. */
    static long cents(BigDecimal v, String function, String argument) {
        return decimal(v, 12, 2, function, argument);
    }

    /** A score or rate, DECIMAL(5,2), in hundredths. */
    static long hundredths(BigDecimal v, String function, String argument) {
        return decimal(v, 5, 2, function, argument);
    }

    /** A share, DECIMAL(5,4), in ten-thousandths. */
    static long tenThousandths(BigDecimal v, String function, String argument) {
        return decimal(v, 5, 4, function, argument);
    }

    /** BOOLEAN as 0/1. */
    static long bool(Boolean b) {
        return b ? 1 : 0;
    }

    /** A DECIMAL(5,2) result. */
    static BigDecimal toScore(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    /** An unscaled value as SQL prints it ({@code -1.00}); for error messages only. */
    static BigDecimal sql(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** 10^scale as a long. */
    static long pow10(int scale) {
        return POW10[scale];
    }

    // ---- G3 checks shared by the cores (the failure path allocates, the normal path does not)

    /** A count or number of months: ≥ 0. */
    static long count(long v, String function, String argument) {
        if (v < 0) {
            throw new DomainException(function, argument, v);
        }
        return v;
    }

    /** Money in cents: ≥ 0. */
    static long money(long cents, String function, String argument) {
        if (cents < 0) {
            throw new DomainException(function, argument, sql(cents, 2));
        }
        return cents;
    }

    /** A score in hundredths: in [0, 100]. */
    static long score(long hundredths, String function, String argument) {
        if (hundredths < 0 || hundredths > 10_000) {
            throw new DomainException(function, argument, sql(hundredths, 2));
        }
        return hundredths;
    }

    /** A share in ten-thousandths: in [0, 1]. */
    static long share(long tenThousandths, String function, String argument) {
        if (tenThousandths < 0 || tenThousandths > 10_000) {
            throw new DomainException(function, argument, sql(tenThousandths, 4));
        }
        return tenThousandths;
    }

    /** A BOOLEAN as 0/1: true when 1. */
    static boolean flag(long v, String function, String argument) {
        if (v != 0 && v != 1) {
            throw new DomainException(function, argument, v);
        }
        return v == 1;
    }

    /** A month id yyyymm with month part 1–12, as months since year 0. */
    static long monthOrdinal(long monthId, String function, String argument) {
        long m = monthId % 100;
        if (monthId < 0 || m < 1 || m > 12) {
            throw new DomainException(function, argument, monthId);
        }
        return 12 * (monthId / 100) + m - 1;
    }
}
