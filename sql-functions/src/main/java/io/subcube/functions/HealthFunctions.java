package io.subcube.functions;

import java.math.BigDecimal;
import java.util.List;

/**
 * The VAS health model of DOMAIN.md §B3.23–B3.25 (seed 004): the indicator table of §B3.24, VAS_IND_SCORE and
 * VAS_WEAK. Scores are unrounded doubles (G1 rounds only the reported sums). The cores take and give
 * {@code double}, with NaN standing for SQL NULL where the rule gives NULL a meaning.
 */
public final class HealthFunctions {

    private static final String IND = "VAS_IND_SCORE";
    private static final String WEAK = "VAS_WEAK";

    private HealthFunctions() {
    }

    /** §B3.24 how an indicator's value becomes its score (methods of §B3.23). */
    public enum Method {
        /** 全省比高: full·clamp(v/best, 0, 1), NULL without a positive best. */
        REL,
        /** Satisfaction: full·clamp((v − 60)/20, 0, 1). */
        SAT,
        /** Complaints per 10,000 customers: full·clamp(1 − v/8, 0, 1). */
        CPL,
        /** Paying rate: full·clamp(v/0.90, 0, 1). */
        PAY
    }

    /**
     * §B3.24 the ten indicators of the VAS health model, in the table's order ({@link #ordinal()} is the
     * {@link Domains#INDICATORS} code); §B2.9 scores nine of them per service, see {@link #scored(String)}.
     */
    public enum Indicator {
        REV_COMPLETION(Domains.DIM_SCALE, 10, Method.REL, "revenue_ytd / revenue_plan_ytd"),
        PENETRATION(Domains.DIM_SCALE, 20, Method.REL, "using_users / paying_base"),
        GROWTH_CONTRIB(Domains.DIM_SCALE, 15, Method.REL, "growth_contrib"),
        CAGR3(Domains.DIM_SCALE, 15, Method.REL, "cagr3"),
        REV_PER_USER(Domains.DIM_SCALE, 15, Method.REL, "revenue_ytd / avg_paying_users_ytd / (month_id % 100)"),
        USAGE_PER_USER(Domains.DIM_HEALTH, 15, Method.REL, "usage_volume / using_users"),
        SATISFACTION(Domains.DIM_HEALTH, 5, Method.SAT, "satisfaction"),
        COMPLAINTS(Domains.DIM_HEALTH, 5, Method.CPL, "complaints * 10000 / using_users"),
        PAYING_RATE(Domains.DIM_HEALTH, 5, Method.PAY, "paying_users / using_users"),
        VOL_REV_MATCH(Domains.DIM_HEALTH, 10, Method.REL, "1 - pkg_overcharge_rev / service_revenue");

        private static final Indicator[] ALL = values();
        private static final List<Indicator> MATURE = without(CAGR3);
        private static final List<Indicator> GROWTH = without(GROWTH_CONTRIB);

        private final int dimension;
        private final int fullMarks;
        private final Method method;
        private final String formula;

        Indicator(int dimension, int fullMarks, Method method, String formula) {
            this.dimension = dimension;
            this.fullMarks = fullMarks;
            this.method = method;
            this.formula = formula;
        }

        /** §B3.24 indicator_code as stored, e.g. {@code PENETRATION}. */
        public String code() {
            return name();
        }

        /** §B3.24 row number # (1–10). */
        public int number() {
            return ordinal() + 1;
        }

        /** §B2.9 dimension, {@code SCALE} or {@code HEALTH}. */
        public String dimension() {
            return Domains.DIMENSIONS.get(dimension);
        }

        /** §B2.9 dimension as a {@link Domains#DIMENSIONS} code. */
        public int dimensionCode() {
            return dimension;
        }

        /** §B3.24 full marks in whole points (SCALE rows of a service add up to 60, HEALTH rows to 40). */
        public int fullMarks() {
            return fullMarks;
        }

        /** §B2.9 full_marks as its DECIMAL(5,2) column holds it, e.g. {@code 10.00}. */
        public BigDecimal fullMarksDecimal() {
            return BigDecimal.valueOf(100L * fullMarks, 2);
        }

        /** §B3.24 scoring method. */
        public Method method() {
            return method;
        }

        /** §B3.24 ind_value over service_month's columns, as the table writes it (documentation only). */
        public String formula() {
            return formula;
        }

        /** §B3.24 the indicator of a code; an unknown code is a G3 error of VAS_IND_SCORE. */
        public static Indicator of(String code) {
            return ALL[Domains.code(IND, "indicator_code", Domains.INDICATORS, code)];
        }

        /** §B3.24 the indicator of a {@link Domains#INDICATORS} code; out of range is a G3 error. */
        public static Indicator of(int code) {
            return ALL[Domains.check(IND, "indicator_code", Domains.INDICATORS, code)];
        }

        /**
         * §B2.9 the nine indicators scored for a service of this lifecycle: GROWTH_CONTRIB for MATURE services,
         * CAGR3 for GROWTH ones; an unknown lifecycle is a G3 error.
         */
        public static List<Indicator> scored(String lifecycle) {
            int c = Domains.code("SERVICE_INDICATOR", "lifecycle", Domains.LIFECYCLES, lifecycle);
            return c == Domains.LIFECYCLE_MATURE ? MATURE : GROWTH;
        }

