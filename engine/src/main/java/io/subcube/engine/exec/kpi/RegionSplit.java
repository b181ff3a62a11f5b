package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Store;
import io.subcube.functions.KpiFunctions;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * DOMAIN.md §B5.4 step 2, a breach down the region hierarchy: a KPI's gap at a region is split over the child
 * regions by the KPI's rollup — SUM: child_actual − child_ref (KPI_CONTRIB); RATIO against the parent's reference
 * ratio t: (num_i − t·den_i) / den_parent, which adds up to num/den − t exactly; NONE: no split, the children are
 * listed. Each group is listed by ascending contribution, children that breach the same rule are flagged, and the
 * split repeats below every flagged child down to the KPI's finest level.
 *
 * <p>Flagging: the enabled alert rules on the KPI that watch the child's level (and city) decide, with
 * KPI_BREACH; where none does, a child is flagged when its contribution (its own gap for NONE) is adverse —
 * below zero for an UP KPI, above zero for a DOWN one.
 */
public final class RegionSplit {

    public static final String FUNCTION = "KPI_REGION_SPLIT";

    private final Regions regions;
    private final KpiMonth month;
    private final AlertRules rules;
    private final KpiNode kpi;
    private final Reference reference;

    RegionSplit(Regions regions, KpiMonth month, AlertRules rules, KpiNode kpi, Reference reference) {
        this.regions = regions;
        this.month = month;
        this.rules = rules;
        this.kpi = kpi;
        this.reference = reference;
    }

    /**
     * KPI_REGION_SPLIT on a store: NULL kpi, region or month give no rows, as does a KPI without a kpi_month row
     * at the region; bad arguments throw {@link KpiArgumentException}.
     */
    public static List<SplitRow> run(Store store, String kpiCode, Integer regionId, Integer monthId,
                                     String referenceKind, Double threshold) {
        KpiCall call = KpiCall.check(store, FUNCTION, kpiCode, regionId, monthId, referenceKind, threshold);
        if (call == null) {
            return List.of();
        }
        KpiNode kpi = call.kpi();
        RegionNode region = call.region();
        if (Regions.depth(region.level()) >= Regions.depth(kpi.minLevel())) {
            throw new KpiArgumentException(FUNCTION, "region " + regionId + " is a " + region.level() + ", the finest"
                    + " level " + kpi.code() + " is kept at (min_level): there is no finer level to split into");
        }
        if (call.reference().kind() == Reference.Kind.THRESHOLD && "SUM".equals(kpi.rollup())) {
            // a threshold on a total says nothing about what each child region should have reached
            throw new KpiArgumentException(FUNCTION, "reference THRESHOLD splits only RATIO (or NONE) KPIs over "
                    + "regions; " + kpi.code() + " rolls up by SUM: use TARGET or PREVIOUS");
        }
        KpiSources sources = call.sources();
        return new RegionSplit(sources.regions(), sources.month(monthId), sources.rules(), kpi, call.reference())
                .split(region);
    }

    /** The groups breadth first: the region's children, then the children of each flagged child, and so on. */
    List<SplitRow> split(RegionNode top) {
        List<SplitRow> out = new ArrayList<>();
        if (month.get(top.id(), kpi.code()) == null) {
            return out;
        }
        Deque<RegionNode> parents = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        parents.add(top);
        depths.add(1);
        int finest = Regions.depth(kpi.minLevel());
        while (!parents.isEmpty()) {
            RegionNode parent = parents.poll();
            int depth = depths.poll();
            for (SplitRow row : group(parent, depth)) {
                out.add(row);
                RegionNode child = regions.node(row.regionId());
                if (Boolean.TRUE.equals(row.breached()) && Regions.depth(child.level()) < finest) {
                    parents.add(child);
                    depths.add(depth + 1);
                }
            }
        }
        return out;
    }

    private List<SplitRow> group(RegionNode parent, int depth) {
        KpiValues pv = month.getOrMissing(parent.id(), kpi.code());
        BigDecimal pref = reference.of(pv);
        Double parentGap = parentGap(pv, pref);
        List<SplitRow> rows = new ArrayList<>();
        for (RegionNode child : regions.children(parent.id())) {
            KpiValues cv = month.getOrMissing(child.id(), kpi.code());
            BigDecimal cref = reference.of(cv);
            Double gap = cv.actual() == null || cref == null ? null : cv.actual().subtract(cref).doubleValue();
            Double contribution = contribution(cv, cref, pv, pref);
            Double share = contribution == null || parentGap == null || parentGap == 0 ? null
                    : KpiDrill.share(contribution, parentGap);
            AlertRules.Verdict verdict = rules.verdict(kpi.code(), child, cv);
            if (verdict == null) {
                verdict = new AlertRules.Verdict(adverse(contribution != null ? contribution : gap), null);
            }
            rows.add(new SplitRow(depth, parent.id(), child.id(), child.name(), child.level(), cv.actual(), cref,
                    cv.num(), cv.den(), gap, pref, parentGap, contribution, share, verdict.breached(),
                    verdict.ruleId()));
        }
        Comparator<Double> ascendingNullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        boolean none = "NONE".equals(kpi.rollup());
        rows.sort(Comparator.comparing((SplitRow r) -> none ? r.gap() : r.contribution(), ascendingNullsLast)
                .thenComparingInt(SplitRow::regionId));
        return rows;
    }

    /** The parent's gap the group adds up to: num/den − t for RATIO (unrounded), actual − reference otherwise. */
    private Double parentGap(KpiValues pv, BigDecimal pref) {
        if (pref == null) {
            return null;
        }
        if ("RATIO".equals(kpi.rollup())) {
            if (pv.num() == null || pv.den() == null || pv.den().signum() == 0) {
                return null;
            }
            return pv.num().doubleValue() / pv.den().doubleValue() - pref.doubleValue();
        }
        return pv.actual() == null ? null : pv.actual().subtract(pref).doubleValue();
    }

    private Double contribution(KpiValues cv, BigDecimal cref, KpiValues pv, BigDecimal pref) {
        switch (kpi.rollup()) {
            case "SUM":
                return KpiFunctions.kpiContrib("SUM", KpiValues.d(cv.actual()), KpiValues.d(cref),
                        KpiValues.d(pv.actual()), KpiValues.d(pref), 1);
            case "RATIO":
                if (cv.num() == null || cv.den() == null || pref == null || pv.den() == null
                        || pv.den().signum() == 0) {
                    return null;
                }
                double t = pref.doubleValue();
                return (cv.num().doubleValue() - t * cv.den().doubleValue()) / pv.den().doubleValue();
            default:
                return null;
        }
    }

    private Boolean adverse(Double x) {
        if (x == null) {
            return null;
        }
        return kpi.up() ? x < 0 : x > 0;
    }
}
