package io.subcube.engine.load.kpi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The synthetic workflow state of an alert (DOMAIN.md §B2.14), drawn from a stream seeded from (dataset
 * seed, alert_id): by the alert month's age against the dataset's latest month, RAISED 60% / REPORTED 40%
 * (latest), CLOSED 50% / IN_REVIEW 30% / RETURNED 20% (previous), TRACKING (two back), HISTORY (older); every
 * status but RAISED carries a cause_code, a §B5.3 class drawn from the KPI's kpi_tree root_cause or, where it
 * has none, its children's (recursively, weighted by the product of the kpi_tree weights on the way).
 */
final class AlertWorkflow {

    private final KpiTree tree;

    AlertWorkflow(KpiTree tree) {
        this.tree = tree;
    }

    /** Status and cause (null for RAISED, or when the KPI has no root cause below it). */
    record State(String status, String cause) {
    }

    State state(long seed, long alertId, int age, int kpi) {
        SplittableRandom r = KpiSeeds.alert(seed, alertId);
        double u = r.nextDouble();
        String status;
        if (age <= 0) {
            status = u < 0.6 ? "RAISED" : "REPORTED";
        } else if (age == 1) {
            status = u < 0.5 ? "CLOSED" : u < 0.8 ? "IN_REVIEW" : "RETURNED";
        } else {
            status = age == 2 ? "TRACKING" : "HISTORY";
        }
        return new State(status, status.equals("RAISED") ? null : cause(kpi, r.nextDouble()));
    }

    /** The root-cause classes below a KPI with their weights, in tree order. */
    Map<String, Double> causes(int kpi) {
        Map<String, Double> out = new LinkedHashMap<>();
        collect(kpi, 1.0, out);
        return out;
    }

    private void collect(int k, double weight, Map<String, Double> out) {
        if (tree.rootCause[k] != null) {
            out.merge(tree.rootCause[k], weight, Double::sum);
            return;
        }
        for (int c : tree.children[k]) {
            collect(c, weight * Dec4.toDouble(tree.weight[c]), out);
        }
    }

    private String cause(int kpi, double u) {
        Map<String, Double> causes = causes(kpi);
        double total = 0;
        for (double w : causes.values()) {
            total += w;
        }
        String last = null;
        double cumulative = 0;
        for (Map.Entry<String, Double> e : causes.entrySet()) {
            cumulative += e.getValue();
            last = e.getKey();
            if (u * total < cumulative) {
                return last;
            }
        }
        return last;
    }
}
