package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.MonthCalendar.NEVER;

import java.util.SplittableRandom;

/**
 * Whether and when the subscriber leaves (§B2.1 status, §B2.15): its class-0/1 bundle lock-in, the churn
 * decision taken three months ahead with the decline in usage that precedes it, false-alarm dips that recover,
 * and suspensions. Each month it gives the status and the factors that damp that month's usage.
 */
final class ChurnProcess {

    /** Monthly churn probability by brand (§B2.15). */
    private static final double[] CHURN_P = {0.007, 0.018, 0.028};
    private static final double FALSE_ALARM = 0.03;
    private static final double SUSPEND = 0.01;
    private static final double[] P_BUNDLE = {0.45, 0.15, 0.18};
    /** Decline factors by stage: three months before churning, two, one, and the churn month itself. */
    private static final double[] F_MOU = {0.85, 0.65, 0.45, 0.30};
    private static final double[] F_ARPU = {0.90, 0.75, 0.60, 0.45};
    private static final double[] F_CIRCLE = {0.90, 0.75, 0.60, 0.45};
    private static final double[] ADD_COMP = {0.10, 0.20, 0.30, 0.35};
    /** Below 30.00 of last month's arpu a subscriber is more likely to leave. */
    private static final long LOW_SPENDER_CENTS = 3000;

    private final SubscriberProfile subscriber;
    private int churnAt;
    private int dipStart;

    /** Months left on a class-0/1 bundle, 0 = none. */
    int bundleLeft;
    boolean churned;
    boolean suspended;
    double mouFactor;
    double arpuFactor;
    double circleFactor;
    /** Factor on SMS: the circle's, but only while declining (a suspension alone leaves SMS alone). */
    double smsFactor;
    /** Added to the competitor share while declining. */
    double competitorBoost;

    ChurnProcess(SubscriberProfile subscriber) {
        this.subscriber = subscriber;
    }

    /** Draws the bundle held at the start; VPMN members hold one more often. */
    void drawBundle(SplittableRandom r) {
        double pBundle = P_BUNDLE[subscriber.brand] + (subscriber.vpmn ? 0.25 : 0);
        bundleLeft = r.nextDouble() < pBundle ? 1 + r.nextInt(24) : 0;
    }

    /** Forgets the previous subscriber's decision and dip. */
    void reset() {
        churnAt = NEVER;
        dipStart = NEVER;
    }

    /**
     * Advances to month index {@code k}: the bundle runs down (from the second simulated month), then the
     * churn decision, then suspension.
     */
    void month(SplittableRandom r, int k, boolean notFirst, int tenure, long lastArpu) {
        if (notFirst) {
            runDownBundle(r);
        }
        int stage = -1;
        churned = false;
        if (churnAt != NEVER) {
            if (k == churnAt) {
                churned = true;
                stage = 3;
            } else {
                stage = k - (churnAt - 3);
            }
        } else if (dipStart != NEVER && k - dipStart <= 2) {
            stage = k - dipStart;
        } else {
            dipStart = NEVER;
            double p = CHURN_P[subscriber.brand];
            if (subscriber.vpmn) {
                p *= 0.5;
            }
            if (bundleLeft > 3) {
                p *= 0.4;
            }
            if (lastArpu < LOW_SPENDER_CENTS) {
                p *= 1.5;
            }
            double u = r.nextDouble();
            if (u < p) {
                churnAt = k + 3;
                stage = 0;
            } else if (u < p + FALSE_ALARM) {
                dipStart = k;
                stage = 0;
            }
        }
        suspended = !churned && tenure > 0 && r.nextDouble() < SUSPEND;
        boolean declining = stage >= 0;
        mouFactor = declining ? F_MOU[stage] : 1.0;
        arpuFactor = declining ? F_ARPU[stage] : 1.0;
        circleFactor = declining ? F_CIRCLE[stage] : 1.0;
        competitorBoost = declining ? ADD_COMP[stage] : 0.0;
        if (suspended) {
            mouFactor *= 0.5;
            arpuFactor *= 0.7;
            circleFactor *= 0.7;
        }
        smsFactor = declining ? circleFactor : 1.0;
    }

    String status() {
        return churned ? "CHURNED" : suspended ? "SUSPENDED" : "ACTIVE";
    }

    /** A bundle counts down and is renewed at its end with 40%; without one, 0.92% take one each month. */
    private void runDownBundle(SplittableRandom r) {
        if (bundleLeft > 0) {
            bundleLeft--;
            if (bundleLeft == 0 && r.nextDouble() < 0.4) {
                bundleLeft = r.nextDouble() < 0.5 ? 12 : 24;
            }
        } else if (r.nextDouble() < 0.0092) {
            bundleLeft = r.nextDouble() < 0.5 ? 12 : 24;
        }
    }
}
