package io.subcube.duckdb.diff;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Sends every partition to several sinks, so one generator run feeds CSV files and an engine alike. */
public final class TeeSink implements DatasetSink {

    private final List<DatasetSink> sinks;

    public TeeSink(DatasetSink... sinks) {
        this.sinks = List.of(sinks);
    }

    @Override
    public PartitionSink openPartition(TableDef table, int monthId) throws IOException {
        List<PartitionSink> parts = new ArrayList<>(sinks.size());
        for (DatasetSink s : sinks) {
            parts.add(s.openPartition(table, monthId));
        }
        return new PartitionSink() {
            @Override
            public void append(ColumnBatch batch) throws IOException {
                for (PartitionSink p : parts) {
                    p.append(batch);
                }
            }

            @Override
            public void finish() throws IOException {
                for (PartitionSink p : parts) {
                    p.finish();
                }
            }
        };
    }
}
