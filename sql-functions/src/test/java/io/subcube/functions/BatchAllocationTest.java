package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The batch forms allocate nothing per row (G1 rounding included): measured with the thread's allocation counter. */
class BatchAllocationTest {

    private static final int N = 100_000;

    private static long allocated(Runnable r) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        r.run();  // warm-up: class loading and the like
        long before = mx.getThreadAllocatedBytes(id);
        r.run();
        return mx.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void everyBatchFormRunsWithoutPerRowAllocation() {
        ScoringParameters p = ScoringParameters.DEFAULTS;
        long[] a = new long[N], b = new long[N], c = new long[N], d = new long[N], e = new long[N], f = new long[N],
                g = new long[N], h = new long[N], out = new long[N], one = new long[N];
        int[] codes = new int[N], codes2 = new int[N], zeros = new int[N];
        boolean[] never = new boolean[N], sometimes = new boolean[N];
        int[] market = new int[N], three = new int[N], two = new int[N];
        long[] grid = new long[N], county = new long[N], city = new long[N], family = new long[N];
        for (int i = 0; i < N; i++) {
            market[i] = i % 7;
            three[i] = i % 3;
            two[i] = i % 2;
            sometimes[i] = i % 11 == 0;
            city[i] = 101 + i % 2;
            county[i] = city[i] * 100 + i % 3;
            grid[i] = county[i] * 100 + i % 5;
            family[i] = i % 3 - 1;          // −1 is a NULL family_flag

            a[i] = 12_000 + i % 9_000;      // money / minutes
            b[i] = 9_000 + i % 1_000;       // rates, scores
            c[i] = 400 + i % 7;
            d[i] = i % 40;
            e[i] = i % 5;
            f[i] = i % 10_000;              // shares
            g[i] = 200809;
            h[i] = i % 2;
            one[i] = 1;
        }
        Runnable[] batches = {
            () -> ValueFunctions.returnRateBatch(a, d, out, N),
            () -> ValueFunctions.influenceScoreBatch(p, d, c, e, e, out, N),
            () -> ValueFunctions.cvsBatch(p, a, b, a, b, d, b, out, N),
            () -> ValueFunctions.valueTierBatch(p, d, c, codes, N),
            () -> StickinessFunctions.stickScoreBatch(p, d, e, h, e, d, f, out, N),
            () -> StickinessFunctions.stickTierBatch(p, b, codes, N),
            () -> AnomalyFunctions.churnScoreBatch(p, c, a, a, b, d, d, f, e, out, N),
            () -> AnomalyFunctions.churnFlagBatch(p, f, out, N),
            () -> VasFunctions.vasUserClassBatch(h, g, never, g, e, h, e, codes, N),
            () -> VasFunctions.escStageBatch(p, h, d, e, e, codes, N),
            () -> VasFunctions.escActionBatch(codes, codes2, N),
            () -> VasFunctions.needBatch(p, h, codes2, zeros, zeros, c, c, codes, N),
            () -> ClusterFunctions.clusterClassBatch(p, a, e, e, e, e, e, codes, N),
            () -> ClusterFunctions.clusterGroupBatch(p, codes, a, codes2, N),
            () -> MatrixFunctions.matrixCellBatch(zeros, zeros, h, out, N),
            () -> MatrixFunctions.matrixKeyBatch(zeros, zeros, h, zeros, codes, N),
            () -> MatrixFunctions.mktPriorityBatch(zeros, zeros, h, out, N),
            () -> MatrixFunctions.programOrderBatch(zeros, h, e, zeros, codes, N),
            () -> PolicyFunctions.policyGroupBatch(d, b, a, out, N),
            () -> HotspotFunctions.ruralSegmentBatch(market, grid, grid, county, county, city, city, sometimes, never,
                    codes, N),
            () -> HotspotFunctions.migrantTypeBatch(p, d, three, f, codes, N),
            () -> HotspotFunctions.familyFlagBatch(p, market, d, sometimes, out, N),
            () -> HotspotFunctions.familyPkgTargetBatch(h, h, three, c, family, out, N),
            () -> HotspotFunctions.schoolTypeBatch(e, d, f, e, h, codes, N),
            () -> HotspotFunctions.mmsSegmentBatch(p, market, three, d, two, a, e, e, h, c, sometimes, out, N),
        };
        for (int k = 0; k < batches.length; k++) {
            long bytes = allocated(batches[k]);
            assertTrue(bytes < 4_096, "batch " + k + " allocated " + bytes + " bytes for " + N + " rows");
        }
    }
}
