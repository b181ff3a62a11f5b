package io.subcube.datasets.generator;

import io.subcube.datasets.generator.MmsTargets.Rel;

/**
 * The seed's anchored MMS rows of DOMAIN.md §B2.8, placed on the city rows of an anchored month (200807, 200808,
 * 200809, 200811) to meet that month's {@link MmsTargets}, whatever the seed.
 *
 * <p>The paying base, year-to-date revenue and month's revenue come from the (calibrated) paths, so year-to-date
 * figures keep adding up month by month; every other figure is a city split of the province total the target
 * implies ({@link ExactSplit}): the best city gets exactly the best value, the others a share by a fixed city
 * pattern. Since the splits are exact the province row is the sum of its cities (means weighted as the drawn
 * rows weigh them), and September's is the seed's row. The patterns keep every other city well below the best
 * one (by 8% or more); a placement that broke that would be a bug here and throws.
 */
final class MmsAnchors {

    /** MMS in the service catalogue. */
    static final int SERVICE = 0;

    private static final int NJ = MmsTargets.NJ;
    private static final int WX = MmsTargets.WX;
    private static final int CZ = MmsTargets.CZ;
    private static final int SZ = MmsTargets.SZ;
    private static final int CITIES = Geography.CITIES;
    private static final ServiceFigures PROVINCE_SEPTEMBER = MmsTargets.PROVINCE_SEPTEMBER;

    // City patterns in Geography order NJ WX XZ CZ SZ NT LYG HA YC YZ ZJ TZ SQ: relative levels of a city's
    // ratio against the other cities (0 where the city holds the maximum and gets the best value instead).
    // MMS is strongest in the south (Sunan), weakest in the north (Subei). [I]
    private static final double[] PAYING_BASE_WOBBLE =
        {1.000, 1.012, 0.991, 1.018, 1.006, 0.987, 0.979, 1.015, 0.996, 1.009, 0.984, 1.003, 0.992};
    /** Revenue per head of paying base, for September's year-to-date revenue. */
    private static final double[] REVENUE_LEVEL =
        {1.30, 1.15, 0.80, 1.05, 0, 0.95, 0.75, 0.78, 0.85, 0.92, 1.02, 0.90, 0.72};
    /** Year-to-date revenue over the month's revenue, relative: how steeply a city grew this year. */
    private static final double[] MONTH_SHARE =
        {1.00, 1.01, 0.98, 0, 1.02, 0.99, 0.97, 0.99, 1.00, 1.01, 0.98, 1.00, 0.97};
    private static final double[] COMPLETION =
        {1.06, 1.04, 0.92, 1.00, 0, 0.98, 0.90, 0.94, 0.93, 0.97, 1.02, 0.96, 0.88};
    private static final double[] PENETRATION =
        {0, 1.14, 0.90, 1.08, 1.12, 1.00, 0.84, 0.86, 0.90, 0.98, 1.06, 0.96, 0.82};
    private static final double[] GROWTH_CONTRIB =
        {1.12, 0, 0.86, 1.18, 1.10, 0.96, 0.80, 1.02, 0.90, 0.94, 1.08, 0.88, 1.00};
    private static final double[] REV_PER_USER =
        {1.08, 1.05, 0.93, 1.02, 0, 0.97, 0.90, 0.92, 0.95, 0.98, 1.00, 0.96, 0.89};
    private static final double[] USAGE_PER_USER =
        {0, 1.10, 0.92, 1.04, 1.08, 0.98, 0.88, 0.90, 0.93, 0.97, 1.02, 0.95, 0.86};
    /** Overcharged share of revenue: the lower, the better the volume–revenue match. */
    private static final double[] OVERCHARGE =
        {0.97, 1.00, 1.08, 0, 0.95, 1.03, 1.10, 1.06, 1.05, 1.02, 0.99, 1.04, 1.08};
    private static final double[] COMPLAINTS =
        {0.90, 0.94, 1.12, 0.98, 0.92, 1.00, 1.18, 1.10, 1.06, 0.98, 0.96, 1.04, 1.16};
    private static final double[] PAYING_RATE =
        {1.01, 1.01, 0.98, 1.00, 1.02, 0.99, 0.97, 0.98, 0.99, 1.00, 1.00, 0.99, 0.97};
    private static final double[] CAGR =
        {0.92, 0.95, 1.10, 0.97, 0.90, 1.02, 1.15, 1.08, 1.05, 1.00, 0.96, 1.03, 1.18};
    /** Satisfaction in points above or below the province. */
    private static final double[] SATISFACTION =
        {1.4, 0.9, -1.6, 0.6, 1.1, 0.1, -2.1, -1.3, -0.7, 0.4, 0.7, -0.3, -2.4};

