package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.flag;

/**
 * Marketing-matrix functions of DOMAIN.md §B3.13–B3.15: MATRIX_CELL, MATRIX_KEY, MKT_PRIORITY and
 * PROGRAM_ORDER. Tiers, stickiness and needs are codes of {@link Domains}; churn_flag is 0/1.
 */
public final class MatrixFunctions {

    private MatrixFunctions() {
    }

    // ---- §B3.13 MATRIX_CELL, MATRIX_KEY

    /** §B3.13 MATRIX_CELL core: tier and stickiness codes, churn_flag 0/1; 6·(t − 1) + 2·(s − 1) + c. */
    public static long matrixCell(int valueTier, int stickTier, long churnFlag) {
        final String f = "MATRIX_CELL";
        Domains.check(f, "value_tier", Domains.VALUE_TIERS, valueTier);
        Domains.check(f, "stick_tier", Domains.STICK_TIERS, stickTier);
        return cell(valueTier, stickTier, flag(churnFlag, f, "churn_flag"));
    }

    private static long cell(int tier, int stick, boolean churn) {
        return 6L * tier + 2L * stick + (churn ? 1 : 2);
    }

    /** §B3.13 MATRIX_CELL(value_tier VARCHAR, stick_tier VARCHAR, churn_flag BOOLEAN) → INTEGER. */
    @SqlFunction(name = "MATRIX_CELL", section = "B3.13", returns = "INTEGER")
    public static Integer matrixCell(@Param(name = "value_tier", type = "VARCHAR") String valueTier,
                                     @Param(name = "stick_tier", type = "VARCHAR") String stickTier,
                                     @Param(name = "churn_flag", type = "BOOLEAN") Boolean churnFlag) {
        if (valueTier == null || stickTier == null || churnFlag == null) {
            return null;
        }
        return (int) matrixCell(Domains.code("MATRIX_CELL", "value_tier", Domains.VALUE_TIERS, valueTier),
                Domains.code("MATRIX_CELL", "stick_tier", Domains.STICK_TIERS, stickTier), Units.bool(churnFlag));
    }

