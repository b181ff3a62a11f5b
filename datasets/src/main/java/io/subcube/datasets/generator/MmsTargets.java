package io.subcube.datasets.generator;

/**
 * The targets of DOMAIN.md §B2.8's anchored MMS months. Per month: for each of the six indicators scored against
 * the best city (§B3.24 REL) the best city's value and the province's, and the province's satisfaction, complaint
 * rate, paying rate and CAGR. September's are the seed's row and city maxima. In July, August and November the
 * province's values stay near the drawn months' (users and volumes stay continuous) and the best city's follow
 * from the score the seed's story asks of the province: volume–revenue match falls 9.90, 9.75, 9.68 into
 * September ("逐月降低") while no other score falls two months running, and November totals 48.08 + 33.43.
 */
final class MmsTargets {

    static final int SEPTEMBER = 200809;
    static final int[] MONTHS = {200807, 200808, SEPTEMBER, 200811};

    // cities (Geography order) that hold a maximum in the seed's September
    static final int NJ = 0;
    static final int WX = 1;
    static final int CZ = 3;
    static final int SZ = 4;

    /** The seed's province row of 200809 [S 004 + I]: money in cents, satisfaction in hundredths. */
    static final ServiceFigures PROVINCE_SEPTEMBER = new ServiceFigures(9_400_000_000L, 15_800_000_000L,
            1_100_000_000L, 88_000_000L, 9_000_000, 50_000_000, 8_280_000, 352_800_000, 1_440, 7_325, 5_017_600,
            1.03, 0.12);

    /** The six indicators scored against the best city, with that city and their full marks (B3.24). */
    enum Rel {
        REV_COMPLETION(SZ, 10), PENETRATION(NJ, 20), GROWTH_CONTRIB(WX, 15), REV_PER_USER(SZ, 15),
        USAGE_PER_USER(NJ, 15), VOL_REV_MATCH(CZ, 10);

        final int bestCity;
        final double fullMarks;

        Rel(int bestCity, double fullMarks) {
            this.bestCity = bestCity;
            this.fullMarks = fullMarks;
        }
    }

    /**
     * One anchored month's targets: best city value and province value per {@link Rel} indicator (in enum
     * order), and the province's satisfaction, complaints per 10,000 users, paying rate and CAGR.
     */
    record Target(int monthId, double[] best, double[] province, double satisfaction,
                          double complaintsPer10k, double payingRate, double cagr3) {

        /**
         * A month given by the province's values and the scores we want for them: the best city then has
         * {@code province × full marks / score}. Province values near the drawn months' keep users and volumes
         * continuous; the scores carry the seed's story.
         */
        static Target fromScores(int monthId, double[] province, double[] scores, double satisfaction,
                                 double complaintsPer10k, double payingRate, double cagr3) {
            double[] best = new double[province.length];
            for (Rel r : Rel.values()) {
                best[r.ordinal()] = province[r.ordinal()] * r.fullMarks / scores[r.ordinal()];
            }
            return new Target(monthId, best, province, satisfaction, complaintsPer10k, payingRate, cagr3);
        }

        /** September: the province values are the seed's row, the best values the seed's city maxima. */
        static Target fromProvince(int monthId, double[] best, ServiceFigures p) {
            double ytd = p.revenueYtd() / 100.0;
            double[] province = {
                (double) p.revenueYtd() / p.revenuePlanYtd(),
                (double) p.usingUsers() / p.payingBase(),
                p.growthContrib(),
                ytd / p.avgPayingUsersYtd() / (monthId % 100),
                (double) p.usageVolume() / p.usingUsers(),
                1 - (double) p.pkgOverchargeRev() / p.serviceRevenue()};
            return new Target(monthId, best, province, p.satisfaction() / 100.0,
                    p.complaints() * 10000.0 / p.usingUsers(), (double) p.payingUsers() / p.usingUsers(),
                    p.cagr3());
        }
    }

    // Rel order: REV_COMPLETION, PENETRATION, GROWTH_CONTRIB, REV_PER_USER, USAGE_PER_USER, VOL_REV_MATCH
    private static final Target[] TARGETS = {
        // scores rise into September except volume-revenue match, which falls with its value (9.90, 9.75, 9.68)
        Target.fromScores(200807, new double[] {0.5880, 0.1765, 1.0200, 2.0850, 39.10, 0.9250},
                new double[] {7.80, 14.05, 8.95, 12.20, 9.50, 9.90}, 72.80, 1.70, 0.915, 0.118),
        // growth contribution peaks in August and falls once into September: falling once is no weak point
        Target.fromScores(200808, new double[] {0.5915, 0.1783, 1.0350, 2.0830, 39.15, 0.9225},
                new double[] {7.90, 14.25, 9.20, 12.35, 9.65, 9.75}, 73.00, 1.65, 0.918, 0.119),
        Target.fromProvince(SEPTEMBER, new double[] {0.7451, 0.24925, 1.7007, 2.4980, 60.00, 0.9504},
                PROVINCE_SEPTEMBER),
        // the seed's November: 8.62 + 15.44 + 11.49 + 12.53 = 48.08; 10.57 + (3.83 + 4.21) + 5.00 + 9.82 = 33.43,
        // volume-revenue match rising again (the seed: "扭轉了…逐月降低的趨勢")
        Target.fromScores(200811, new double[] {0.6000, 0.1822, 1.0500, 2.0820, 39.10, 0.9300},
                new double[] {8.62, 15.44, 11.49, 12.53, 10.57, 9.82}, 75.32, 1.264, 0.930, 0.121),
    };

    /** The targets of an anchored month. */
    static Target of(int monthId) {
        for (Target t : TARGETS) {
            if (t.monthId() == monthId) {
                return t;
            }
        }
        throw new IllegalArgumentException("not an anchored month: " + monthId);
    }


    private MmsTargets() {
    }
}