        private static List<Indicator> without(Indicator excluded) {
            return java.util.Arrays.stream(values()).filter(i -> i != excluded).toList();
        }
    }

    // ---- §B3.23 VAS_IND_SCORE

    /**
     * §B3.23 VAS_IND_SCORE core: the unrounded score of {@code indicator} (a {@link Domains#INDICATORS} code);
     * {@code best} NaN means NULL; the result is NaN for NULL (a REL indicator without a positive best).
     */
    public static double vasIndScore(int indicator, double value, double best) {
        Indicator ind = Indicator.of(indicator);
        if (!Double.isFinite(value)) {
            throw new DomainException(IND, "ind_value", value);
        }
        double full = ind.fullMarks;
        switch (ind.method) {
            case REL:
                if (Double.isInfinite(best)) {
                    throw new DomainException(IND, "best_value", best);
                }
                // NaN (NULL) fails the test too: a city with no positive best has nothing to be compared with
                if (!(best > 0)) {
                    return Double.NaN;
                }
                return full * clamp(value / best);
            case SAT:
                if (value < 0 || value > 100) {
                    throw new DomainException(IND, "ind_value", value);
                }
                return full * clamp((value - 60) / 20);
            case CPL:
                if (value < 0) {
                    throw new DomainException(IND, "ind_value", value);
                }
                return full * clamp(1 - value / 8);
            default:
                if (value < 0) {
                    throw new DomainException(IND, "ind_value", value);
                }
                return full * clamp(value / 0.90);
        }
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /**
     * §B3.23 VAS_IND_SCORE(indicator_code VARCHAR, ind_value DOUBLE, best_value DOUBLE) → DOUBLE, unrounded;
     * best_value NULL gives NULL for REL indicators and is ignored by the others; any other NULL gives NULL.
     */
    @SqlFunction(name = IND, section = "B3.23", returns = "DOUBLE", nullMeaningful = true)
    public static Double vasIndScore(@Param(name = "indicator_code", type = "VARCHAR") String indicatorCode,
                                     @Param(name = "ind_value", type = "DOUBLE") Double indValue,
                                     @Param(name = "best_value", type = "DOUBLE") Double bestValue) {
        if (indicatorCode == null || indValue == null) {
            return null;
        }
        int code = Domains.code(IND, "indicator_code", Domains.INDICATORS, indicatorCode);
        // NaN is the core's NULL, so a NaN from SQL must not pass for one
        if (bestValue != null && Double.isNaN(bestValue)) {
            throw new DomainException(IND, "best_value", bestValue);
        }
        double s = vasIndScore(code, indValue, bestValue == null ? Double.NaN : bestValue);
        return Double.isNaN(s) ? null : s;
    }

    // ---- §B3.25 VAS_WEAK

    /**
     * §B3.25 VAS_WEAK core with {@code p}'s ratio: score/full_marks below it, or falling two months running;
     * {@code prevScore}/{@code prev2Score} NaN mean NULL. Scores must lie in [0, full_marks], full_marks > 0.
     */
    public static boolean vasWeakFlag(ScoringParameters p, double score, double fullMarks, double prevScore,
                                  double prev2Score) {
        if (!Double.isFinite(fullMarks) || fullMarks <= 0) {
            throw new DomainException(WEAK, "full_marks", fullMarks);
        }
        checkScore(score, fullMarks, "score");
        boolean history = !Double.isNaN(prevScore) && !Double.isNaN(prev2Score);
        if (!Double.isNaN(prevScore)) {
            checkScore(prevScore, fullMarks, "prev_score");
        }
        if (!Double.isNaN(prev2Score)) {
            checkScore(prev2Score, fullMarks, "prev2_score");
        }
        return score / fullMarks < p.vasWeakRatio || (history && score < prevScore && prevScore < prev2Score);
    }

    private static void checkScore(double score, double fullMarks, String argument) {
        if (!(score >= 0 && score <= fullMarks)) {
            throw new DomainException(WEAK, argument, score);
        }
    }

    /**
     * §B3.25 VAS_WEAK(score DOUBLE, full_marks DOUBLE, prev_score DOUBLE, prev2_score DOUBLE) → BOOLEAN, with the
     * dataset's ratio; a NULL previous score means no trend, a NULL score or full_marks gives NULL.
     */
    @SqlFunction(name = WEAK, section = "B3.25", returns = "BOOLEAN", nullMeaningful = true)
    public static Boolean vasWeak(ScoringParameters p,
                                  @Param(name = "score", type = "DOUBLE") Double score,
                                  @Param(name = "full_marks", type = "DOUBLE") Double fullMarks,
                                  @Param(name = "prev_score", type = "DOUBLE") Double prevScore,
                                  @Param(name = "prev2_score", type = "DOUBLE") Double prev2Score) {
        if (score == null || fullMarks == null) {
            return null;
        }
        return vasWeakFlag(p, score, fullMarks, previous(prevScore, "prev_score"), previous(prev2Score, "prev2_score"));
    }

    /** A previous score for the core: NULL becomes NaN, and a NaN from SQL is an error rather than a NULL. */
    private static double previous(Double v, String argument) {
        if (v == null) {
            return Double.NaN;
        }
        if (Double.isNaN(v)) {
            throw new DomainException(WEAK, argument, v);
        }
        return v;
    }
}