    // September's path figures, chosen so that the seed's maxima are exact ratios of integers: NJ's paying base
    // is a multiple of 4,000 (0.24925 = 997/4000: whole users); SZ's year-to-date revenue a multiple of
    // 7451 × 11241 cents (its plan, ytd / 0.7451, is then whole cents and its average paying users,
    // ytd / (2.4980 × 9) = ytd × 500 / 11241 CNY, a whole number); CZ's month revenue a multiple of 625 cents
    // (1 − 0.9504 = 31/625: whole cents overcharged).
    private static final long NJ_PAYING_BASE = 4_000L * 1_371;
    private static final long SZ_REVENUE_YTD = 7_451L * 11_241 * 16;
    private static final long[] PAYING_BASE_SEPTEMBER = septemberPayingBase();
    private static final long[] REVENUE_YTD_SEPTEMBER = septemberRevenueYtd();
    private static final long[] SERVICE_REVENUE_SEPTEMBER = septemberServiceRevenue();
    /** September's city rows, placed once: they also calibrate the drawn paths. */
    private static final ServiceFigures[] CITIES_SEPTEMBER =
            place(MmsTargets.SEPTEMBER, PAYING_BASE_SEPTEMBER, REVENUE_YTD_SEPTEMBER, SERVICE_REVENUE_SEPTEMBER);

    static {
        // the patterns must reproduce the seed's row exactly; fail at load rather than generate a wrong anchor
        ServiceFigures p = province(CITIES_SEPTEMBER);
        if (!p.equals(PROVINCE_SEPTEMBER)) {
            throw new IllegalStateException("MMS anchor: September's cities add up to " + p);
        }
    }

    private MmsAnchors() {
    }

    /** Whether {@code monthId} is an anchored month. */
    static boolean anchored(int monthId) {
        for (int m : MmsTargets.MONTHS) {
            if (m == monthId) {
                return true;
            }
        }
        return false;
    }

    /** Whether the generated months include an anchored one: then the MMS paths are calibrated. */
    static boolean anyIn(GeneratorConfig config) {
        for (int i = 0; i < config.months(); i++) {
            if (anchored(config.monthId(i))) {
                return true;
            }
        }
        return false;
    }

    /** City paying bases of 200809, the level the paying-base paths of every service pass through. */
    static long[] payingBaseSeptember() {
        return PAYING_BASE_SEPTEMBER.clone();
    }

    /** September's MMS city rows. */
    static ServiceFigures septemberCity(int city) {
        return CITIES_SEPTEMBER[city];
    }

    /**
     * The anchored MMS city rows of {@code monthId}, keeping paying base, year-to-date and month revenue of
     * the {@code drawn} rows (the calibrated paths) and placing every other figure.
     */
    static ServiceFigures[] cities(int monthId, ServiceFigures[] drawn) {
        long[] pb = new long[CITIES];
        long[] ytd = new long[CITIES];
        long[] rev = new long[CITIES];
        for (int c = 0; c < CITIES; c++) {
            pb[c] = drawn[c].payingBase();
            ytd[c] = drawn[c].revenueYtd();
            rev[c] = drawn[c].serviceRevenue();
        }
        return place(monthId, pb, ytd, rev);
    }

