package io.subcube.engine.load.kpi;

import io.subcube.functions.MonthFunctions;
import java.util.List;
import java.util.Map;

/**
 * Targets of kpi_month (DOMAIN.md §B2.13). At a KPI's min_level: the mean actual of the previous 3 months
 * (fewer at the start; the month's own actual in the first month — DOMAIN says its "unshocked" actual, which
 * the load does not know, so the actual as it is) × U(0.95, 1.15), one draw per region and month from an
 * independent stream shared by the KPIs that add or multiply up to the same parent (REV_VOICE and REV_VAS,
 * NEW_ADDS and CHURNS, the CRBT volumes), so a SUM or PRODUCT parent's target is the sum or product of its
 * children's — the CRBT tree's targets are as consistent as its actuals. Prices, averages, shares and
 * indices (RATIO and NONE roll-ups) keep the mean of the previous months without the uplift: a plan pushes
 * volume, not price [I]. RATIO KPIs with a fixed target (NEW_SHARE_2P 0.75, HV_CHURN_SHARE 0.12,
 * NEW_VAS_PEN 0.40, REPEAT_JOIN_RATIO 0.05) have it at every level; ARPU's target is REV_TOTAL's target ÷
 * rows. Levels above min_level roll the targets up as {@link RollUp#targets} says.
 */
final class KpiTargets {

    /** Fixed targets of RATIO KPIs, at scale 4. */
    static final Map<String, Long> FIXED = Map.of("NEW_SHARE_2P", 7_500L, "HV_CHURN_SHARE", 1_200L,
            "NEW_VAS_PEN", 4_000L, "REPEAT_JOIN_RATIO", 500L);

    private final long seed;
    private final KpiTree tree;
    private final Regions regions;
    private final RollUp rollUp;
    private final int revTotal;
    private final int arpu;
    private final int[] order;
    private final boolean[] rolled;
    private final int[] denominatorKpi;

    KpiTargets(long seed, KpiTree tree, Regions regions, RollUp rollUp) {
        this.seed = seed;
        this.tree = tree;
        this.regions = regions;
        this.rollUp = rollUp;
        this.revTotal = tree.require("REV_TOTAL");
        this.arpu = tree.require("ARPU");
        this.order = tree.postOrder();
        this.rolled = new boolean[tree.size];
        this.denominatorKpi = new int[tree.size];
        for (int k = 0; k < tree.size; k++) {
            rolled[k] = k != arpu && !FIXED.containsKey(tree.code[k]);
            String den = CrbtSplit.DENOMINATOR.get(tree.code[k]);
            denominatorKpi[k] = den == null ? -1 : tree.require(den);
        }
    }

    /** Sets every target of {@code v}; {@code history} holds earlier months (any order, any number). */
    void set(KpiValues v, List<KpiValues> history) {
        KpiValues[] previous = new KpiValues[3];
        for (KpiValues h : history) {
            for (int back = 1; back <= 3; back++) {
                if (h.monthId == MonthFunctions.monthAdd(v.monthId, -back)) {
                    previous[back - 1] = h;
                }
            }
        }
        for (int k : order) {
            if (!rolled[k]) {
                continue;
            }
            for (int r : regions.atLevel(tree.minLevel[k])) {
                v.target[k][r] = minLevelTarget(v, previous, k, r);
            }
        }
        rollUp.targets(v, rolled, denominatorKpi);
        for (int k = 0; k < tree.size; k++) {
            Long fixed = FIXED.get(tree.code[k]);
            if (k != arpu && fixed == null) {
                continue;
            }
            for (int level = tree.minLevel[k]; level <= Regions.PROVINCE; level++) {
                for (int r : regions.atLevel(level)) {
                    v.target[k][r] = fixed != null ? fixed : Dec4.ratio(v.target[revTotal][r], v.den[arpu][r]);
                }
            }
        }
    }

    private long minLevelTarget(KpiValues v, KpiValues[] previous, int k, int r) {
        if (tree.arithmetic(k)) {
            boolean product = tree.formula[k].equals("PRODUCT");
            long t = product ? Dec4.ONE : 0;
            for (int c : tree.children[k]) {
                long ct = v.target[c][r];
                if (ct == Dec4.NULL) {
                    return Dec4.NULL;
                }
                t = product ? Dec4.times(t, ct) : Math.addExact(t, tree.sign[c] * ct);
            }
            return t;
        }
        long sum = 0;
        int n = 0;
        for (KpiValues p : previous) {
            if (p != null && p.actual[k][r] != Dec4.NULL) {
                sum = Math.addExact(sum, p.actual[k][r]);
                n++;
            }
        }
        long mean = n > 0 ? Dec4.divHalfUp(sum, n) : v.actual[k][r];
        if (mean == Dec4.NULL || !tree.rollup[k].equals("SUM")) {
            return mean;
        }
        int root = tree.arithmeticRoot(k);
        double uplift = KpiSeeds.uniform(KpiSeeds.target(seed, v.monthId, regions.id[r], tree.code[root]), 0.95, 1.15);
        return Dec4.round(mean * uplift);
    }
}
