package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Store;
import io.subcube.functions.KpiFunctions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DOMAIN.md §B5.4 step 1, a breach down the KPI tree: the gap of a KPI at a region and month is split over its
 * children (SUM and PRODUCT by KPI_CONTRIB, DRIVERS by severity), the drill descends where the {@link DrillCuts}
 * say, and every path root → leaf comes out one row per step.
 *
 * <p>Each step also carries {@code root_contrib}, its part of the depth-0 gap: a SUM or PRODUCT child's
 * contribution scaled by (parent's root_contrib / parent's gap), which is exactly the chained sum (SUM) or
 * log-mean Divisia (PRODUCT) decomposition; a DRIVERS child's share of its parent's root_contrib in proportion
 * to its severity among its siblings. The path ends then split the explained gap between controllable and
 * uncertain causes (§B5.3).
 */
public final class KpiDrill {

    public static final String FUNCTION = "KPI_DRILL";

    private final KpiTree tree;
    private final KpiMonth month;
    private final int regionId;
    private final Reference reference;
    private final DrillCuts cuts;

    KpiDrill(KpiTree tree, KpiMonth month, int regionId, Reference reference, DrillCuts cuts) {
        this.tree = tree;
        this.month = month;
        this.regionId = regionId;
        this.reference = reference;
        this.cuts = cuts;
    }

    /**
     * KPI_DRILL on a store: NULL kpi, region or month give no rows, as does a KPI without a kpi_month row there;
     * bad arguments throw {@link KpiArgumentException}.
     */
    public static List<DrillStep> run(Store store, String kpiCode, Integer regionId, Integer monthId,
                                      String referenceKind, Double threshold) {
        KpiCall call = KpiCall.check(store, FUNCTION, kpiCode, regionId, monthId, referenceKind, threshold);
        if (call == null) {
            return List.of();
        }
        KpiNode kpi = call.kpi();
        KpiMonth month = call.sources().month(monthId);
        if (call.reference().kind() == Reference.Kind.THRESHOLD && isAdditive(kpi)) {
            // the children of a SUM or PRODUCT add up to the gap to their own references, never to a free threshold
            throw new KpiArgumentException(FUNCTION, "reference THRESHOLD cannot be split over the children of "
                    + kpi.code() + " (" + kpi.formulaKind() + "); use TARGET or PREVIOUS");
        }
        return new KpiDrill(call.sources().tree(), month, regionId, call.reference(), DrillCuts.of(store.parameters()))
                .drill(kpi);
    }

    private static boolean isAdditive(KpiNode kpi) {
        return "SUM".equals(kpi.formulaKind()) || "PRODUCT".equals(kpi.formulaKind());
    }

    /** The paths from {@code kpi}; empty when it has no row at the region and month. */
    List<DrillStep> drill(KpiNode kpi) {
        KpiValues v = month.get(regionId, kpi.code());
        if (v == null) {
            return List.of();
        }
        BigDecimal ref = reference.of(v);
        Step root = explore(kpi, v, ref, null, null, difference(v.actual(), ref), new HashSet<>());
        List<List<Step>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return rows(root, paths);
    }

    /** One explored node of the tree. */
    private static final class Step {
        final KpiNode node;
        final KpiValues values;
        final BigDecimal reference;
        final Double gap;
        final Double contrib;
        final Double severity;
        final Double rootContrib;
        final List<Step> children = new ArrayList<>();

        Step(KpiNode node, KpiValues values, BigDecimal reference, Double contrib, Double severity,
             Double rootContrib) {
            this.node = node;
            this.values = values;
            this.reference = reference;
            this.gap = difference(values.actual(), reference);
            this.contrib = contrib;
            this.severity = severity;
            this.rootContrib = rootContrib;
        }
    }

    private Step explore(KpiNode node, KpiValues v, BigDecimal ref, Double contrib, Double severity,
                         Double rootContrib, Set<String> onPath) {
        Step s = new Step(node, v, ref, contrib, severity, rootContrib);
        // onPath guards against a kpi_tree that is not a tree
        if (node.isLeaf() || !onPath.add(node.code())) {
            return s;
        }
        switch (node.formulaKind()) {
            case "SUM", "PRODUCT" -> splitByContribution(s, onPath);
            case "DRIVERS" -> splitBySeverity(s, onPath);
            default -> { }
        }
        onPath.remove(node.code());
        return s;
    }

    private void splitByContribution(Step parent, Set<String> onPath) {
        for (KpiNode kid : tree.children(parent.node.code())) {
            KpiValues kv = month.getOrMissing(regionId, kid.code());
            BigDecimal kref = reference.ofOtherKpi(kv);
            Double c = KpiFunctions.kpiContrib(parent.node.formulaKind(), KpiValues.d(kv.actual()),
                    KpiValues.d(kref), KpiValues.d(parent.values.actual()), KpiValues.d(parent.reference), kid.sign());
            if (descends(c, parent.gap)) {
                parent.children.add(explore(kid, kv, kref, c, null, scaled(c, parent), onPath));
            }
        }
        double direction = parent.gap == null ? 0 : Math.signum(parent.gap);
        // the child that widens the gap most comes first
        parent.children.sort(Comparator.comparingDouble((Step s) -> -s.contrib * direction));
    }

