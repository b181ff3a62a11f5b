package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.money;
import static io.subcube.functions.Units.score;

import java.math.BigDecimal;

/**
 * Customer-value functions of DOMAIN.md §B3.1–B3.4. Each has a core in storage units (money in cents,
 * scores in hundredths), the SQL form that converts to and from it, and a batch form over arrays.
 */
public final class ValueFunctions {

    private ValueFunctions() {
    }

    // ---- §B3.1 RETURN_RATE

    /** §B3.1 RETURN_RATE core: money in cents, rate in hundredths. */
    public static long returnRateHundredths(long grossCents, long costCents) {
        money(grossCents, "RETURN_RATE", "gross");
        money(costCents, "RETURN_RATE", "cost");
        if (grossCents == 0) {
            return 0;
        }
        double gross = grossCents / 100.0;
        double cost = costCents / 100.0;
        double rate = 100 * (gross - cost) / gross;
        return Rounding.hundredths(Math.max(0, Math.min(100, rate)));
    }

    /** §B3.1 RETURN_RATE(gross DECIMAL(12,2), cost DECIMAL(12,2)) → DECIMAL(5,2); NULL in, NULL out. */
    @SqlFunction(name = "RETURN_RATE", section = "B3.1", returns = "DECIMAL(5,2)")
    public static BigDecimal returnRate(@Param(name = "gross", type = "DECIMAL(12,2)") BigDecimal gross,
                                        @Param(name = "cost", type = "DECIMAL(12,2)") BigDecimal cost) {
        if (gross == null || cost == null) {
            return null;
        }
        return Units.toScore(returnRateHundredths(Units.cents(gross, "RETURN_RATE", "gross"),
                Units.cents(cost, "RETURN_RATE", "cost")));
    }

