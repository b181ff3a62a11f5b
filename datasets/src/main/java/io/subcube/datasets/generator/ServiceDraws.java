package io.subcube.datasets.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The drawn side of service_month (DOMAIN.md §B2.8): per city × service level parameters and monthly paths
 * from January of the start year, from the (seed)-stream, and the rows they give. Fields are open to
 * {@link MmsCalibration}, which bends the MMS paths through the anchors.
 */
final class ServiceDraws {

    private static final double PROVINCE_BASE = 50_000_000;
    /** Monthly growth of every city's paying base. */
    private static final double BASE_GROWTH = 1.004;
    private static final double[] PENETRATION = {0.18, 0.35, 0.20, 0.25, 0.12, 0.05, 0.03, 0.04, 0.04, 0.02};
    /** Monthly revenue per using user, CNY. */
    private static final double[] REV_PER_USER = {1.25, 6.5, 3.0, 8.0, 0.3, 0.5, 1.8, 3.0, 5.0, 2.5};
    private static final double[] PAYING_RATE = {0.92, 0.95, 0.90, 0.75, 0.20, 0.15, 0.85, 0.92, 0.95, 0.60};
    private static final double[] USAGE_PER_USER = {39.2, 1.5, 20, 12, 14, 6, 2, 20, 12, 6};

    /** Path months: index 0 is January of the start year. */
    final int total;
    // per city × service: completion, satisfaction, complaints per 10,000 users, overcharge share,
    // growth metrics and usage per user
    final double[][] completion;
    final double[][] satisfaction;
    final double[][] complaintRate;
    final double[][] overcharge;
    final double[][] contrib;
    final double[][] cagr;
    final double[][] usage;
    /** Factor on the mean of paying users that gives avg_paying_users_ytd (1 unless calibrated). */
    final double[][] avgScale;
    // monthly paths [t][city][service]
    final long[][][] revenue;     // cents
    final long[][][] using;
    final long[][][] paying;
    final long[][][] payingBase;

    /**
     * Draws {@code total} path months. The paying base of city c in path month t is {@code level[c]} grown
     * from month {@code origin}; {@code level} null means the drawn city sizes grown from January.
     */
    private ServiceDraws(SplittableRandom rng, int total, long[] level, int origin) {
        int cities = Geography.CITIES;
        int services = Catalog.SERVICES;
        this.total = total;
        double[][] base = new double[cities][services];
        double[][] growth = new double[cities][services];
        completion = new double[cities][services];
        satisfaction = new double[cities][services];
        complaintRate = new double[cities][services];
        overcharge = new double[cities][services];
        contrib = new double[cities][services];
        cagr = new double[cities][services];
        usage = new double[cities][services];
        avgScale = new double[cities][services];
        double[] cityBase = new double[cities];
        for (int c = 0; c < cities; c++) {
            cityBase[c] = PROVINCE_BASE * Geography.CITY_SHARES[c] / 100.0 * (0.9 + 0.2 * rng.nextDouble());
            for (int s = 0; s < services; s++) {
                base[c][s] = PENETRATION[s] * (0.8 + 0.4 * rng.nextDouble());
                growth[c][s] = 0.002 + 0.018 * rng.nextDouble();
                completion[c][s] = 0.55 + 0.25 * rng.nextDouble();
                satisfaction[c][s] = 65 + 17 * rng.nextDouble();
                complaintRate[c][s] = 0.8 + 1.7 * rng.nextDouble();
                overcharge[c][s] = 0.03 + 0.09 * rng.nextDouble();
                contrib[c][s] = 0.4 + 1.4 * rng.nextDouble();
                cagr[c][s] = 0.05 + 0.40 * rng.nextDouble();
                usage[c][s] = USAGE_PER_USER[s] * (0.75 + 0.5 * rng.nextDouble());
            }
            Arrays.fill(avgScale[c], 1.0);
        }
        revenue = new long[total][cities][services];
        using = new long[total][cities][services];
        paying = new long[total][cities][services];
        payingBase = new long[total][cities][services];
        for (int t = 0; t < total; t++) {
            for (int c = 0; c < cities; c++) {
                // the draws above are made either way, so an anchored base leaves every other draw as it was
                double pb = level == null ? cityBase[c] * Math.pow(BASE_GROWTH, t)
                        : level[c] * Math.pow(BASE_GROWTH, t - origin);
                for (int s = 0; s < services; s++) {
                    double u = pb * base[c][s] * Math.pow(1 + growth[c][s], t) * (0.97 + 0.06 * rng.nextDouble());
                    using[t][c][s] = Math.round(u);
                    payingBase[t][c][s] = Math.round(pb);
                    paying[t][c][s] = Math.round(u * PAYING_RATE[s] * (0.97 + 0.03 * rng.nextDouble()));
                    revenue[t][c][s] = Math.round(u * REV_PER_USER[s] * (0.95 + 0.1 * rng.nextDouble()) * 100);
                }
            }
        }
    }

