package io.subcube.datasets.generator;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Appends the chunks' rows to the partitions of the subscriber tables. A lane is one thread owning a fixed set
 * of partitions, so every partition receives its batches in chunk order from a single thread, while different
 * partitions are appended in parallel. The first failure on any lane is kept in the shared {@code failure}, and
 * the lanes skip their work from then on.
 */
final class CommitLanes {

    static final int BATCH_ROWS = 4096;

    private final int months;
    private final DatasetSink.PartitionSink[] partitions;
    private final BatchPool[] pools;
    private final int[][] owned;
    private final ExecutorService[] lanes;
    private final AtomicReference<Throwable> failure;

    /** Opens every partition of the subscriber tables and starts up to {@code threads} lanes. */
    CommitLanes(GeneratorConfig config, DatasetSink sink, int threads, AtomicReference<Throwable> failure)
            throws IOException {
        this.months = config.months();
        this.failure = failure;
        int n = ChunkOutput.partitions(months);
        partitions = new DatasetSink.PartitionSink[n];
        pools = new BatchPool[n];
        Map<TableDef, BatchPool> poolOfTable = new HashMap<>();
        for (int p = 0; p < n; p++) {
            TableDef table = ChunkOutput.table(p, months);
            partitions[p] = sink.openPartition(table, table.monthly() ? config.monthId(ChunkOutput.monthIndex(p)) : 0);
            pools[p] = poolOfTable.computeIfAbsent(table, t -> new BatchPool(t, BATCH_ROWS));
        }
        owned = assign(Math.max(1, Math.min(threads, n)));
        lanes = new ExecutorService[owned.length];
        for (int l = 0; l < lanes.length; l++) {
            String name = "subcube-commit-" + l;
            lanes[l] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Empty buffers for one chunk, matching the partitions. */
    ChunkOutput newChunkOutput() {
        return new ChunkOutput(pools);
    }

    /** Queues the chunk's appends on the lanes; once every lane is done, releases its batches and runs {@code done}. */
    void commit(ChunkOutput out, Runnable done) {
        AtomicInteger pending = new AtomicInteger(lanes.length);
        onEveryLane(p -> append(partitions[p], out.partition(p)), () -> {
            if (pending.decrementAndGet() == 0) {
                out.release();
                done.run();
            }
        });
    }

    /** Finishes every partition on its lane after the queued appends, and waits for the lanes to end. */
    void finish() throws IOException {
        onEveryLane(p -> partitions[p].finish(), () -> { });
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            awaitTermination(lane);
        }
    }

    /** Stops the lanes at once, dropping queued work (after a failure). */
    void abort() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

    /** Relative cost of appending a partition of the table, to balance the lanes. */
    private static double weight(TableDef table) {
        if (table == SubcubeSchema.SUBSCRIBER_MONTH) {
            return 4.0;
        }
        if (table == SubcubeSchema.LOCATION_MONTH) {
            return 1.3;
        }
        return table == SubcubeSchema.VAS_USAGE ? 1.6 : 0.3;
    }

    /** Partitions per lane: each in turn to the least loaded lane. */
    private int[][] assign(int laneCount) {
        int n = partitions.length;
        int[] laneOf = new int[n];
        int[] count = new int[laneCount];
        double[] load = new double[laneCount];
        for (int p = 0; p < n; p++) {
            int best = 0;
            for (int l = 1; l < laneCount; l++) {
                if (load[l] < load[best]) {
                    best = l;
                }
            }
            laneOf[p] = best;
            load[best] += weight(ChunkOutput.table(p, months));
            count[best]++;
        }
        int[][] lanePartitions = new int[laneCount][];
        for (int l = 0; l < laneCount; l++) {
            lanePartitions[l] = new int[count[l]];
            count[l] = 0;
        }
        for (int p = 0; p < n; p++) {
            lanePartitions[laneOf[p]][count[laneOf[p]]++] = p;
        }
        return lanePartitions;
    }

    /** Runs {@code task} on each lane for the partitions it owns, unless a lane has failed; then {@code after}. */
    private void onEveryLane(PartitionTask task, Runnable after) {
        for (int l = 0; l < lanes.length; l++) {
            int[] mine = owned[l];
            lanes[l].execute(() -> {
                try {
                    if (failure.get() == null) {
                        for (int p : mine) {
                            task.run(p);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    after.run();
                }
            });
        }
    }

    private static void append(DatasetSink.PartitionSink sink, TableBuffer buffer) throws IOException {
        for (ColumnBatch b : buffer.batches) {
            if (b.size() > 0) {
                sink.append(b);
            }
        }
    }

    private static void awaitTermination(ExecutorService e) throws IOException {
        try {
            while (!e.awaitTermination(1, TimeUnit.SECONDS)) {
                // keep waiting: the lane is writing
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("generation interrupted");
        }
    }

    /** Work on one partition. */
    private interface PartitionTask {
        void run(int partition) throws IOException;
    }
}
