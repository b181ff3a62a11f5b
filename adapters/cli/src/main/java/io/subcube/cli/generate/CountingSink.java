package io.subcube.cli.generate;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Passes a dataset on to another sink and counts rows and partitions per table for the summary. */
public final class CountingSink implements DatasetSink {

    private final DatasetSink target;
    private final Map<String, LongAdder> rows = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> partitions = new ConcurrentHashMap<>();

    public CountingSink(DatasetSink target) {
        this.target = target;
    }

    @Override
    public PartitionSink openPartition(TableDef table, int monthId) throws IOException {
        PartitionSink partition = target.openPartition(table, monthId);
        partitions.computeIfAbsent(table.name(), k -> new LongAdder()).increment();
        LongAdder tableRows = rows.computeIfAbsent(table.name(), k -> new LongAdder());
        return new PartitionSink() {
            @Override
            public void append(ColumnBatch batch) throws IOException {
                int size = batch.size();
                partition.append(batch);
                tableRows.add(size);
            }

            @Override
            public void finish() throws IOException {
                partition.finish();
            }
        };
    }

    /** Rows written to a table so far; 0 for a table never opened. */
    public long rows(String table) {
        LongAdder count = rows.get(table);
        return count == null ? 0 : count.sum();
    }

    /** Partitions opened for a table so far. */
    public long partitions(String table) {
        LongAdder count = partitions.get(table);
        return count == null ? 0 : count.sum();
    }

    /** True when the table received at least one partition. */
    public boolean wrote(String table) {
        return partitions.containsKey(table);
    }
}
