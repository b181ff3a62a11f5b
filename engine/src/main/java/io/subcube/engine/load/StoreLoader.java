package io.subcube.engine.load;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.DatasetDirectory;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.load.kpi.KpiStep;
import io.subcube.engine.storage.Store;
import io.subcube.functions.ScoringParameters;
import io.subcube.engine.storage.StoreBuilder;
import io.subcube.engine.storage.index.IndexBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Builds a {@link Store}: from the generator in process, or from a data directory written by it. */
public final class StoreLoader {

    private StoreLoader() {
    }

    /** Generates a dataset straight into a new store, enriched with DOMAIN.md's default parameters. */
    public static Store generate(GeneratorConfig config) throws IOException {
        return generate(config, ScoringParameters.DEFAULTS);
    }

    /** Generates a dataset straight into a new store, computes its derived columns and indexes it. */
    public static Store generate(GeneratorConfig config, ScoringParameters parameters) throws IOException {
        StoreBuilder builder = declareAll(new StoreBuilder());
        DatasetGenerator.generate(config, builder, Progress.NONE);
        Store enriched = Enricher.enrich(builder.build("generated dataset (" + config.subscribers() + " subscribers x "
                + config.months() + " months, seed " + config.seed() + ")"), parameters, config.threads());
        return IndexBuilder.index(KpiStep.apply(enriched, config.seed(), config.threads()), config.threads());
    }

    /** Loads a data directory with DOMAIN.md's default parameters. */
    public static Store load(Path dir) throws IOException {
        return load(dir, ScoringParameters.DEFAULTS);
    }

    /** Loads a data directory, computes its derived columns with the given parameters and indexes it. */
    public static Store load(Path dir, ScoringParameters parameters) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        long seed = DatasetDirectory.open(dir).seed();
        Store enriched = Enricher.enrich(load(dir, threads, Progress.NONE), parameters, threads);
        return IndexBuilder.index(KpiStep.apply(enriched, seed, threads), threads);
    }

    /**
     * Loads a data directory's stored columns with {@code threads} readers, one partition file each at a
     * time (largest first, so the last to finish is small). Any bad file fails the whole load with its
     * message.
     */
    static Store load(Path dir, int threads, Progress progress) throws IOException {
        DatasetDirectory data = DatasetDirectory.open(dir);
        StoreBuilder builder = declareAll(new StoreBuilder());
        List<DatasetDirectory.PartitionFile> files = new ArrayList<>();
        for (TableDef t : data.tables()) {
            files.addAll(data.files(t));
        }
        files.sort(Comparator.comparingLong(StoreLoader::size).reversed());
        Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "subcube-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            for (DatasetDirectory.PartitionFile f : files) {
                work.add(pool.submit(() -> {
                    long n = data.read(f, builder);
                    rows.computeIfAbsent(f.table().name(), k -> new AtomicLong()).addAndGet(n);
                    progress.update(done.incrementAndGet(), files.size());
                    return null;
                }));
            }
            for (Future<?> w : work) {
                await(w);
            }
        } finally {
            pool.shutdownNow();
        }
        for (TableDef t : data.tables()) {
            long n = rows.getOrDefault(t.name(), new AtomicLong()).get();
            if (n != data.rows(t)) {
                throw new IOException(dir.resolve(DatasetDirectory.MANIFEST) + ": table " + t.name() + " has " + n
                        + " rows in its files, the manifest says " + data.rows(t));
            }
        }
        Store store = builder.build("data directory " + dir + " (" + data.subscribers() + " subscribers x "
                + data.months() + " months)");
        try {
            CopiedColumnsCheck.verify(store);
        } catch (IllegalArgumentException e) {
            throw new IOException(dir + ": " + e.getMessage(), e);
        }
        return store;
    }

    private static void await(Future<?> work) throws IOException {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("load interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }

    private static long size(DatasetDirectory.PartitionFile f) {
        try {
            return Files.size(f.path());
        } catch (IOException e) {
            return 0;
        }
    }

    private static StoreBuilder declareAll(StoreBuilder builder) {
        for (TableDef t : SubcubeSchema.generatedTables()) {
            builder.declare(t);
        }
        return builder;
    }
}
