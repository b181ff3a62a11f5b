package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.flag;
import static io.subcube.functions.Units.score;
import static io.subcube.functions.Units.share;

import java.math.BigDecimal;

/** Stickiness functions of DOMAIN.md §B3.5–B3.6: STICK_SCORE and STICK_TIER. */
public final class StickinessFunctions {

    private StickinessFunctions() {
    }

    // ---- §B3.5 STICK_SCORE

    /** §B3.5 STICK_SCORE core: vpmn 0/1, on-net share in ten-thousandths, hundredths out, {@code p}'s points. */
    public static long stickScoreHundredths(ScoringParameters p, long tenureMonths, long bundleMonthsLeft,
                                            long vpmnFlag, long stickySvcCnt, long circleSize,
                                            long onnetShareTenThousandths) {
        count(tenureMonths, "STICK_SCORE", "tenure_months");
        count(bundleMonthsLeft, "STICK_SCORE", "bundle_months_left");
        boolean vpmn = flag(vpmnFlag, "STICK_SCORE", "vpmn_flag");
        count(stickySvcCnt, "STICK_SCORE", "sticky_svc_cnt");
        count(circleSize, "STICK_SCORE", "circle_size");
        share(onnetShareTenThousandths, "STICK_SCORE", "onnet_share");
        double onnet = onnetShareTenThousandths / 10000.0;
        double bundle = bundleMonthsLeft > 3 ? p.stickBundleLong : bundleMonthsLeft >= 1 ? p.stickBundleShort : 0;
        double x = p.stickBase
                + p.stickTenure * Math.min(1, tenureMonths / p.stickTenureCap)
                + bundle
                + (vpmn ? p.stickVpmn : 0)
                + Math.min(p.stickStickyMax, p.stickStickyEach * stickySvcCnt)
                + p.stickCircle * Math.min(1, circleSize / p.stickCircleCap)
                + p.stickOnnet * onnet;
        return Rounding.hundredths(Math.min(100, x));
    }

    /**
     * §B3.5 STICK_SCORE(tenure_months INTEGER, bundle_months_left INTEGER, vpmn_flag BOOLEAN, sticky_svc_cnt
     * INTEGER, circle_size INTEGER, onnet_share DECIMAL(5,4)) → DECIMAL(5,2).
     */
    @SqlFunction(name = "STICK_SCORE", section = "B3.5", returns = "DECIMAL(5,2)")
    public static BigDecimal stickScore(ScoringParameters p,
                                        @Param(name = "tenure_months", type = "INTEGER") Integer tenureMonths,
                                        @Param(name = "bundle_months_left", type = "INTEGER") Integer bundleMonthsLeft,
                                        @Param(name = "vpmn_flag", type = "BOOLEAN") Boolean vpmnFlag,
                                        @Param(name = "sticky_svc_cnt", type = "INTEGER") Integer stickySvcCnt,
                                        @Param(name = "circle_size", type = "INTEGER") Integer circleSize,
                                        @Param(name = "onnet_share", type = "DECIMAL(5,4)") BigDecimal onnetShare) {
        if (tenureMonths == null || bundleMonthsLeft == null || vpmnFlag == null || stickySvcCnt == null
                || circleSize == null || onnetShare == null) {
            return null;
        }
        return Units.toScore(stickScoreHundredths(p, tenureMonths, bundleMonthsLeft, Units.bool(vpmnFlag),
                stickySvcCnt, circleSize, Units.tenThousandths(onnetShare, "STICK_SCORE", "onnet_share")));
    }

    /** §B3.5 STICK_SCORE over arrays (vpmn 0/1, on-net share in ten-thousandths), hundredths out. */
    public static void stickScoreBatch(ScoringParameters p, long[] tenureMonths, long[] bundleMonthsLeft,
                                       long[] vpmnFlag, long[] stickySvcCnt, long[] circleSize, long[] onnetShare,
                                       long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = stickScoreHundredths(p, tenureMonths[i], bundleMonthsLeft[i], vpmnFlag[i], stickySvcCnt[i],
                    circleSize[i], onnetShare[i]);
        }
    }

    // ---- §B3.6 STICK_TIER

    /** §B3.6 STICK_TIER core with explicit cuts (hundredths): a {@link Domains#STICK_TIERS} code. */
    public static int stickTierCode(long scoreHundredths, long highCutHundredths, long midCutHundredths) {
        score(highCutHundredths, "STICK_TIER", "high_cut");
        score(midCutHundredths, "STICK_TIER", "mid_cut");
        if (midCutHundredths > highCutHundredths) {
            throw new DomainException("STICK_TIER", "mid_cut", Units.sql(midCutHundredths, 2));
        }
        return stickTierChecked(scoreHundredths, highCutHundredths, midCutHundredths);
    }

    /** §B3.6 STICK_TIER code with {@code p}'s (the profile's) cuts. */
    public static int stickTierCode(ScoringParameters p, long scoreHundredths) {
        return stickTierChecked(scoreHundredths, p.stickHighCut, p.stickMidCut);
    }

    private static int stickTierChecked(long s, long high, long mid) {
        score(s, "STICK_TIER", "score");
        return s >= high ? Domains.STICK_HIGH : s >= mid ? Domains.STICK_MID : Domains.STICK_NONE;
    }

    /** §B3.6 STICK_TIER(score DECIMAL(5,2)) → VARCHAR, with the dataset's profile cuts. */
    @SqlFunction(name = "STICK_TIER", section = "B3.6", returns = "VARCHAR")
    public static String stickTier(ScoringParameters p,
                                   @Param(name = "score", type = "DECIMAL(5,2)") BigDecimal score) {
        if (score == null) {
            return null;
        }
        return Domains.STICK_TIERS.get(stickTierCode(p, Units.hundredths(score, "STICK_TIER", "score")));
    }

    /** §B3.6 STICK_TIER(score DECIMAL(5,2), high_cut DECIMAL(5,2), mid_cut DECIMAL(5,2)) → VARCHAR. */
    @SqlFunction(name = "STICK_TIER", section = "B3.6", returns = "VARCHAR")
    public static String stickTier(@Param(name = "score", type = "DECIMAL(5,2)") BigDecimal score,
                                   @Param(name = "high_cut", type = "DECIMAL(5,2)") BigDecimal highCut,
                                   @Param(name = "mid_cut", type = "DECIMAL(5,2)") BigDecimal midCut) {
        if (score == null || highCut == null || midCut == null) {
            return null;
        }
        return Domains.STICK_TIERS.get(stickTierCode(Units.hundredths(score, "STICK_TIER", "score"),
                Units.hundredths(highCut, "STICK_TIER", "high_cut"), Units.hundredths(midCut, "STICK_TIER", "mid_cut")));
    }

    /** §B3.6 STICK_TIER over arrays with {@code p}'s cuts: scores in hundredths, codes out. */
    public static void stickTierBatch(ScoringParameters p, long[] scoreHundredths, int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = stickTierCode(p, scoreHundredths[i]);
        }
    }
}
