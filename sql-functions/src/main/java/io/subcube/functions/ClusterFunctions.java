package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.money;

import java.math.BigDecimal;

/** Voice-cluster functions of DOMAIN.md §B3.12: CLUSTER_CLASS and CLUSTER_GROUP. */
public final class ClusterFunctions {

    private ClusterFunctions() {
    }

    /** §B3.12 CLUSTER_CLASS core: minutes in, a {@link Domains#CLUSTER_CLASSES} code out, {@code p}'s thresholds. */
    public static int clusterClassCode(ScoringParameters p, long mouTotal, long mouLdOut, long mouLdIn,
                                       long mouRoam, long mouVpmn, long mouIntl) {
        final String f = "CLUSTER_CLASS";
        count(mouTotal, f, "mou_total");
        count(mouLdOut, f, "mou_ld_out");
        count(mouLdIn, f, "mou_ld_in");
        count(mouRoam, f, "mou_roam");
        count(mouVpmn, f, "mou_vpmn");
        count(mouIntl, f, "mou_intl");
        if (mouLdOut + mouLdIn + mouRoam + mouVpmn + mouIntl > mouTotal) {
            throw new DomainException(f, "mou_total", mouTotal);
        }
        long t = mouTotal;
        if (t < p.clusterLowMinutes) {
            return Domains.CC_LOW;
        }
        if (10_000 * mouIntl >= p.clusterIntl * t) {
            return Domains.CC_INTL;
        }
        if (10_000 * mouRoam >= p.clusterRoam * t) {
            return Domains.CC_ROAM;
        }
        if (10_000 * mouVpmn >= p.clusterVpmn * t) {
            return Domains.CC_VPMN;
        }
        if (10_000 * mouLdIn >= p.clusterLdIn * t && mouLdIn > mouLdOut) {
            return Domains.CC_LD_IN;
        }
        if (10_000 * mouLdOut >= p.clusterLdOut * t) {
            return Domains.CC_LD_OUT;
        }
        return Domains.CC_LOCAL;
    }

    /**
     * §B3.12 CLUSTER_CLASS(mou_total INTEGER, mou_ld_out INTEGER, mou_ld_in INTEGER, mou_roam INTEGER, mou_vpmn
     * INTEGER, mou_intl INTEGER) → VARCHAR.
     */
    @SqlFunction(name = "CLUSTER_CLASS", section = "B3.12", returns = "VARCHAR")
    public static String clusterClass(ScoringParameters p,
                                      @Param(name = "mou_total", type = "INTEGER") Integer mouTotal,
                                      @Param(name = "mou_ld_out", type = "INTEGER") Integer mouLdOut,
                                      @Param(name = "mou_ld_in", type = "INTEGER") Integer mouLdIn,
                                      @Param(name = "mou_roam", type = "INTEGER") Integer mouRoam,
                                      @Param(name = "mou_vpmn", type = "INTEGER") Integer mouVpmn,
                                      @Param(name = "mou_intl", type = "INTEGER") Integer mouIntl) {
        if (mouTotal == null || mouLdOut == null || mouLdIn == null || mouRoam == null || mouVpmn == null
                || mouIntl == null) {
            return null;
        }
        return Domains.CLUSTER_CLASSES.get(clusterClassCode(p, mouTotal, mouLdOut, mouLdIn, mouRoam, mouVpmn,
                mouIntl));
    }

    /** §B3.12 CLUSTER_CLASS over arrays of minutes, codes out. */
    public static void clusterClassBatch(ScoringParameters p, long[] mouTotal, long[] mouLdOut, long[] mouLdIn,
                                         long[] mouRoam, long[] mouVpmn, long[] mouIntl, int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = clusterClassCode(p, mouTotal[i], mouLdOut[i], mouLdIn[i], mouRoam[i], mouVpmn[i],
                    mouIntl[i]);
        }
    }

    /**
     * {@link Domains#CLUSTER_GROUPS} code by class code and ARPU band (0 HIGH, 1 MID, 2 LOW): LD_IN has MID
     * (arpu ≥ 30) and LOW; ROAM and INTL have HIGH (≥ 100) and MID (the rest).
     */
    private static final int[][] GROUP = {
        {0, 0, 0},     // LOW
        {1, 2, 3},     // LOCAL_HIGH, LOCAL_MID, LOCAL_LOW
        {4, 5, 6},     // LD_OUT_*
        {7, 7, 8},     // LD_IN_MID, LD_IN_MID, LD_IN_LOW
        {9, 10, 10},   // ROAM_HIGH, ROAM_MID, ROAM_MID
        {11, 12, 13},  // VPMN_*
        {14, 15, 15},  // INTL_HIGH, INTL_MID, INTL_MID
    };

    /** §B3.12 CLUSTER_GROUP core: class code and ARPU in cents in, a {@link Domains#CLUSTER_GROUPS} code out. */
    public static int clusterGroupCode(ScoringParameters p, int clusterClass, long arpuCents) {
        Domains.check("CLUSTER_GROUP", "cluster_class", Domains.CLUSTER_CLASSES, clusterClass);
        money(arpuCents, "CLUSTER_GROUP", "arpu");
        int band = arpuCents >= p.clusterArpuHigh ? 0 : arpuCents >= p.clusterArpuMid ? 1 : 2;
        return GROUP[clusterClass][band];
    }

    /** §B3.12 CLUSTER_GROUP(cluster_class VARCHAR, arpu DECIMAL(12,2)) → VARCHAR; an unknown class is an error. */
    @SqlFunction(name = "CLUSTER_GROUP", section = "B3.12", returns = "VARCHAR")
    public static String clusterGroup(ScoringParameters p,
                                      @Param(name = "cluster_class", type = "VARCHAR") String clusterClass,
                                      @Param(name = "arpu", type = "DECIMAL(12,2)") BigDecimal arpu) {
        if (clusterClass == null || arpu == null) {
            return null;
        }
        return Domains.CLUSTER_GROUPS.get(clusterGroupCode(p,
                Domains.code("CLUSTER_GROUP", "cluster_class", Domains.CLUSTER_CLASSES, clusterClass),
                Units.cents(arpu, "CLUSTER_GROUP", "arpu")));
    }

    /** §B3.12 CLUSTER_GROUP over arrays: class codes and ARPU in cents in, group codes out. */
    public static void clusterGroupBatch(ScoringParameters p, int[] clusterClass, long[] arpu, int[] outCodes,
                                         int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = clusterGroupCode(p, clusterClass[i], arpu[i]);
        }
    }
}
