package io.subcube.datasets.testing;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Generated datasets shared by the tests of one JVM. */
public final class Fixtures {

    /** The moderate dataset of the distribution tests: 20,000 subscribers × 4 months, default seed. */
    public static final GeneratorConfig MODERATE = GeneratorConfig.defaults().withSubscribers(20_000).withMonths(4);

    private static MemorySink moderate;

    private Fixtures() {
    }

    public static synchronized MemorySink moderate() {
        if (moderate == null) {
            moderate = generate(MODERATE);
        }
        return moderate;
    }

    public static MemorySink generate(GeneratorConfig config) {
        MemorySink sink = new MemorySink();
        try {
            DatasetGenerator.generate(config, sink, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
