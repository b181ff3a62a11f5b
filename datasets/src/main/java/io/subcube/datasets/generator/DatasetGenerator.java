package io.subcube.datasets.generator;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.schema.SubcubeSchema;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The deterministic dataset generator of DOMAIN.md §B2.15. Writes every table with origin GENERATED,
 * stored columns only: the fixed dimensions (region, plan, service, channel, channel_fit,
 * policy_catalog, kpi_tree, alert_rule; partition month 0), service_month, and the subscriber facts
 * (subscriber; subscriber_month, location_month and vas_usage one partition per month).
 *
 * <p>Initial subscribers are simulated in chunks of {@value Joiners#CHUNK} ids on {@code threads}
 * workers; chunks are appended to the sink in chunk order, so the output is identical for every thread
 * count. Each subscriber partition is appended (and finished) by one commit thread; different partitions
 * may be appended concurrently from different threads, as {@link DatasetSink} allows. Within a monthly
 * partition rows come chunk by chunk; within a chunk, by subscriber id (initial subscribers, then the
 * chunk's joiners). The subscriber table follows the same order, so joiner ids are not globally sorted.
 * All partitions of a table are open at once (one per month).
 */
public final class DatasetGenerator {

    static final int BATCH_ROWS = 4096;

    private DatasetGenerator() {
    }

    public static void generate(GeneratorConfig config, DatasetSink sink, Progress progress) throws IOException {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sink, "sink");
        Progress p = progress == null ? Progress.NONE : progress;
        Geography.INSTANCE.write(sink);
        Catalog.writeAll(sink);
        ServiceMonthGenerator.write(config, sink);
        generateSubscribers(config, sink, p);
    }

    private static void generateSubscribers(GeneratorConfig config, DatasetSink sink, Progress progress)
            throws IOException {
        int months = config.months();
        Joiners joiners = new Joiners(config);
        Shocks shocks = new Shocks(config);
        DatasetSink.PartitionSink[] sm = new DatasetSink.PartitionSink[months];
        DatasetSink.PartitionSink[] lm = new DatasetSink.PartitionSink[months];
        DatasetSink.PartitionSink[] vu = new DatasetSink.PartitionSink[months];
        for (int m = 0; m < months; m++) {
            sm[m] = sink.openPartition(SubcubeSchema.SUBSCRIBER_MONTH, config.monthId(m));
            lm[m] = sink.openPartition(SubcubeSchema.LOCATION_MONTH, config.monthId(m));
            vu[m] = sink.openPartition(SubcubeSchema.VAS_USAGE, config.monthId(m));
        }
        DatasetSink.PartitionSink sub = sink.openPartition(SubcubeSchema.SUBSCRIBER, 0);
        BatchPool smPool = new BatchPool(SubcubeSchema.SUBSCRIBER_MONTH, BATCH_ROWS);
        BatchPool lmPool = new BatchPool(SubcubeSchema.LOCATION_MONTH, BATCH_ROWS);
        BatchPool vuPool = new BatchPool(SubcubeSchema.VAS_USAGE, BATCH_ROWS);
        BatchPool subPool = new BatchPool(SubcubeSchema.SUBSCRIBER, BATCH_ROWS);

        // Workers simulate chunks; the calling thread hands each finished chunk, in chunk order, to the
        // commit lanes. A lane is one thread owning a fixed set of partitions, so every partition receives its
        // batches in chunk order from a single thread, while different partitions are appended in parallel.
        int threads = config.threads();
        int laneCount = Math.max(1, Math.min(threads, 3 * months + 1));
        int[] laneOf = new int[3 * months + 1];
        double[] load = new double[laneCount];
        double[] weight = {4.0, 1.3, 1.6};
        for (int i = 0; i < 3 * months + 1; i++) {
            double w = i == 3 * months ? 0.3 : weight[i % 3];
            int best = 0;
            for (int l = 1; l < laneCount; l++) {
                if (load[l] < load[best]) {
                    best = l;
                }
            }
            laneOf[i] = best;
            load[best] += w;
        }
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "subcube-generator-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ExecutorService[] lanes = new ExecutorService[laneCount];
        for (int l = 0; l < laneCount; l++) {
            int lane = l;
            lanes[l] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "subcube-commit-" + lane);
                t.setDaemon(true);
                return t;
            });
        }
        ThreadLocal<ChunkSimulator> simulators = ThreadLocal.withInitial(
                () -> new ChunkSimulator(config, joiners, shocks));
        int windowSize = Math.max(2, threads * 2);
        Semaphore inFlight = new Semaphore(windowSize);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ArrayDeque<Future<ChunkOutput>> window = new ArrayDeque<>();
        long done = 0;
        boolean ok = false;
        try {
            int next = 0;
            for (int c = 0; c < joiners.chunks; c++) {
                while (next < joiners.chunks && window.size() < windowSize) {
                    int chunk = next++;
                    acquire(inFlight, failure);
                    window.add(workers.submit(() -> {
                        ChunkOutput out = new ChunkOutput(chunk, months, smPool, lmPool, vuPool, subPool);
                        simulators.get().run(chunk, out);
                        return out;
                    }));
                }
                ChunkOutput out = await(window.poll());
                rethrow(failure);
                AtomicInteger pending = new AtomicInteger(laneCount);
                for (int l = 0; l < laneCount; l++) {
                    int lane = l;
                    lanes[l].execute(() -> {
                        try {
                            if (failure.get() == null) {
                                for (int i = 0; i < 3 * months + 1; i++) {
                                    if (laneOf[i] != lane) {
                                        continue;
                                    }
                                    if (i == 3 * months) {
                                        append(sub, out.sub);
                                    } else {
                                        int m = i / 3;
                                        switch (i % 3) {
                                            case 0 -> append(sm[m], out.sm[m]);
                                            case 1 -> append(lm[m], out.lm[m]);
                                            default -> append(vu[m], out.vu[m]);
                                        }
                                    }
                                }
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            if (pending.decrementAndGet() == 0) {
                                out.release();
                                inFlight.release();
                            }
                        }
                    });
                }
                done += out.sub.rows();
                progress.update(done, joiners.total);
            }
            // finish every partition on its own lane, then wait for the lanes
            for (int l = 0; l < laneCount; l++) {
                int lane = l;
                lanes[l].execute(() -> {
                    try {
                        if (failure.get() == null) {
                            for (int i = 0; i < 3 * months + 1; i++) {
                                if (laneOf[i] == lane) {
                                    (i == 3 * months ? sub : i % 3 == 0 ? sm[i / 3] : i % 3 == 1 ? lm[i / 3]
                                            : vu[i / 3]).finish();
                                }
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                lanes[l].shutdown();
            }
            for (ExecutorService lane : lanes) {
                awaitTermination(lane);
            }
            rethrow(failure);
            ok = true;
        } finally {
            for (Future<ChunkOutput> f : window) {
                f.cancel(true);
            }
            workers.shutdownNow();
            if (!ok) {
                for (ExecutorService lane : lanes) {
                    lane.shutdownNow();
                }
            }
        }
    }

    private static void acquire(Semaphore s, AtomicReference<Throwable> failure) throws IOException {
        try {
            while (!s.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                rethrow(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("generation interrupted");
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

    private static void rethrow(AtomicReference<Throwable> failure) throws IOException {
        Throwable e = failure.get();
        if (e == null) {
            return;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new IOException("writing failed: " + e, e);
    }

    private static void append(DatasetSink.PartitionSink sink, TableBuffer buffer) throws IOException {
        for (ColumnBatch b : buffer.batches) {
            if (b.size() > 0) {
                sink.append(b);
            }
        }
    }

    private static ChunkOutput await(Future<ChunkOutput> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("generation interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("generation failed: " + cause, cause);
        }
    }
}
