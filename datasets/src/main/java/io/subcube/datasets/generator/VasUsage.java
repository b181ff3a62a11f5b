package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Catalog.CRBT;
import static io.subcube.datasets.generator.Catalog.FETION;
import static io.subcube.datasets.generator.Catalog.MAIL139;
import static io.subcube.datasets.generator.Catalog.MINTERNET;
import static io.subcube.datasets.generator.Catalog.MMS;
import static io.subcube.datasets.generator.Catalog.MNEWS;
import static io.subcube.datasets.generator.Catalog.MZONE;
import static io.subcube.datasets.generator.Catalog.NONGXIN;
import static io.subcube.datasets.generator.Catalog.PIM;
import static io.subcube.datasets.generator.Catalog.PLAY;
import static io.subcube.datasets.generator.Catalog.SERVICES;
import static io.subcube.datasets.generator.Catalog.XXT;
import static io.subcube.datasets.generator.MonthCalendar.NEVER;

import java.util.SplittableRandom;

/**
 * The subscriber's value-added services (§B2.6, §B2.7, §B2.15): which it adopts and from when, which it
 * subscribes to, and per month and service whether it is used, how much, and the revenue; with the first-use
 * months and streaks that vas_usage and subscriber_month carry.
 */
final class VasUsage {

    /** Adoption probability of eligible subscribers by brand GOTONE, MZONE, SZX. */
    private static final double[][] ADOPT = {
        {0.31, 0.43, 0.25},   // MMS (data capable)
        {0.39, 0.50, 0.325},  // CRBT
        {0.45, 0.37, 0.40},   // MNEWS (data capable)
        {0.40, 0.44, 0.37},   // MINTERNET (data capable)
        {0.23, 0.34, 0.18},   // FETION (data capable)
        {0.19, 0.11, 0.09},   // MAIL139 (data capable)
        {0.10, 0.08, 0.07},   // PIM (data capable)
        {0.19, 0.19, 0.19},   // NONGXIN (rural residents)
        {0.05, 0.05, 0.05},   // XXT (age-dependent instead)
        {0.03, 0.10, 0.03}};  // PLAY (data capable)
    /** Probability that an adopted service is used in a month. */
    private static final double[] ACTIVITY = {0.80, 0.25, 0.50, 0.85, 0.80, 0.67, 0.75, 0.75, 0.80, 0.67};
    private static final double[] P_SUBSCRIBED = {0.30, 1.0, 1.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    /** How far back (months before the start) adoption of the initial base reaches. */
    private static final int HISTORY = 36;

    private final SubscriberProfile subscriber;
    /** Scales every service's usage counts (a heavy or light user). */
    private double intensity;
    private final int[] adoptedAt = new int[SERVICES];

    final boolean[] subscribed = new boolean[SERVICES];
    final int[] firstUse = new int[SERVICES];
    final int[] streak = new int[SERVICES];
    /** This month's usage count per service, 0 when unused. */
    final long[] usage = new long[SERVICES];
    /** This month's revenue per service in cents. */
    final long[] revenue = new long[SERVICES];
    /** Months with any service used, ever and in a row up to this one. */
    int monthsEver;
    int streakMonths;
    int activeCount;
    int stickyCount;
    long revenueTotal;

    VasUsage(SubscriberProfile subscriber) {
        this.subscriber = subscriber;
    }

    /** Draws per service eligibility, adoption, subscription and the adoption month; forgets all use. */
    void drawAdoption(SplittableRandom r, double intensity) {
        this.intensity = intensity;
        int brand = subscriber.brand;
        int age = subscriber.age;
        int joinIdx = subscriber.joinIdx;
        for (int s = 0; s < SERVICES; s++) {
            boolean eligible;
            double p = ADOPT[s][brand];
            if (s == NONGXIN) {
                eligible = subscriber.rural;
            } else if (s == XXT) {
                eligible = age >= 28;
                p = age >= 30 && age <= 50 ? 0.12 : 0.033;
            } else {
                eligible = !Catalog.SERVICE_REQUIRES_DATA[s] || subscriber.dataCapable;
            }
            firstUse[s] = NEVER;
            streak[s] = 0;
            if (!eligible || r.nextDouble() >= p) {
                adoptedAt[s] = NEVER;
                subscribed[s] = false;
                continue;
            }
            subscribed[s] = r.nextDouble() < P_SUBSCRIBED[s];
            if (joinIdx < 0 && r.nextDouble() < 0.85) {
                int lo = Math.max(joinIdx, -HISTORY);
                adoptedAt[s] = lo + r.nextInt(-lo); // lo .. -1
            } else {
                int base = Math.max(0, joinIdx);
                adoptedAt[s] = r.nextDouble() < 0.4 ? base : base + 1 + r.nextInt(24);
            }
        }
    }

    /**
     * Plays the months from the first adoption up to {@code firstSimulated} (use only, no counts or revenue), so
     * that first-use months and streaks are right from the first simulated month.
     */
    void playHistory(SplittableRandom r, int firstSimulated) {
        monthsEver = 0;
        streakMonths = 0;
        int from = NEVER;
        for (int s = 0; s < SERVICES; s++) {
            from = Math.min(from, adoptedAt[s]);
        }
        for (int k = from; k < firstSimulated; k++) {
            boolean any = false;
            for (int s = 0; s < SERVICES; s++) {
                if (adoptedAt[s] <= k && drawUse(r, s, k)) {
                    any = true;
                }
            }
            countMonth(any);
        }
    }

    /** Draws month index {@code k}: per adopted service its use, usage count and revenue. */
    void month(SplittableRandom r, int k) {
        activeCount = 0;
        stickyCount = 0;
        revenueTotal = 0;
        for (int s = 0; s < SERVICES; s++) {
            usage[s] = 0;
            revenue[s] = 0;
            if (adoptedAt[s] > k) {
                continue;
            }
            if (drawUse(r, s, k)) {
                usage[s] = drawUsage(r, s);
                activeCount++;
                if (Catalog.SERVICE_STICKY[s]) {
                    stickyCount++;
                }
            }
            revenue[s] = serviceRevenue(s);
            revenueTotal += revenue[s];
        }
        countMonth(activeCount > 0);
    }

    /** Whether service {@code s} has a vas_usage row in month {@code k}: adopted, and subscribed or ever used. */
    boolean hasRow(int s, int k) {
        return adoptedAt[s] <= k && (subscribed[s] || firstUse[s] != NEVER);
    }

    /** Draws whether service {@code s} is used in month {@code k}, and advances its first use and streak. */
    private boolean drawUse(SplittableRandom r, int s, int k) {
        if (r.nextDouble() < ACTIVITY[s]) {
            if (firstUse[s] == NEVER) {
                firstUse[s] = k;
            }
            streak[s]++;
            return true;
        }
        streak[s] = 0;
        return false;
    }

    private void countMonth(boolean anyUse) {
        if (anyUse) {
            monthsEver++;
            streakMonths++;
        } else {
            streakMonths = 0;
        }
    }

    private long drawUsage(SplittableRandom r, int s) {
        double f = intensity;
        long v = switch (s) {
            case MMS -> 1 + (long) (-(subscriber.brand == MZONE ? 5.0 : 3.0) * f * Math.log(1 - r.nextDouble()));
            case CRBT -> 1 + (long) (-0.8 * f * Math.log(1 - r.nextDouble()));
            case MNEWS, NONGXIN -> Math.round((5 + r.nextInt(36)) * f);
            case MINTERNET -> Math.round((1 + r.nextInt(25)) * f);
            case FETION -> Math.round((1 + r.nextInt(27)) * f);
            case MAIL139, PLAY -> Math.round((1 + r.nextInt(16)) * f);
            case PIM -> 1 + r.nextInt(4);
            case XXT -> Math.round((3 + r.nextInt(20)) * f);
            default -> 1;
        };
        // MINTERNET and FETION count days of use
        return Math.max(1, s == MINTERNET || s == FETION ? Math.min(v, 28) : v);
    }

    /** Function fee when subscribed plus information fees, in cents [I]. */
    private long serviceRevenue(int s) {
        long u = usage[s];
        return switch (s) {
            case MMS -> subscribed[s] ? 300 : 30 * u;
            case CRBT -> 500 + 150 * u;
            case MINTERNET -> subscribed[s] ? 500 : 50 * u;
            default -> subscribed[s] ? Catalog.SERVICE_FEE_CENTS[s] : 0;
        };
    }
}
