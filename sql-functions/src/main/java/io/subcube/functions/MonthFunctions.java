package io.subcube.functions;

/** Month arithmetic on yyyymm month ids (DOMAIN.md G4, §B3.28). */
public final class MonthFunctions {

    private MonthFunctions() {
    }

    /** §B3.28 MONTH_ADD: the month {@code k} months after {@code monthId}; month part outside 1–12 is an error. */
    public static int monthAdd(int monthId, int k) {
        int ordinal = ordinal(monthId, "MONTH_ADD") + k;
        return Math.floorDiv(ordinal, 12) * 100 + Math.floorMod(ordinal, 12) + 1;
    }

    /** §B3.28 MONTH_ADD(month_id INTEGER, k INTEGER) → INTEGER, the SQL form. */
    @SqlFunction(name = "MONTH_ADD", section = "B3.28", returns = "INTEGER")
    public static Integer monthAdd(@Param(name = "month_id", type = "INTEGER") Integer monthId,
                                   @Param(name = "k", type = "INTEGER") Integer k) {
        return monthId == null || k == null ? null : monthAdd(monthId.intValue(), k.intValue());
    }

    /** Months from {@code a} to {@code b} (§B3.9 months_between): {@code (12·(b/100) + b%100) − (12·(a/100) + a%100)}. */
    public static int monthsBetween(int a, int b) {
        return ordinal(b, "MONTHS_BETWEEN") - ordinal(a, "MONTHS_BETWEEN");
    }

    /** Last day of the month as {@code yyyy-mm-dd} epoch day. */
    public static long lastDayEpochDay(int monthId) {
        return java.time.YearMonth.of(monthId / 100, month(monthId, "MONTH_END")).atEndOfMonth().toEpochDay();
    }

    private static int ordinal(int monthId, String function) {
        return 12 * (monthId / 100) + month(monthId, function) - 1;
    }

    private static int month(int monthId, String function) {
        int m = monthId % 100;
        if (monthId < 0 || m < 1 || m > 12) {
            throw new DomainException(function, "month_id", monthId);
        }
        return m;
    }
}
