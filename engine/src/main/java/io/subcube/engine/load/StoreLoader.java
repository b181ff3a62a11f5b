package io.subcube.engine.load;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StoreBuilder;
import java.io.IOException;
import java.nio.file.Path;

/** Builds a {@link Store}: from the generator in process, or from a data directory written by it. */
public final class StoreLoader {

    /** The manifest file of a data directory. */
    public static final String MANIFEST = "manifest.properties";

    private StoreLoader() {
    }

    /** Generates a dataset straight into a new store. */
    public static Store generate(GeneratorConfig config) throws IOException {
        return generate(config, Progress.NONE);
    }

    public static Store generate(GeneratorConfig config, Progress progress) throws IOException {
        StoreBuilder builder = declareAll(new StoreBuilder());
        DatasetGenerator.generate(config, builder, progress);
        return builder.build("generated dataset (" + config.subscribers() + " subscribers x " + config.months()
                + " months, seed " + config.seed() + ")");
    }

    /** Loads a data directory; the store is returned only when every file loaded and checked. */
    public static Store load(Path dir) throws IOException {
        throw new IOException("loading " + dir + " is not implemented yet");
    }

    private static StoreBuilder declareAll(StoreBuilder builder) {
        for (TableDef t : SubcubeSchema.generatedTables()) {
            builder.declare(t);
        }
        return builder;
    }
}
