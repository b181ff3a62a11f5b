package io.subcube.engine.load.kpi;

import java.util.Arrays;

/** One month of kpi_month as arrays [KPI][region index] at scale 4, {@link Dec4#NULL} where a value is NULL. */
final class KpiValues {

    final int monthId;
    final long[][] actual;
    final long[][] target;
    final long[][] num;
    final long[][] den;
    final long[][] prevActual;

    KpiValues(int monthId, int kpis, int regions) {
        this.monthId = monthId;
        actual = nulls(kpis, regions);
        target = nulls(kpis, regions);
        num = nulls(kpis, regions);
        den = nulls(kpis, regions);
        prevActual = nulls(kpis, regions);
    }

    /** Sets num and den of a RATIO KPI; its actual follows from them. */
    void ratio(int kpi, int region, long numerator, long denominator) {
        num[kpi][region] = numerator;
        den[kpi][region] = denominator;
        actual[kpi][region] = Dec4.ratio(numerator, denominator);
    }

    private static long[][] nulls(int kpis, int regions) {
        long[][] a = new long[kpis][regions];
        for (long[] row : a) {
            Arrays.fill(row, Dec4.NULL);
        }
        return a;
    }
}