    /** Drawn paths with the drawn city sizes. */
    static ServiceDraws draw(SplittableRandom rng, int total) {
        return new ServiceDraws(rng, total, null, 0);
    }

    /** Drawn paths whose paying base is exactly {@code level[c]} in path month {@code origin}. */
    static ServiceDraws drawWithBase(SplittableRandom rng, int total, long[] level, int origin) {
        return new ServiceDraws(rng, total, level, origin);
    }

    /** City c's row for service s in path month t; {@code yearStart} is the path month of that year's January. */
    ServiceFigures city(int t, int yearStart, int c, int s) {
        long ytd = 0;
        double payAcc = 0;
        for (int i = yearStart; i <= t; i++) {
            ytd += revenue[i][c][s];
            payAcc += paying[i][c][s];
        }
        double avg = payAcc / (t - yearStart + 1) * avgScale[c][s];
        long rev = revenue[t][c][s];
        long use = using[t][c][s];
        return new ServiceFigures(ytd, Math.round(ytd / completion[c][s]), rev, Math.round(rev * overcharge[c][s]),
                use, payingBase[t][c][s], paying[t][c][s], Math.round(use * usage[c][s]),
                Math.round(use * complaintRate[c][s] / 10000.0), Math.round(satisfaction[c][s] * 100), avg,
                round4(contrib[c][s]), round4(cagr[c][s]));
    }

    /**
     * The province row of service s over its city rows: sums, and means weighted by users (satisfaction) or
     * by year-to-date revenue (growth contribution, CAGR) of the drawn, unrounded city values.
     */
    ServiceFigures province(int s, ServiceFigures[] cities) {
        long ytd = 0;
        long plan = 0;
        long rev = 0;
        long over = 0;
        long use = 0;
        long pb = 0;
        long pay = 0;
        long vol = 0;
        long compl = 0;
        double avg = 0;
        double satW = 0;
        double contribW = 0;
        double cagrW = 0;
        for (int c = 0; c < cities.length; c++) {
            ServiceFigures f = cities[c];
            ytd += f.revenueYtd();
            plan += f.revenuePlanYtd();
            rev += f.serviceRevenue();
            over += f.pkgOverchargeRev();
            use += f.usingUsers();
            pb += f.payingBase();
            pay += f.payingUsers();
            vol += f.usageVolume();
            compl += f.complaints();
            avg += f.avgPayingUsersYtd();
            satW += satisfaction[c][s] * f.usingUsers();
            contribW += contrib[c][s] * f.revenueYtd();
            cagrW += cagr[c][s] * f.revenueYtd();
        }
        return new ServiceFigures(ytd, plan, rev, over, use, pb, pay, vol, compl, Math.round(satW / use * 100), avg,
                round4(contribW / ytd), round4(cagrW / ytd));
    }

    static double round4(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
