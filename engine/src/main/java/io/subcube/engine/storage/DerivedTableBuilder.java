package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a table that enrichment computes whole (every column derived, e.g. {@code kpi_month}), from row
 * batches over all of its columns, one partition per month ({@code 0} for a table without months).
 * Partitions may be added from several threads.
 */
public final class DerivedTableBuilder {

    private final TableDef def;
    private final Map<Integer, Partition> partitions = new TreeMap<>();

    public DerivedTableBuilder(TableDef def) {
        this.def = def;
    }

    /** An empty batch over all the table's columns. */
    public ColumnBatch newBatch(int capacity) {
        return new ColumnBatch(def, def.columns(), capacity);
    }

    /** Encodes {@code batches} as the partition of {@code monthId}; a month added twice is an error. */
    public void add(int monthId, List<ColumnBatch> batches) {
        PartitionAssembler assembler = new PartitionAssembler(def, monthId, def.columns());
        for (ColumnBatch b : batches) {
            assembler.append(b);
        }
        Partition p = assembler.finish();
        synchronized (partitions) {
            if (partitions.putIfAbsent(monthId, p) != null) {
                throw new IllegalStateException(def.name() + ": partition " + monthId + " built twice");
            }
        }
    }

    /** The table, partitions in month order. */
    public Table build() {
        synchronized (partitions) {
            return new Table(def, def.columns(), new ArrayList<>(partitions.values()));
        }
    }
}
