package io.subcube.duckdb.diff;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.duckdb.DuckDbPeer;
import io.subcube.duckdb.LoadReport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Runs the generator once into a CSV directory and, from the same run, into a DuckDB peer's appender. */
public final class GeneratedDataset {

    private GeneratedDataset() {
    }

    /**
     * Writes the dataset of {@code config} to {@code csvDir} (tables, month files and manifest) while
     * appending the same batches into {@code peer}; returns the peer's load report (generation included).
     */
    public static LoadReport writeCsvAndAppend(GeneratorConfig config, Path csvDir, DuckDbPeer peer)
            throws IOException, SQLException {
        CsvDatasetWriter csv = new CsvDatasetWriter(csvDir);
        LoadReport report = peer.load(sink -> DatasetGenerator.generate(config, new TeeSink(csv, sink), Progress.NONE));
        csv.writeManifest(config);
        return report;
    }
}
