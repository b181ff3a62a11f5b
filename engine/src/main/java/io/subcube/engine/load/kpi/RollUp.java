package io.subcube.engine.load.kpi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Rolls kpi_month values from a KPI's min_level up the region hierarchy by its {@code rollup} (DOMAIN.md
 * §B2.13): SUM adds the children; RATIO adds their num and den (actual = num/den to 4 decimals; a target is
 * the mean of the children's targets weighted by their denominators, see {@link #targets}); NONE is the mean
 * weighted by the children's REV_TOTAL (the plain mean where that is 0). NULL children are left out; a region
 * with none is NULL.
 */
final class RollUp {

    private final KpiTree tree;
    private final Regions regions;
    private final int revTotal;

    RollUp(KpiTree tree, Regions regions) {
        this.tree = tree;
        this.regions = regions;
        this.revTotal = tree.require("REV_TOTAL");
    }

    /** Actuals (and num, den) of every level above each KPI's min_level, a level at a time. */
    void actuals(KpiValues v) {
        for (int level = Regions.GRID + 1; level <= Regions.PROVINCE; level++) {
            for (int k = 0; k < tree.size; k++) {
                if (tree.minLevel[k] >= level) {
                    continue;
                }
                for (int r : regions.atLevel(level)) {
                    int[] kids = regions.children[r];
                    switch (tree.rollup[k]) {
                        case "SUM" -> v.actual[k][r] = sum(v.actual[k], kids);
                        case "RATIO" -> v.ratio(k, r, sum(v.num[k], kids), sum(v.den[k], kids));
                        default -> v.actual[k][r] = weighted(v.actual[k], v.actual[revTotal], kids);
                    }
                }
            }
        }
    }

    /**
     * Targets of every level above min_level of the KPIs in {@code which}: SUM adds; RATIO weights each
     * child's target by the target of the KPI that is its denominator ({@code denominatorKpi[k]}, so that the
     * parent is Σ target num / Σ target den), or by the child's den when there is no such KPI; NONE weights by
     * REV_TOTAL actuals.
     */
    void targets(KpiValues v, boolean[] which, int[] denominatorKpi) {
        for (int level = Regions.GRID + 1; level <= Regions.PROVINCE; level++) {
            for (int k = 0; k < tree.size; k++) {
                if (!which[k] || tree.minLevel[k] >= level) {
                    continue;
                }
                long[] weights = switch (tree.rollup[k]) {
                    case "RATIO" -> denominatorKpi[k] >= 0 ? v.target[denominatorKpi[k]] : v.den[k];
                    case "NONE" -> v.actual[revTotal];
                    default -> null;
                };
                for (int r : regions.atLevel(level)) {
                    int[] kids = regions.children[r];
                    v.target[k][r] = weights == null ? sum(v.target[k], kids) : weighted(v.target[k], weights, kids);
                }
            }
        }
    }

    private static long sum(long[] values, int[] kids) {
        long s = 0;
        boolean any = false;
        for (int c : kids) {
            if (values[c] != Dec4.NULL) {
                s = Math.addExact(s, values[c]);
                any = true;
            }
        }
        return any ? s : Dec4.NULL;
    }

    /** Σ value·weight / Σ weight over the non-NULL values, to 4 decimals; the plain mean when Σ weight is 0. */
    private static long weighted(long[] values, long[] weights, int[] kids) {
        BigInteger num = BigInteger.ZERO;
        long den = 0;
        long plain = 0;
        int n = 0;
        for (int c : kids) {
            if (values[c] == Dec4.NULL) {
                continue;
            }
            long w = weights[c] == Dec4.NULL ? 0 : weights[c];
            num = num.add(BigInteger.valueOf(values[c]).multiply(BigInteger.valueOf(w)));
            den = Math.addExact(den, w);
            plain = Math.addExact(plain, values[c]);
            n++;
        }
        if (n == 0) {
            return Dec4.NULL;
        }
        if (den == 0) {
            return Dec4.divHalfUp(plain, n);
        }
        return new BigDecimal(num).divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
