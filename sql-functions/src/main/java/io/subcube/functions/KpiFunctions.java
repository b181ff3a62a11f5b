package io.subcube.functions;

/**
 * KPI alert and KPI-tree functions of DOMAIN.md §B3.26–B3.27 (seeds 000 and 003): KPI_BREACH and KPI_CONTRIB.
 * The cores take {@link Domains#RULE_KINDS} / {@link Domains#FORMULA_KINDS} codes and doubles, so the engine's
 * alert evaluation and drill-down call them without boxing.
 */
public final class KpiFunctions {

    private static final String BREACH = "KPI_BREACH";
    private static final String CONTRIB = "KPI_CONTRIB";

    /** §B3.26 the results of the {@link #kpiBreach(int, double, double, double)} core: TRUE, FALSE and NULL. */
    public static final int FALSE = 0, TRUE = 1, NULL = -1;

    private KpiFunctions() {
    }

    // ---- §B3.26 KPI_BREACH

    /**
     * §B3.26 KPI_BREACH core: {@link #TRUE}, {@link #FALSE} or {@link #NULL} for a {@link Domains#RULE_KINDS}
     * code; {@code reference} NaN means NULL (MIN and MAX ignore it). The ratio kinds compare
     * actual/reference, computed in double, with the threshold — never actual with threshold·reference, which
     * rounds differently.
     */
    public static int kpiBreach(int ruleKind, double actual, double reference, double threshold) {
        Domains.check(BREACH, "rule_kind", Domains.RULE_KINDS, ruleKind);
        finite(actual, BREACH, "actual");
        finite(threshold, BREACH, "threshold");
        switch (ruleKind) {
            case Domains.RULE_MIN:
                return actual < threshold ? TRUE : FALSE;
            case Domains.RULE_MAX:
                return actual > threshold ? TRUE : FALSE;
            default:
                if (Double.isInfinite(reference)) {
                    throw new DomainException(BREACH, "reference", reference);
                }
                // NaN (NULL) fails the test too: no target or no last month means nothing to compare with
                if (!(reference > 0)) {
                    return NULL;
                }
                double ratio = actual / reference;
                return ratio < threshold ? TRUE : FALSE;
        }
    }

    /**
     * §B3.26 KPI_BREACH(rule_kind VARCHAR, actual DOUBLE, reference DOUBLE, threshold DOUBLE) → BOOLEAN;
     * reference NULL is ignored by MIN and MAX and gives NULL for TARGET and MOM; any other NULL gives NULL.
     */
    @SqlFunction(name = BREACH, section = "B3.26", returns = "BOOLEAN", nullMeaningful = true)
    public static Boolean kpiBreach(@Param(name = "rule_kind", type = "VARCHAR") String ruleKind,
                                    @Param(name = "actual", type = "DOUBLE") Double actual,
                                    @Param(name = "reference", type = "DOUBLE") Double reference,
                                    @Param(name = "threshold", type = "DOUBLE") Double threshold) {
        if (ruleKind == null || actual == null || threshold == null) {
            return null;
        }
        int kind = Domains.code(BREACH, "rule_kind", Domains.RULE_KINDS, ruleKind);
        // NaN is the core's NULL, so a NaN from SQL must not pass for one
        if (reference != null && Double.isNaN(reference)) {
            throw new DomainException(BREACH, "reference", reference);
        }
        int r = kpiBreach(kind, actual, reference == null ? Double.NaN : reference, threshold);
        return r == NULL ? null : r == TRUE;
    }

    // ---- §B3.27 KPI_CONTRIB

    /**
     * §B3.27 KPI_CONTRIB core for a {@link Domains#FORMULA_KINDS} code (the parent's formula_kind): one child's
     * contribution to the parent's gap, NaN for NULL (DRIVERS and LEAF, or a PRODUCT value ≤ 0). Arguments
     * must be finite (the caller handles NULL arguments); sign is +1 or −1.
     */
    public static double kpiContrib(int formulaKind, double childActual, double childRef, double parentActual,
                                    double parentRef, long sign) {
        Domains.check(CONTRIB, "formula_kind", Domains.FORMULA_KINDS, formulaKind);
        finite(childActual, CONTRIB, "child_actual");
        finite(childRef, CONTRIB, "child_ref");
        finite(parentActual, CONTRIB, "parent_actual");
        finite(parentRef, CONTRIB, "parent_ref");
        if (sign != 1 && sign != -1) {
            throw new DomainException(CONTRIB, "sign", sign);
        }
        switch (formulaKind) {
            case Domains.FORMULA_SUM:
                return sign * (childActual - childRef);
            case Domains.FORMULA_PRODUCT:
                if (childActual <= 0 || childRef <= 0 || parentActual <= 0 || parentRef <= 0) {
                    return Double.NaN;
                }
                double lnGap = Math.log(parentActual) - Math.log(parentRef);
                // log-mean of pa and pr; its limit pa where they (or, for adjacent doubles, their logs) are equal
                double l = parentActual == parentRef || lnGap == 0 ? parentActual
                        : (parentActual - parentRef) / lnGap;
                return l * Math.log(childActual / childRef);
            default:
                return Double.NaN;
        }
    }

    /**
     * §B3.27 KPI_CONTRIB(formula_kind VARCHAR, child_actual DOUBLE, child_ref DOUBLE, parent_actual DOUBLE,
     * parent_ref DOUBLE, sign INTEGER) → DOUBLE: SUM sign·(child_actual − child_ref); PRODUCT log-mean Divisia;
     * DRIVERS and LEAF NULL.
     */
    @SqlFunction(name = CONTRIB, section = "B3.27", returns = "DOUBLE")
    public static Double kpiContrib(@Param(name = "formula_kind", type = "VARCHAR") String formulaKind,
                                    @Param(name = "child_actual", type = "DOUBLE") Double childActual,
                                    @Param(name = "child_ref", type = "DOUBLE") Double childRef,
                                    @Param(name = "parent_actual", type = "DOUBLE") Double parentActual,
                                    @Param(name = "parent_ref", type = "DOUBLE") Double parentRef,
                                    @Param(name = "sign", type = "INTEGER") Integer sign) {
        if (formulaKind == null || childActual == null || childRef == null || parentActual == null
                || parentRef == null || sign == null) {
            return null;
        }
        double c = kpiContrib(Domains.code(CONTRIB, "formula_kind", Domains.FORMULA_KINDS, formulaKind),
                childActual, childRef, parentActual, parentRef, sign);
        return Double.isNaN(c) ? null : c;
    }

    private static void finite(double v, String function, String argument) {
        if (!Double.isFinite(v)) {
            throw new DomainException(function, argument, v);
        }
    }
}
