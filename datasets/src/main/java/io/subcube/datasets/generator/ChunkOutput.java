package io.subcube.datasets.generator;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;

/**
 * The rows one chunk produced: one buffer per partition of the subscriber tables, in partition order (each
 * month's subscriber_month, location_month and vas_usage, then the subscriber table). This class defines that
 * order; {@link CommitLanes} opens the partitions in it.
 */
final class ChunkOutput {

    /** A month's tables, in the order of its partitions. */
    private static final TableDef[] MONTHLY = {
        SubcubeSchema.SUBSCRIBER_MONTH, SubcubeSchema.LOCATION_MONTH, SubcubeSchema.VAS_USAGE};
    private static final int SUBSCRIBER_MONTH = 0;
    private static final int LOCATION_MONTH = 1;
    private static final int VAS_USAGE = 2;

    private final TableBuffer[] buffers;

    /** A chunk's buffers; {@code pools[p]} serves partition p's table. */
    ChunkOutput(BatchPool[] pools) {
        buffers = new TableBuffer[pools.length];
        for (int p = 0; p < pools.length; p++) {
            buffers[p] = new TableBuffer(pools[p]);
        }
    }

    /** Number of partitions of a run of {@code months}. */
    static int partitions(int months) {
        return MONTHLY.length * months + 1;
    }

    /** The table of partition {@code p} of a run of {@code months}. */
    static TableDef table(int p, int months) {
        return p == MONTHLY.length * months ? SubcubeSchema.SUBSCRIBER : MONTHLY[p % MONTHLY.length];
    }

    /** The month index of partition {@code p} when its table is monthly. */
    static int monthIndex(int p) {
        return p / MONTHLY.length;
    }

    TableBuffer partition(int p) {
        return buffers[p];
    }

    TableBuffer subscriberMonth(int k) {
        return buffers[MONTHLY.length * k + SUBSCRIBER_MONTH];
    }

    TableBuffer locationMonth(int k) {
        return buffers[MONTHLY.length * k + LOCATION_MONTH];
    }

    TableBuffer vasUsage(int k) {
        return buffers[MONTHLY.length * k + VAS_USAGE];
    }

    TableBuffer subscribers() {
        return buffers[buffers.length - 1];
    }

    /** Closes every buffer's last batch; call once the chunk is simulated. */
    void seal() {
        for (TableBuffer b : buffers) {
            b.seal();
        }
    }

    /** Returns every batch to its pool; call once the chunk is appended. */
    void release() {
        for (TableBuffer b : buffers) {
            b.release();
        }
    }
}
