package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.money;
import static io.subcube.functions.Units.score;
import static io.subcube.functions.Units.share;

import java.math.BigDecimal;

/** Anomaly (異動) functions of DOMAIN.md §B3.7–B3.8: CHURN_SCORE and CHURN_FLAG. */
public final class AnomalyFunctions {

    private AnomalyFunctions() {
    }

    // ---- §B3.7 CHURN_SCORE

    /** §B3.7 CHURN_SCORE core: money in cents, share in ten-thousandths, hundredths out, {@code p}'s points. */
    public static long churnScoreHundredths(ScoringParameters p, long mouTotal, long mouAvg3, long arpuCents,
                                            long arpuAvg3Cents, long circleSize, long circleSizeAvg3,
                                            long competitorShareTenThousandths, long bundleMonthsLeft) {
        count(mouTotal, "CHURN_SCORE", "mou_total");
        count(mouAvg3, "CHURN_SCORE", "mou_avg3");
        money(arpuCents, "CHURN_SCORE", "arpu");
        money(arpuAvg3Cents, "CHURN_SCORE", "arpu_avg3");
        count(circleSize, "CHURN_SCORE", "circle_size");
        count(circleSizeAvg3, "CHURN_SCORE", "circle_size_avg3");
        share(competitorShareTenThousandths, "CHURN_SCORE", "competitor_share");
        count(bundleMonthsLeft, "CHURN_SCORE", "bundle_months_left");
        double competitorShare = competitorShareTenThousandths / 10000.0;
        double expiry = bundleMonthsLeft == 0 ? p.churnExpiryNone
                : bundleMonthsLeft <= 3 ? p.churnExpirySoon : p.churnExpiryLater;
        double x = p.churnMou * drop(mouTotal, mouAvg3)
                + p.churnArpu * drop(arpuCents / 100.0, arpuAvg3Cents / 100.0)
                + p.churnCircle * drop(circleSize, circleSizeAvg3)
                + p.churnCompetitor * Math.min(1, competitorShare / p.churnCompetitorCap)
                + expiry;
        return Rounding.hundredths(x);
    }

    /** drop(x, b) = clamp((b − x)/b, 0, 1), 0 when b ≤ 0. */
    private static double drop(double x, double b) {
        return b <= 0 ? 0 : Math.max(0, Math.min(1, (b - x) / b));
    }

    /**
     * §B3.7 CHURN_SCORE(mou_total INTEGER, mou_avg3 INTEGER, arpu DECIMAL(12,2), arpu_avg3 DECIMAL(12,2),
     * circle_size INTEGER, circle_size_avg3 INTEGER, competitor_share DECIMAL(5,4), bundle_months_left INTEGER)
     * → DECIMAL(5,2).
     */
    @SqlFunction(name = "CHURN_SCORE", section = "B3.7", returns = "DECIMAL(5,2)")
    public static BigDecimal churnScore(ScoringParameters p,
                                        @Param(name = "mou_total", type = "INTEGER") Integer mouTotal,
                                        @Param(name = "mou_avg3", type = "INTEGER") Integer mouAvg3,
                                        @Param(name = "arpu", type = "DECIMAL(12,2)") BigDecimal arpu,
                                        @Param(name = "arpu_avg3", type = "DECIMAL(12,2)") BigDecimal arpuAvg3,
                                        @Param(name = "circle_size", type = "INTEGER") Integer circleSize,
                                        @Param(name = "circle_size_avg3", type = "INTEGER") Integer circleSizeAvg3,
                                        @Param(name = "competitor_share", type = "DECIMAL(5,4)") BigDecimal competitorShare,
                                        @Param(name = "bundle_months_left", type = "INTEGER") Integer bundleMonthsLeft) {
        if (mouTotal == null || mouAvg3 == null || arpu == null || arpuAvg3 == null || circleSize == null
                || circleSizeAvg3 == null || competitorShare == null || bundleMonthsLeft == null) {
            return null;
        }
        return Units.toScore(churnScoreHundredths(p, mouTotal, mouAvg3, Units.cents(arpu, "CHURN_SCORE", "arpu"),
                Units.cents(arpuAvg3, "CHURN_SCORE", "arpu_avg3"), circleSize, circleSizeAvg3,
                Units.tenThousandths(competitorShare, "CHURN_SCORE", "competitor_share"), bundleMonthsLeft));
    }

    /** §B3.7 CHURN_SCORE over arrays (money in cents, share in ten-thousandths), hundredths out. */
    public static void churnScoreBatch(ScoringParameters p, long[] mouTotal, long[] mouAvg3, long[] arpu,
                                       long[] arpuAvg3, long[] circleSize, long[] circleSizeAvg3,
                                       long[] competitorShare, long[] bundleMonthsLeft, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = churnScoreHundredths(p, mouTotal[i], mouAvg3[i], arpu[i], arpuAvg3[i], circleSize[i],
                    circleSizeAvg3[i], competitorShare[i], bundleMonthsLeft[i]);
        }
    }

    // ---- §B3.8 CHURN_FLAG

    /** §B3.8 CHURN_FLAG as 0/1: score ≥ cut (hundredths); a score or cut outside [0, 100] is an error. */
    public static long churnFlag01(long scoreHundredths, long cutHundredths) {
        score(cutHundredths, "CHURN_FLAG", "cut");
        return churnFlagChecked(scoreHundredths, cutHundredths);
    }

    /** §B3.8 CHURN_FLAG as 0/1 with {@code p}'s (the profile's) cut. */
    public static long churnFlag01(ScoringParameters p, long scoreHundredths) {
        return churnFlagChecked(scoreHundredths, p.churnCut);
    }

    private static long churnFlagChecked(long s, long cut) {
        score(s, "CHURN_FLAG", "score");
        return s >= cut ? 1 : 0;
    }

    /** §B3.8 CHURN_FLAG(score DECIMAL(5,2)) → BOOLEAN, with the dataset's profile cut. */
    @SqlFunction(name = "CHURN_FLAG", section = "B3.8", returns = "BOOLEAN")
    public static Boolean churnFlag(ScoringParameters p,
                                    @Param(name = "score", type = "DECIMAL(5,2)") BigDecimal score) {
        if (score == null) {
            return null;
        }
        return churnFlag01(p, Units.hundredths(score, "CHURN_FLAG", "score")) == 1;
    }

    /** §B3.8 CHURN_FLAG(score DECIMAL(5,2), cut DECIMAL(5,2)) → BOOLEAN. */
    @SqlFunction(name = "CHURN_FLAG", section = "B3.8", returns = "BOOLEAN")
    public static Boolean churnFlag(@Param(name = "score", type = "DECIMAL(5,2)") BigDecimal score,
                                    @Param(name = "cut", type = "DECIMAL(5,2)") BigDecimal cut) {
        if (score == null || cut == null) {
            return null;
        }
        return churnFlag01(Units.hundredths(score, "CHURN_FLAG", "score"),
                Units.hundredths(cut, "CHURN_FLAG", "cut")) == 1;
    }

    /** §B3.8 CHURN_FLAG over arrays with {@code p}'s cut: scores in hundredths, 0/1 out. */
    public static void churnFlagBatch(ScoringParameters p, long[] scoreHundredths, long[] out01, int n) {
        for (int i = 0; i < n; i++) {
            out01[i] = churnFlag01(p, scoreHundredths[i]);
        }
    }
}
