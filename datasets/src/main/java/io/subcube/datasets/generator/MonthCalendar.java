package io.subcube.datasets.generator;

import java.time.YearMonth;

/**
 * The months one run can name, by month index (0 = the start month, negative = before it, back to the longest
 * tenure): their month ids, years, first epoch days and lengths. Built once per simulator so that the per-row
 * date arithmetic is a table lookup.
 */
final class MonthCalendar {

    /** Longest tenure in months (§B2.1 tenure_months 0–180): nobody joined earlier than this before the start. */
    static final int MAX_TENURE = 180;
    /** A month index that never comes: not churning, not adopted, never used. */
    static final int NEVER = Integer.MAX_VALUE;

    private final int[] monthId;
    private final int[] year;
    private final long[] firstEpochDay;
    private final int[] days;

    MonthCalendar(GeneratorConfig config) {
        YearMonth start = YearMonth.of(config.startMonth() / 100, config.startMonth() % 100);
        int n = MAX_TENURE + config.months() + 1;
        monthId = new int[n];
        year = new int[n];
        firstEpochDay = new long[n];
        days = new int[n];
        for (int i = 0; i < n; i++) {
            YearMonth m = start.plusMonths(i - MAX_TENURE);
            year[i] = m.getYear();
            monthId[i] = m.getYear() * 100 + m.getMonthValue();
            firstEpochDay[i] = m.atDay(1).toEpochDay();
            days[i] = m.lengthOfMonth();
        }
    }

    /** The yyyymm of month index {@code index}. */
    int monthId(int index) {
        return monthId[index + MAX_TENURE];
    }

    int year(int index) {
        return year[index + MAX_TENURE];
    }

    /** Epoch day of the first day of month index {@code index}. */
    long firstEpochDay(int index) {
        return firstEpochDay[index + MAX_TENURE];
    }

    /** Number of days of month index {@code index}. */
    int days(int index) {
        return days[index + MAX_TENURE];
    }
}