    private boolean descends(Double contrib, Double gap) {
        return contrib != null && gap != null && gap != 0 && Math.signum(contrib) == Math.signum(gap)
                && Math.abs(contrib) >= cuts.contribShare() * Math.abs(gap);
    }

    /** A child's part of the depth-0 gap: its contribution times the parent's (root_contrib / gap). */
    private static Double scaled(Double contrib, Step parent) {
        if (contrib == null || parent.rootContrib == null || parent.gap == null || parent.gap == 0) {
            return null;
        }
        return contrib * (parent.rootContrib / parent.gap);
    }

    private void splitBySeverity(Step parent, Set<String> onPath) {
        List<KpiNode> kids = tree.children(parent.node.code());
        Double[] severity = new Double[kids.size()];
        double total = 0;
        for (int i = 0; i < kids.size(); i++) {
            KpiValues kv = month.getOrMissing(regionId, kids.get(i).code());
            severity[i] = severity(kids.get(i), kv.actual(), reference.ofOtherKpi(kv));
            total += severity[i] == null ? 0 : severity[i];
        }
        for (int i = 0; i < kids.size(); i++) {
            if (severity[i] == null || severity[i] <= cuts.severity()) {
                continue;
            }
            KpiValues kv = month.getOrMissing(regionId, kids.get(i).code());
            Double share = parent.rootContrib == null ? null : parent.rootContrib * (severity[i] / total);
            parent.children.add(explore(kids.get(i), kv, reference.ofOtherKpi(kv), null, severity[i], share, onPath));
        }
        parent.children.sort(Comparator.comparingDouble((Step s) -> -s.severity));
    }

    /**
     * §B5.4 severity = weight · max(0, shortfall), shortfall = 1 − attainment (UP) or attainment − 1 (DOWN),
     * attainment = actual / reference; NULL without a positive reference (as KPI_BREACH's ratio kinds).
     */
    static Double severity(KpiNode kpi, BigDecimal actual, BigDecimal reference) {
        if (actual == null || reference == null || reference.signum() <= 0) {
            return null;
        }
        double attainment = actual.doubleValue() / reference.doubleValue();
        double shortfall = kpi.up() ? 1 - attainment : attainment - 1;
        return kpi.weight() * Math.max(0, shortfall);
    }

    /** {@code part / whole}, with a zero part giving 0.0 rather than −0.0 (which prints as "-0.0"). */
    static double share(double part, double whole) {
        return part / whole + 0.0;
    }

    private static Double difference(BigDecimal actual, BigDecimal reference) {
        return actual == null || reference == null ? null : actual.subtract(reference).doubleValue();
    }

    private static void collect(Step s, List<Step> prefix, List<List<Step>> paths) {
        prefix.add(s);
        if (s.children.isEmpty()) {
            paths.add(List.copyOf(prefix));
        }
        for (Step c : s.children) {
            collect(c, prefix, paths);
        }
        prefix.remove(prefix.size() - 1);
    }

    private static List<DrillStep> rows(Step root, List<List<Step>> paths) {
        double controllable = 0;
        double uncertain = 0;
        for (List<Step> path : paths) {
            Step end = path.get(path.size() - 1);
            CauseClass c = CauseClass.of(end.node.rootCause());
            if (c != null && end.rootContrib != null) {
                if (c == CauseClass.CONTROLLABLE) {
                    controllable += end.rootContrib;
                } else {
                    uncertain += end.rootContrib;
                }
            }
        }
        double explained = controllable + uncertain;
        Double controllableShare = explained == 0 ? null : share(controllable, explained);
        Double uncertainShare = explained == 0 ? null : share(uncertain, explained);
        Double explainedShare = root.gap == null || root.gap == 0 ? null : share(explained, root.gap);
        List<DrillStep> out = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
            List<Step> path = paths.get(p);
            for (int d = 0; d < path.size(); d++) {
                Step s = path.get(d);
                CauseClass c = CauseClass.of(s.node.rootCause());
                Double gapShare = s.rootContrib == null || root.gap == null || root.gap == 0 ? null
                        : share(s.rootContrib, root.gap);
                out.add(new DrillStep(p + 1, d, s.node.code(), d == 0 ? null : path.get(d - 1).node.code(),
                        s.node.formulaKind(), s.values.actual(), s.reference, s.gap, s.contrib, s.severity,
                        s.rootContrib, gapShare, s.node.rootCause(), c == null ? null : c.name(),
                        d == path.size() - 1, controllableShare, uncertainShare, explainedShare));
            }
        }
        return out;
    }
}
