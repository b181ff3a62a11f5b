package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.TableDef;
import io.subcube.functions.ScoringParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Store} from a dataset streamed partition by partition. Partitions may be built in
 * parallel (one thread per open partition); nothing is visible until {@link #build} publishes the store.
 */
public final class StoreBuilder implements DatasetSink {

    private final Map<String, TableDef> defs = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Partition>> partitions = new LinkedHashMap<>();

    /** Declares a table so it exists (possibly empty) even when no partition arrives. */
    public synchronized StoreBuilder declare(TableDef table) {
        defs.putIfAbsent(table.name(), table);
        partitions.computeIfAbsent(table.name(), k -> new LinkedHashMap<>());
        return this;
    }

    @Override
    public PartitionSink openPartition(TableDef table, int monthId) {
        declare(table);
        if (table.monthly() == (monthId == 0)) {
            throw new IllegalArgumentException(table.name() + (table.monthly()
                    ? " is partitioned by month: a month_id is required" : " is not partitioned by month"));
        }
        return new PartitionBuilder(table, monthId);
    }

    private synchronized void add(TableDef table, Partition partition) {
        Partition previous = partitions.get(table.name()).putIfAbsent(partition.monthId(), partition);
        if (previous != null) {
            throw new IllegalStateException(table.name() + ": partition " + partition.monthId() + " loaded twice");
        }
    }

    /** Publishes every declared table as an immutable store, its derived columns not yet computed. */
    public synchronized Store build(String description) {
        List<Table> tables = new ArrayList<>();
        for (TableDef def : defs.values()) {
            tables.add(new Table(def, def.storedColumns(), new ArrayList<>(partitions.get(def.name()).values())));
        }
        return new Store(description, ScoringParameters.DEFAULTS, tables);
    }

    /** Accumulates the columns of one partition. */
    private final class PartitionBuilder implements PartitionSink {

        private final TableDef table;
        private final PartitionAssembler assembler;

        PartitionBuilder(TableDef table, int monthId) {
            this.table = table;
            this.assembler = new PartitionAssembler(table, monthId, table.storedColumns());
        }

        @Override
        public void append(ColumnBatch batch) {
            assembler.append(batch);
        }

        @Override
        public void finish() {
            if (!assembler.finished()) {
                add(table, assembler.finish());
            }
        }
    }
}