    /**
     * The province row over anchored city rows: sums; satisfaction weighted by users, growth contribution and
     * CAGR by year-to-date revenue, as the drawn rows weigh them, but of the stored city values (4 dp, cents).
     */
    static ServiceFigures province(ServiceFigures[] cities) {
        long ytd = 0;
        long plan = 0;
        long rev = 0;
        long over = 0;
        long use = 0;
        long pb = 0;
        long pay = 0;
        long vol = 0;
        long compl = 0;
        long avg = 0;
        long[] ytds = new long[cities.length];
        long[] users = new long[cities.length];
        double[] contrib = new double[cities.length];
        double[] cagr = new double[cities.length];
        long[] sat = new long[cities.length];
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
            // placed averages are whole numbers, so their sum is exact in a double
            avg += (long) f.avgPayingUsersYtd();
            ytds[c] = f.revenueYtd();
            users[c] = f.usingUsers();
            contrib[c] = f.growthContrib();
            cagr[c] = f.cagr3();
            sat[c] = f.satisfaction();
        }
        return new ServiceFigures(ytd, plan, rev, over, use, pb, pay, vol, compl, ExactSplit.meanHundredths(sat, users),
                avg, ServiceDraws.round4(ExactSplit.mean(contrib, ytds)),
                ServiceDraws.round4(ExactSplit.mean(cagr, ytds)));
    }

    // ---- placement

    private static ServiceFigures[] place(int monthId, long[] pb, long[] ytd, long[] rev) {
        MmsTargets.Target t = MmsTargets.of(monthId);
        int month = monthId % 100;
        double[] best = t.best();
        double[] prov = t.province();
        long pbSum = sum(pb);
        long ytdSum = sum(ytd);
        long revSum = sum(rev);

        long usingTotal = Math.round(prov[Rel.PENETRATION.ordinal()] * pbSum);
        long[] using = ExactSplit.split(usingTotal, times(pb, PENETRATION), NJ,
                Math.round(best[Rel.PENETRATION.ordinal()] * pb[NJ]));
        long[] volume = ExactSplit.split(Math.round(prov[Rel.USAGE_PER_USER.ordinal()] * usingTotal),
                times(using, USAGE_PER_USER), NJ, Math.round(best[Rel.USAGE_PER_USER.ordinal()] * using[NJ]));
        long[] plan = ExactSplit.split(Math.round(ytdSum / prov[Rel.REV_COMPLETION.ordinal()]),
                over(ytd, COMPLETION), SZ, Math.round(ytd[SZ] / best[Rel.REV_COMPLETION.ordinal()]));
        // revenue per user = ytd (CNY) / average paying users / month number
        long[] avg = ExactSplit.split(Math.round(ytdSum / 100.0 / (prov[Rel.REV_PER_USER.ordinal()] * month)),
                over(ytd, REV_PER_USER), SZ,
                Math.round(ytd[SZ] / 100.0 / (best[Rel.REV_PER_USER.ordinal()] * month)));
        long[] overcharge = ExactSplit.split(Math.round(revSum * (1 - prov[Rel.VOL_REV_MATCH.ordinal()])),
                times(rev, OVERCHARGE), CZ, Math.round(rev[CZ] * (1 - best[Rel.VOL_REV_MATCH.ordinal()])));
        long[] complaints = ExactSplit.split(Math.round(t.complaintsPer10k() * usingTotal / 10000.0),
                times(using, COMPLAINTS), -1, 0);
        long[] paying = ExactSplit.split(Math.round(t.payingRate() * usingTotal), times(using, PAYING_RATE), -1, 0);
        double[] contrib = ExactSplit.meanRound4(prov[Rel.GROWTH_CONTRIB.ordinal()], ytd, GROWTH_CONTRIB, WX,
                best[Rel.GROWTH_CONTRIB.ordinal()]);
        double[] cagr = ExactSplit.meanRound4(t.cagr3(), ytd, CAGR, -1, 0);
        long[] sat = ExactSplit.hundredthsAround(t.satisfaction(), SATISFACTION, using);

        ServiceFigures[] out = new ServiceFigures[CITIES];
        for (int c = 0; c < CITIES; c++) {
            out[c] = new ServiceFigures(ytd[c], plan[c], rev[c], overcharge[c], using[c], pb[c], paying[c], volume[c],
                    complaints[c], sat[c], avg[c], contrib[c], cagr[c]);
        }
        check(monthId, out);
        return out;
    }

    /** Every other city strictly below the best one on the six REL indicators; counts that make sense. */
    private static void check(int monthId, ServiceFigures[] rows) {
        double[][] v = new double[Rel.values().length][CITIES];
        for (int c = 0; c < CITIES; c++) {
            ServiceFigures f = rows[c];
            if (f.payingUsers() > f.usingUsers() || f.usingUsers() > f.payingBase() || f.complaints() < 0
                    || f.pkgOverchargeRev() > f.serviceRevenue()) {
                throw new IllegalStateException("MMS anchor " + monthId + ": implausible city " + c + ": " + f);
            }
            v[Rel.REV_COMPLETION.ordinal()][c] = (double) f.revenueYtd() / f.revenuePlanYtd();
            v[Rel.PENETRATION.ordinal()][c] = (double) f.usingUsers() / f.payingBase();
            v[Rel.GROWTH_CONTRIB.ordinal()][c] = f.growthContrib();
            v[Rel.REV_PER_USER.ordinal()][c] = f.revenueYtd() / f.avgPayingUsersYtd();
            v[Rel.USAGE_PER_USER.ordinal()][c] = (double) f.usageVolume() / f.usingUsers();
            v[Rel.VOL_REV_MATCH.ordinal()][c] = 1 - (double) f.pkgOverchargeRev() / f.serviceRevenue();
        }
        for (Rel r : Rel.values()) {
            double best = v[r.ordinal()][r.bestCity];
            for (int c = 0; c < CITIES; c++) {
                if (c != r.bestCity && !(v[r.ordinal()][c] < best)) {
                    throw new IllegalStateException("MMS anchor " + monthId + ": city " + c + " not below the best on "
                            + r + ": " + v[r.ordinal()][c] + " vs " + best);
                }
            }
        }
    }

    // ---- September's path figures

    private static long[] septemberPayingBase() {
        double[] w = new double[CITIES];
        for (int c = 0; c < CITIES; c++) {
            w[c] = Geography.CITY_SHARES[c] * PAYING_BASE_WOBBLE[c];
        }
        return ExactSplit.split(PROVINCE_SEPTEMBER.payingBase(), w, NJ, NJ_PAYING_BASE);
    }

    private static long[] septemberRevenueYtd() {
        return ExactSplit.split(PROVINCE_SEPTEMBER.revenueYtd(), times(PAYING_BASE_SEPTEMBER, REVENUE_LEVEL), SZ,
                SZ_REVENUE_YTD);
    }

    private static long[] septemberServiceRevenue() {
        // a city's month is its year to date / 8.545 (the province's 94 / 11), bent by how it grew this year
        double monthShare = (double) PROVINCE_SEPTEMBER.serviceRevenue() / PROVINCE_SEPTEMBER.revenueYtd();
        long cz = 625 * Math.round(REVENUE_YTD_SEPTEMBER[CZ] * monthShare / 625);
        return ExactSplit.split(PROVINCE_SEPTEMBER.serviceRevenue(), times(REVENUE_YTD_SEPTEMBER, MONTH_SHARE), CZ,
                cz);
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }

    private static double[] times(long[] base, double[] pattern) {
        double[] w = new double[base.length];
        for (int c = 0; c < base.length; c++) {
            w[c] = base[c] * pattern[c];
        }
        return w;
    }

    private static double[] over(long[] base, double[] pattern) {
        double[] w = new double[base.length];
        for (int c = 0; c < base.length; c++) {
            // the fixed city's pattern is 0: its weight is never read
            w[c] = pattern[c] == 0 ? 0 : base[c] / pattern[c];
        }
        return w;
    }
}
