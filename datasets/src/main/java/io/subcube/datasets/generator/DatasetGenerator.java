package io.subcube.datasets.generator;

import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
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
        Joiners joiners = new Joiners(config);
        Shocks shocks = new Shocks(config);
        int threads = config.threads();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CommitLanes lanes = new CommitLanes(config, sink, threads, failure);
        // Workers simulate chunks; the calling thread hands each finished chunk, in chunk order, to the lanes.
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "subcube-generator-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<ChunkSimulator> simulators = ThreadLocal.withInitial(
                () -> new ChunkSimulator(config, joiners, shocks));
        int windowSize = Math.max(2, threads * 2);
        Semaphore inFlight = new Semaphore(windowSize);
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
                        ChunkOutput out = lanes.newChunkOutput();
                        simulators.get().run(chunk, out);
                        return out;
                    }));
                }
                ChunkOutput out = await(window.poll());
                rethrow(failure);
                done += out.subscribers().rows(); // before the lanes release the chunk
                lanes.commit(out, inFlight::release);
                progress.update(done, joiners.total);
            }
            lanes.finish();
            rethrow(failure);
            ok = true;
        } finally {
            for (Future<ChunkOutput> f : window) {
                f.cancel(true);
            }
            workers.shutdownNow();
            if (!ok) {
                lanes.abort();
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
