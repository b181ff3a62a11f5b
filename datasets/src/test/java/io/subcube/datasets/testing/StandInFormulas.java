package io.subcube.datasets.testing;

import io.subcube.functions.Rounding;

/**
 * Local copies of the DOMAIN.md §B3 functions that the calibration checks need (profile A cut points are applied
 * by the callers), standing in until the real functions derive these columns at load (a later issue). They exist
 * only here. Arguments are the raw columns' unscaled values: money in cents, scores and rates in hundredths,
 * shares in ten-thousandths; scores are returned in hundredths, rounded once (G1).
 */
public final class StandInFormulas {

    private StandInFormulas() {
    }

    /** §B3.2 INFLUENCE_SCORE. */
    public static long influenceScore(long circle, long sms, long mms, long vasActive) {
        return Rounding.hundredths(100 * (0.40 * Math.min(1, circle / 100.0)
                + 0.30 * Math.min(1, (sms + mms) / 300.0) + 0.30 * Math.min(1, vasActive / 5.0)));
    }

    /** §B3.3 CVS. */
    public static long valueScore(long arpu, long returnRate, long arpuAvg3, long returnRateAvg3, long tenure,
            long influence) {
        double infl = influence / 100.0;
        return Rounding.hundredths(100 * (0.25 * Math.min(1, arpu / 100.0 / 200) + 0.15 * returnRate / 100.0 / 100
                + 0.15 * Math.min(1, arpuAvg3 / 100.0 / 200) + 0.10 * returnRateAvg3 / 100.0 / 100
                + 0.15 * Math.min(1, tenure / 60.0) + 0.20 * infl / 100));
    }

    /** §B3.4 VALUE_TIER with the default cuts 10/30/90: 0 = H, 1 = MH, 2 = M, 3 = L. */
    public static int valueTier(long rankAbove, long n) {
        return 100 * rankAbove < 10L * n ? 0 : 100 * rankAbove < 30L * n ? 1 : 100 * rankAbove < 90L * n ? 2 : 3;
    }

    /** §B3.5 STICK_SCORE. */
    public static long stickScore(long tenure, long bundleLeft, boolean vpmn, long sticky, long circle, long onnet) {
        double stick = 45 + 20 * Math.min(1, tenure / 36.0)
                + (bundleLeft > 3 ? 12 : bundleLeft >= 1 ? 6 : 0) + (vpmn ? 10 : 0)
                + Math.min(6, 3 * sticky) + 4 * Math.min(1, circle / 50.0) + 3 * onnet / 10000.0;
        return Rounding.hundredths(Math.min(100, stick));
    }

    /** §B3.7 CHURN_SCORE. */
    public static long churnScore(long mou, long mouAvg3, long arpu, long arpuAvg3, long circle, long circleAvg3,
            long competitorShare, long bundleLeft) {
        double churn = 30 * drop(mou, mouAvg3) + 20 * drop(arpu, arpuAvg3)
                + 20 * drop(circle, circleAvg3) + 20 * Math.min(1, competitorShare / 10000.0 / 0.5)
                + (bundleLeft >= 1 && bundleLeft <= 3 ? 10 : bundleLeft == 0 ? 5 : 0);
        return Rounding.hundredths(churn);
    }

    private static double drop(double x, double b) {
        if (b <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, (b - x) / b));
    }

    /** §B3.12 CLUSTER_CLASS. */
    public static String clusterClass(long t, long ldOut, long ldIn, long roam, long vpmn, long intl) {
        if (t < 60) {
            return "LOW";
        }
        if (100 * intl >= 10 * t) {
            return "INTL";
        }
        if (100 * roam >= 30 * t) {
            return "ROAM";
        }
        if (100 * vpmn >= 40 * t) {
            return "VPMN";
        }
        if (100 * ldIn >= 30 * t && ldIn > ldOut) {
            return "LD_IN";
        }
        if (100 * ldOut >= 30 * t) {
            return "LD_OUT";
        }
        return "LOCAL";
    }

    /** §B3.12 CLUSTER_GROUP. */
    public static String clusterGroup(String c, long arpuCents) {
        String band = arpuCents >= 10000 ? "HIGH" : arpuCents >= 3000 ? "MID" : "LOW";
        return switch (c) {
            case "LOW" -> "LOW";
            case "LD_IN" -> arpuCents >= 3000 ? "LD_IN_MID" : "LD_IN_LOW";
            case "ROAM" -> arpuCents >= 10000 ? "ROAM_HIGH" : "ROAM_MID";
            case "INTL" -> arpuCents >= 10000 ? "INTL_HIGH" : "INTL_MID";
            default -> c + "_" + band;
        };
    }

    /**
     * §B3.17 RURAL_SEGMENT of a subscriber whose rest grid is RURAL, from grid ids (county = id / 100, city =
     * id / 10000): 0 = LEFT_BEHIND, 1 = IN_COUNTY_WORKER, 2 = OUT_COUNTY_WORKER, 3 = works outside the city (NULL).
     */
    public static int ruralSegment(long workGrid, long restGrid) {
        return workGrid == restGrid ? 0 : workGrid / 100 == restGrid / 100 ? 1
                : workGrid / 10000 == restGrid / 10000 ? 2 : 3;
    }

    /** §B3.18 MIGRANT_TYPE is not NULL. */
    public static boolean migrant(long roamOutDays, String roamScope, long ruralContactShare) {
        return roamOutDays >= 15 && ruralContactShare >= 3000 && !roamScope.equals("NONE");
    }

    /** §B3.19 FAMILY_FLAG. */
    public static boolean family(String restMarketType, long restDays) {
        return "RESIDENTIAL".equals(restMarketType) && restDays >= 15;
    }

    /** §B3.20 SCHOOL_TYPE is not NULL. */
    public static boolean school(long tenure, long sms, long campusCallShare, long campusPeers, boolean nearCampus) {
        return tenure >= 1 ? sms >= 50 && campusCallShare >= 5000 && campusPeers >= 2
                : campusCallShare > 0 || nearCampus;
    }
}
