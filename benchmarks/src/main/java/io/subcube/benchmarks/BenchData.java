package io.subcube.benchmarks;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.DuckDbPeer;
import io.subcube.duckdb.EnumPolicy;
import io.subcube.duckdb.PeerOptions;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens one engine over a generated dataset, set up the way DESIGN.md says the comparison is fair:
 * the same generator rows in both; DuckDB loaded through its appender, low-cardinality VARCHARs as ENUM,
 * checkpointed, with the same thread count.
 */
final class BenchData {

    /** Low-cardinality: a VARCHAR column with at most this many distinct values becomes an ENUM. */
    private static final int ENUM_MAX_DISTINCT = 1000;

    private BenchData() {
    }

    /** A connection to {@code engine} ("subcube" or "duckdb"); closing it releases the engine. */
    static Connection open(String engine, GeneratorConfig config, int threads) throws IOException, SQLException {
        switch (engine) {
            case "subcube":
                return SubcubeDriver.connect(StoreLoader.generate(config), new Properties());
            case "duckdb":
                DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults().withThreads(threads)
                        .withEnums(EnumPolicy.lowCardinality(ENUM_MAX_DISTINCT)));
                peer.load(sink -> DatasetGenerator.generate(config, sink, Progress.NONE));
                return peer.connection();
            default:
                throw new IllegalArgumentException("engine must be subcube or duckdb: " + engine);
        }
    }
}