    /** §B3.1 RETURN_RATE over arrays: cents in, hundredths out. */
    public static void returnRateBatch(long[] gross, long[] cost, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = returnRateHundredths(gross[i], cost[i]);
        }
    }

    // ---- §B3.2 INFLUENCE_SCORE

    /** §B3.2 INFLUENCE_SCORE core: counts in, hundredths out, {@code p}'s weights and caps. */
    public static long influenceScoreHundredths(ScoringParameters p, long circleSize, long smsMoCnt, long mmsMoCnt,
                                                long vasActiveCnt) {
        count(circleSize, "INFLUENCE_SCORE", "circle_size");
        count(smsMoCnt, "INFLUENCE_SCORE", "sms_mo_cnt");
        count(mmsMoCnt, "INFLUENCE_SCORE", "mms_mo_cnt");
        count(vasActiveCnt, "INFLUENCE_SCORE", "vas_active_cnt");
        double x = 100 * (p.inflWCircle * Math.min(1, circleSize / p.inflCapCircle)
                + p.inflWMessages * Math.min(1, (smsMoCnt + mmsMoCnt) / p.inflCapMessages)
                + p.inflWVas * Math.min(1, vasActiveCnt / p.inflCapVas));
        return Rounding.hundredths(x);
    }

    /** §B3.2 INFLUENCE_SCORE(circle_size INTEGER, sms_mo_cnt INTEGER, mms_mo_cnt INTEGER, vas_active_cnt INTEGER) → DECIMAL(5,2). */
    @SqlFunction(name = "INFLUENCE_SCORE", section = "B3.2", returns = "DECIMAL(5,2)")
    public static BigDecimal influenceScore(ScoringParameters p,
                                            @Param(name = "circle_size", type = "INTEGER") Integer circleSize,
                                            @Param(name = "sms_mo_cnt", type = "INTEGER") Integer smsMoCnt,
                                            @Param(name = "mms_mo_cnt", type = "INTEGER") Integer mmsMoCnt,
                                            @Param(name = "vas_active_cnt", type = "INTEGER") Integer vasActiveCnt) {
        if (circleSize == null || smsMoCnt == null || mmsMoCnt == null || vasActiveCnt == null) {
            return null;
        }
        return Units.toScore(influenceScoreHundredths(p, circleSize, smsMoCnt, mmsMoCnt, vasActiveCnt));
    }

    /** §B3.2 INFLUENCE_SCORE over arrays: counts in, hundredths out. */
    public static void influenceScoreBatch(ScoringParameters p, long[] circleSize, long[] smsMoCnt, long[] mmsMoCnt,
                                           long[] vasActiveCnt, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = influenceScoreHundredths(p, circleSize[i], smsMoCnt[i], mmsMoCnt[i], vasActiveCnt[i]);
        }
    }

    // ---- §B3.3 CVS

    /** §B3.3 CVS core: money in cents, rates and scores in hundredths, {@code p}'s weights and caps. */
    public static long cvsHundredths(ScoringParameters p, long arpuCents, long returnRateHundredths,
                                     long arpuAvg3Cents, long returnRateAvg3Hundredths, long tenureMonths,
                                     long influenceHundredths) {
        money(arpuCents, "CVS", "arpu");
        score(returnRateHundredths, "CVS", "return_rate");
        money(arpuAvg3Cents, "CVS", "arpu_avg3");
        score(returnRateAvg3Hundredths, "CVS", "return_rate_avg3");
        count(tenureMonths, "CVS", "tenure_months");
        score(influenceHundredths, "CVS", "influence_score");
        double arpu = arpuCents / 100.0;
        double returnRate = returnRateHundredths / 100.0;
        double arpuAvg3 = arpuAvg3Cents / 100.0;
        double returnRateAvg3 = returnRateAvg3Hundredths / 100.0;
        double influence = influenceHundredths / 100.0;
        double x = 100 * (p.cvsWArpu * Math.min(1, arpu / p.cvsCapArpu)
                + p.cvsWReturnRate * (returnRate / 100)
                + p.cvsWArpuAvg3 * Math.min(1, arpuAvg3 / p.cvsCapArpuAvg3)
                + p.cvsWReturnRateAvg3 * (returnRateAvg3 / 100)
                + p.cvsWTenure * Math.min(1, tenureMonths / p.cvsCapTenure)
                + p.cvsWInfluence * (influence / 100));
        return Rounding.hundredths(x);
    }

    /**
     * §B3.3 CVS(arpu DECIMAL(12,2), return_rate DECIMAL(5,2), arpu_avg3 DECIMAL(12,2), return_rate_avg3
     * DECIMAL(5,2), tenure_months INTEGER, influence_score DECIMAL(5,2)) → DECIMAL(5,2).
     */
    @SqlFunction(name = "CVS", section = "B3.3", returns = "DECIMAL(5,2)")
    public static BigDecimal cvs(ScoringParameters p,
                                 @Param(name = "arpu", type = "DECIMAL(12,2)") BigDecimal arpu,
                                 @Param(name = "return_rate", type = "DECIMAL(5,2)") BigDecimal returnRate,
                                 @Param(name = "arpu_avg3", type = "DECIMAL(12,2)") BigDecimal arpuAvg3,
                                 @Param(name = "return_rate_avg3", type = "DECIMAL(5,2)") BigDecimal returnRateAvg3,
                                 @Param(name = "tenure_months", type = "INTEGER") Integer tenureMonths,
                                 @Param(name = "influence_score", type = "DECIMAL(5,2)") BigDecimal influence) {
        if (arpu == null || returnRate == null || arpuAvg3 == null || returnRateAvg3 == null || tenureMonths == null
                || influence == null) {
            return null;
        }
        return Units.toScore(cvsHundredths(p, Units.cents(arpu, "CVS", "arpu"),
                Units.hundredths(returnRate, "CVS", "return_rate"), Units.cents(arpuAvg3, "CVS", "arpu_avg3"),
                Units.hundredths(returnRateAvg3, "CVS", "return_rate_avg3"), tenureMonths,
                Units.hundredths(influence, "CVS", "influence_score")));
    }

    /** §B3.3 CVS over arrays: cents, hundredths and months in, hundredths out. */
    public static void cvsBatch(ScoringParameters p, long[] arpu, long[] returnRate, long[] arpuAvg3,
                                long[] returnRateAvg3, long[] tenure, long[] influence, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = cvsHundredths(p, arpu[i], returnRate[i], arpuAvg3[i], returnRateAvg3[i], tenure[i],
                    influence[i]);
        }
    }

    // ---- §B3.4 VALUE_TIER

    /** §B3.4 VALUE_TIER core with explicit p1/p2/p3: a {@link Domains#VALUE_TIERS} code. */
    public static int valueTierCode(long rankAbove, long n, long p1, long p2, long p3) {
        if (p1 <= 0 || p1 >= 100) {
            throw new DomainException("VALUE_TIER", "p1", p1);
        }
        if (p2 <= p1 || p2 >= 100) {
            throw new DomainException("VALUE_TIER", "p2", p2);
        }
        if (p3 <= p2 || p3 >= 100) {
            throw new DomainException("VALUE_TIER", "p3", p3);
        }
        return valueTierChecked(rankAbove, n, p1, p2, p3);
    }

    /** §B3.4 VALUE_TIER code with {@code p}'s p1/p2/p3. */
    public static int valueTierCode(ScoringParameters p, long rankAbove, long n) {
        return valueTierChecked(rankAbove, n, p.valueP1, p.valueP2, p.valueP3);
    }

    private static int valueTierChecked(long r, long n, long p1, long p2, long p3) {
        if (n <= 0 || n > Long.MAX_VALUE / 100) {
            throw new DomainException("VALUE_TIER", "n", n);
        }
        if (r < 0 || r >= n) {
            throw new DomainException("VALUE_TIER", "rank_above", r);
        }
        long hr = 100 * r;
        return hr < p1 * n ? Domains.TIER_H : hr < p2 * n ? Domains.TIER_MH : hr < p3 * n ? Domains.TIER_M
                : Domains.TIER_L;
    }

    /** §B3.4 VALUE_TIER(rank_above BIGINT, n BIGINT) → VARCHAR, with the dataset's p1/p2/p3. */
    @SqlFunction(name = "VALUE_TIER", section = "B3.4", returns = "VARCHAR")
    public static String valueTier(ScoringParameters p,
                                   @Param(name = "rank_above", type = "BIGINT") Long rankAbove,
                                   @Param(name = "n", type = "BIGINT") Long n) {
        if (rankAbove == null || n == null) {
            return null;
        }
        return Domains.VALUE_TIERS.get(valueTierCode(p, rankAbove, n));
    }

    /** §B3.4 VALUE_TIER(rank_above BIGINT, n BIGINT, p1 INTEGER, p2 INTEGER, p3 INTEGER) → VARCHAR. */
    @SqlFunction(name = "VALUE_TIER", section = "B3.4", returns = "VARCHAR")
    public static String valueTier(@Param(name = "rank_above", type = "BIGINT") Long rankAbove,
                                   @Param(name = "n", type = "BIGINT") Long n,
                                   @Param(name = "p1", type = "INTEGER") Integer p1,
                                   @Param(name = "p2", type = "INTEGER") Integer p2,
                                   @Param(name = "p3", type = "INTEGER") Integer p3) {
        if (rankAbove == null || n == null || p1 == null || p2 == null || p3 == null) {
            return null;
        }
        return Domains.VALUE_TIERS.get(valueTierCode(rankAbove, n, p1, p2, p3));
    }

    /** §B3.4 VALUE_TIER over arrays (rank above and partition size per row), codes out, with {@code p}'s cuts. */
    public static void valueTierBatch(ScoringParameters p, long[] rankAbove, long[] partitionCount, int[] outCodes,
                                      int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = valueTierCode(p, rankAbove[i], partitionCount[i]);
        }
    }
}
