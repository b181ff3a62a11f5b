package io.subcube.datasets.generator;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.schema.SubcubeSchema;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deterministic dataset generator of DOMAIN.md §B2.15. Writes every table with origin GENERATED,
 * stored columns only: the fixed dimensions (region, plan, service, channel, channel_fit,
 * policy_catalog, kpi_tree, alert_rule; partition month 0), service_month, and the subscriber facts
 * (subscriber; subscriber_month, location_month and vas_usage one partition per month).
 *
 * <p>Initial subscribers are simulated in chunks of {@value Joiners#CHUNK} ids on {@code threads}
 * workers; chunks are appended to the sink in chunk order by the calling thread, so the output is
 * identical for every thread count. Within a monthly partition rows come chunk by chunk; within a chunk,
 * by subscriber id (initial subscribers, then the chunk's joiners).
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

        int threads = config.threads();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "subcube-generator-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<ChunkSimulator> simulators = ThreadLocal.withInitial(
                () -> new ChunkSimulator(config, joiners, shocks));
        ArrayDeque<Future<ChunkOutput>> window = new ArrayDeque<>();
        int window_ = Math.max(2, threads * 2);
        long done = 0;
        try {
            int next = 0;
            for (int c = 0; c < joiners.chunks; c++) {
                while (next < joiners.chunks && window.size() < window_) {
                    int chunk = next++;
                    window.add(workers.submit(() -> {
                        ChunkOutput out = new ChunkOutput(chunk, months, smPool, lmPool, vuPool, subPool);
                        simulators.get().run(chunk, out);
                        return out;
                    }));
                }
                ChunkOutput out = await(window.poll());
                for (int m = 0; m < months; m++) {
                    append(sm[m], out.sm[m]);
                    append(lm[m], out.lm[m]);
                    append(vu[m], out.vu[m]);
                }
                done += out.sub.rows();
                append(sub, out.sub);
                out.release();
                progress.update(done, joiners.total);
            }
        } finally {
            for (Future<ChunkOutput> f : window) {
                f.cancel(true);
            }
            workers.shutdownNow();
        }
        for (int m = 0; m < months; m++) {
            sm[m].finish();
            lm[m].finish();
            vu[m].finish();
        }
        sub.finish();
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
