package io.subcube.engine.sql.jdbc;

import io.subcube.datasets.csv.DatasetDirectory;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.storage.Store;
import io.subcube.functions.ScoringParameters;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The stores open in this JVM, one per data location, loaded once and shared by all connections to
 * it. A store is held softly: the JVM may drop one nobody uses when memory runs short, and the next
 * connection reloads it. Loading is all or nothing: a failure leaves no store behind.
 */
final class StoreRegistry {

    private static final Map<String, SoftReference<Store>> STORES = new HashMap<>();
    private static final Map<String, Object> LOCKS = new HashMap<>();

    private StoreRegistry() {
    }

    /**
     * The store at a location (empty for the generated default dataset, else a data directory), enriched
     * with the scoring parameters the properties ask for.
     */
    static Store open(String location, Properties props) throws SQLException {
        ScoringParameters parameters = ParameterProperties.parameters(props);
        String key;
        StoreSource source;
        if (location.isEmpty()) {
            GeneratorConfig config = generatorConfig(props);
            key = "generated:" + config.subscribers() + ":" + config.months() + ":" + config.seed() + ":"
                    + config.startMonth();
            source = () -> StoreLoader.generate(config, parameters);
        } else {
            Path dir = Paths.get(location).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new SQLException("data directory not found: " + location);
            }
            key = "dir:" + dir + ":" + lastModified(dir.resolve(DatasetDirectory.MANIFEST));
            source = () -> StoreLoader.load(dir, parameters);
        }
        key += ":" + parameters;
        Object lock;
        synchronized (STORES) {
            lock = LOCKS.computeIfAbsent(key, k -> new Object());
        }
        synchronized (lock) {
            synchronized (STORES) {
                SoftReference<Store> ref = STORES.get(key);
                Store cached = ref == null ? null : ref.get();
                if (cached != null) {
                    return cached;
                }
            }
            Store store;
            try {
                store = source.load();
            } catch (IOException | RuntimeException e) {
                throw new SQLException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
            synchronized (STORES) {
                STORES.put(key, new SoftReference<>(store));
            }
            return store;
        }
    }

    private static GeneratorConfig generatorConfig(Properties props) throws SQLException {
        GeneratorConfig d = GeneratorConfig.defaults();
        try {
            return new GeneratorConfig(
                    Long.parseLong(props.getProperty("subscribers", String.valueOf(d.subscribers()))),
                    Integer.parseInt(props.getProperty("months", String.valueOf(d.months()))),
                    Long.parseLong(props.getProperty("seed", String.valueOf(d.seed()))),
                    Integer.parseInt(props.getProperty("start_month", String.valueOf(d.startMonth()))),
                    d.threads());
        } catch (IllegalArgumentException e) {
            throw new SQLException("bad dataset option: " + e.getMessage(), e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Loads one store. */
    @FunctionalInterface
    private interface StoreSource {
        Store load() throws IOException;
    }
}