    /** §B3.13 MATRIX_CELL over arrays of tier and stickiness codes and 0/1 flags, cells out. */
    public static void matrixCellBatch(int[] valueTier, int[] stickTier, long[] churn01, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = matrixCell(valueTier[i], stickTier[i], churn01[i]);
        }
    }

    /** §B3.13 MATRIX_KEY core: a {@link Domains#MATRIX_KEYS} code, 5·(cell − 1) + need. */
    public static int matrixKeyCode(int valueTier, int stickTier, long churnFlag, int need) {
        final String f = "MATRIX_KEY";
        Domains.check(f, "value_tier", Domains.VALUE_TIERS, valueTier);
        Domains.check(f, "stick_tier", Domains.STICK_TIERS, stickTier);
        boolean churn = flag(churnFlag, f, "churn_flag");
        Domains.check(f, "need", Domains.NEEDS, need);
        return (int) (5 * (cell(valueTier, stickTier, churn) - 1)) + need;
    }

    /**
     * §B3.13 MATRIX_KEY(value_tier VARCHAR, stick_tier VARCHAR, churn_flag BOOLEAN, need VARCHAR) → VARCHAR,
     * e.g. {@code MH.HIGH.S.TRAFFIC}.
     */
    @SqlFunction(name = "MATRIX_KEY", section = "B3.13", returns = "VARCHAR")
    public static String matrixKey(@Param(name = "value_tier", type = "VARCHAR") String valueTier,
                                   @Param(name = "stick_tier", type = "VARCHAR") String stickTier,
                                   @Param(name = "churn_flag", type = "BOOLEAN") Boolean churnFlag,
                                   @Param(name = "need", type = "VARCHAR") String need) {
        if (valueTier == null || stickTier == null || churnFlag == null || need == null) {
            return null;
        }
        final String f = "MATRIX_KEY";
        return Domains.MATRIX_KEYS.get(matrixKeyCode(Domains.code(f, "value_tier", Domains.VALUE_TIERS, valueTier),
                Domains.code(f, "stick_tier", Domains.STICK_TIERS, stickTier), Units.bool(churnFlag),
                Domains.code(f, "need", Domains.NEEDS, need)));
    }

    /** §B3.13 MATRIX_KEY over arrays of codes and 0/1 flags, key codes out. */
    public static void matrixKeyBatch(int[] valueTier, int[] stickTier, long[] churn01, int[] need, int[] outCodes,
                                      int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = matrixKeyCode(valueTier[i], stickTier[i], churn01[i], need[i]);
        }
    }

    // ---- §B3.14 MKT_PRIORITY

    /** §B3.14 MKT_PRIORITY core: tier and stickiness codes, churn_flag 0/1; 1–5. */
    public static long mktPriority(int valueTier, int stickTier, long churnFlag) {
        final String f = "MKT_PRIORITY";
        Domains.check(f, "value_tier", Domains.VALUE_TIERS, valueTier);
        Domains.check(f, "stick_tier", Domains.STICK_TIERS, stickTier);
        boolean churn = flag(churnFlag, f, "churn_flag");
        if (valueTier == Domains.TIER_L) {
            return 5;
        }
        if (valueTier == Domains.TIER_M) {
            return churn ? 3 : 4;
        }
        return churn ? 1 : stickTier == Domains.STICK_HIGH ? 4 : 2;
    }

    /** §B3.14 MKT_PRIORITY(value_tier VARCHAR, stick_tier VARCHAR, churn_flag BOOLEAN) → INTEGER. */
    @SqlFunction(name = "MKT_PRIORITY", section = "B3.14", returns = "INTEGER")
    public static Integer mktPriority(@Param(name = "value_tier", type = "VARCHAR") String valueTier,
                                      @Param(name = "stick_tier", type = "VARCHAR") String stickTier,
                                      @Param(name = "churn_flag", type = "BOOLEAN") Boolean churnFlag) {
        if (valueTier == null || stickTier == null || churnFlag == null) {
            return null;
        }
        return (int) mktPriority(Domains.code("MKT_PRIORITY", "value_tier", Domains.VALUE_TIERS, valueTier),
                Domains.code("MKT_PRIORITY", "stick_tier", Domains.STICK_TIERS, stickTier), Units.bool(churnFlag));
    }

    /** §B3.14 MKT_PRIORITY over arrays of codes and 0/1 flags, priorities out. */
    public static void mktPriorityBatch(int[] valueTier, int[] stickTier, long[] churn01, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = mktPriority(valueTier[i], stickTier[i], churn01[i]);
        }
    }

    // ---- §B3.15 PROGRAM_ORDER

    /** §B3.15 PROGRAM_ORDER core: a {@link Domains#PROGRAM_ORDERS} code. */
    public static int programOrderCode(int valueTier, long churnFlag, long bundleMonthsLeft, int need) {
        final String f = "PROGRAM_ORDER";
        Domains.check(f, "value_tier", Domains.VALUE_TIERS, valueTier);
        boolean churn = flag(churnFlag, f, "churn_flag");
        count(bundleMonthsLeft, f, "bundle_months_left");
        Domains.check(f, "need", Domains.NEEDS, need);
        boolean retainFirst = churn || (valueTier <= Domains.TIER_MH && bundleMonthsLeft <= 3);
        boolean serviceNeed = need <= Domains.NEED_CRBT;
        return (retainFirst ? 0 : 2) + (serviceNeed ? 0 : 1);
    }

    /**
     * §B3.15 PROGRAM_ORDER(value_tier VARCHAR, churn_flag BOOLEAN, bundle_months_left INTEGER, need VARCHAR) →
     * VARCHAR, e.g. {@code RETAIN>TRAFFIC>NEWSVC}.
     */
    @SqlFunction(name = "PROGRAM_ORDER", section = "B3.15", returns = "VARCHAR")
    public static String programOrder(@Param(name = "value_tier", type = "VARCHAR") String valueTier,
                                      @Param(name = "churn_flag", type = "BOOLEAN") Boolean churnFlag,
                                      @Param(name = "bundle_months_left", type = "INTEGER") Integer bundleMonthsLeft,
                                      @Param(name = "need", type = "VARCHAR") String need) {
        if (valueTier == null || churnFlag == null || bundleMonthsLeft == null || need == null) {
            return null;
        }
        final String f = "PROGRAM_ORDER";
        return Domains.PROGRAM_ORDERS.get(programOrderCode(Domains.code(f, "value_tier", Domains.VALUE_TIERS, valueTier),
                Units.bool(churnFlag), bundleMonthsLeft, Domains.code(f, "need", Domains.NEEDS, need)));
    }

    /** §B3.15 PROGRAM_ORDER over arrays (tier and need codes, 0/1 flags, months), program-order codes out. */
    public static void programOrderBatch(int[] valueTier, long[] churn01, long[] bundleMonthsLeft, int[] need,
                                         int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = programOrderCode(valueTier[i], churn01[i], bundleMonthsLeft[i], need[i]);
        }
    }
}
