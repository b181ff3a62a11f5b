package io.subcube.functions;

import java.math.BigDecimal;

/** Customer-value functions of DOMAIN.md §B3.1–B3.4. */
public final class ValueFunctions {

    private ValueFunctions() {
    }

    /**
     * §B3.1 RETURN_RATE on money in cents, result in hundredths of a point:
     * clamp(100·(gross − cost)/gross, 0, 100), 0 when gross is 0; negative money is an error.
     */
    public static long returnRateHundredths(long grossCents, long costCents) {
        if (grossCents < 0) {
            throw new DomainException("RETURN_RATE", "gross", BigDecimal.valueOf(grossCents, 2));
        }
        if (costCents < 0) {
            throw new DomainException("RETURN_RATE", "cost", BigDecimal.valueOf(costCents, 2));
        }
        if (grossCents == 0) {
            return 0;
        }
        double gross = grossCents / 100.0;
        double cost = costCents / 100.0;
        double rate = 100 * (gross - cost) / gross;
        return Rounding.hundredths(Math.max(0, Math.min(100, rate)));
    }

    /** §B3.1 RETURN_RATE(gross DECIMAL(12,2), cost DECIMAL(12,2)) → DECIMAL(5,2); NULL in, NULL out. */
    @SqlFunction(name = "RETURN_RATE", section = "B3.1", returns = "DECIMAL(5,2)")
    public static BigDecimal returnRate(@Param(name = "gross", type = "DECIMAL(12,2)") BigDecimal gross,
                                        @Param(name = "cost", type = "DECIMAL(12,2)") BigDecimal cost) {
        if (gross == null || cost == null) {
            return null;
        }
        return BigDecimal.valueOf(returnRateHundredths(cents(gross, "gross"), cents(cost, "cost")), 2);
    }

    private static long cents(BigDecimal money, String argument) {
        try {
            return money.setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new DomainException("RETURN_RATE", argument, money);
        }
    }
}
