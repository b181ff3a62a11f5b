package io.subcube.engine.exec.kpi;

import java.math.BigDecimal;

/** The measures of one {@code kpi_month} row (DOMAIN.md §B2.13); any may be NULL. */
public record KpiValues(BigDecimal actual, BigDecimal target, BigDecimal num, BigDecimal den, BigDecimal prevActual) {

    /** A KPI without a row this month: every measure NULL. */
    public static final KpiValues MISSING = new KpiValues(null, null, null, null, null);

    /** A DECIMAL as a double (exact to the nearest double), NULL as {@code null}. */
    static Double d(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
