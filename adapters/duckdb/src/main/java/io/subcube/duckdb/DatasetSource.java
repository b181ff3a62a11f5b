package io.subcube.duckdb;

import io.subcube.datasets.batch.DatasetSink;
import java.io.IOException;

/** Anything that writes a whole dataset into a sink: a generator run, a file reader. */
@FunctionalInterface
public interface DatasetSource {

    /** Writes every partition of every generated table into the sink and returns when done. */
    void writeTo(DatasetSink sink) throws IOException;
}
