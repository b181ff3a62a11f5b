package io.subcube.engine.exec.kpi;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a gap is measured against (DOMAIN.md §B5.4 "target, previous month, or threshold"): TARGET (default), PREVIOUS
 * (the row's prev_actual) or THRESHOLD (a fixed value, e.g. the 70% line of a MIN rule).
 */
public record Reference(Kind kind, BigDecimal threshold) {

    /** The reference kinds a caller may name. */
    public enum Kind { TARGET, PREVIOUS, THRESHOLD }

    public static final Reference TARGET = new Reference(Kind.TARGET, null);

    /**
     * The reference a caller asked for: {@code kind} NULL means TARGET; THRESHOLD needs {@code threshold}, the
     * others refuse one (a threshold that silently did nothing would mislead).
     */
    public static Reference parse(String function, String kind, Double threshold) {
        Kind k = Kind.TARGET;
        if (kind != null) {
            try {
                k = Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new KpiArgumentException(function, "unknown reference '" + kind
                        + "'; expected TARGET, PREVIOUS or THRESHOLD");
            }
        }
        if (k == Kind.THRESHOLD) {
            if (threshold == null || !Double.isFinite(threshold)) {
                throw new KpiArgumentException(function, "reference THRESHOLD needs a threshold value, got "
                        + threshold);
            }
            return new Reference(k, BigDecimal.valueOf(threshold));
        }
        if (threshold != null) {
            throw new KpiArgumentException(function, "a threshold is used only with reference THRESHOLD, not " + k);
        }
        return new Reference(k, null);
    }

    /** The reference of a row of the KPI the caller named (the threshold itself for THRESHOLD). */
    BigDecimal of(KpiValues v) {
        return switch (kind) {
            case TARGET -> v.target();
            case PREVIOUS -> v.prevActual();
            case THRESHOLD -> threshold;
        };
    }

    /**
     * The reference of a row of another KPI of the tree: a threshold belongs to the KPI it was set for, so the
     * other KPIs are measured against their own targets.
     */
    BigDecimal ofOtherKpi(KpiValues v) {
        return kind == Kind.PREVIOUS ? v.prevActual() : v.target();
    }
}
