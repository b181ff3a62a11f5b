package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.ColumnDef;
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
        private final int monthId;
        private final List<ColumnDef> columns;
        private final ColumnBuilder[] builders;
        private final int monthColumn;
        private int rows;
        private boolean finished;

        PartitionBuilder(TableDef table, int monthId) {
            this.table = table;
            this.monthId = monthId;
            this.columns = table.storedColumns();
            this.builders = new ColumnBuilder[columns.size()];
            for (int i = 0; i < builders.length; i++) {
                builders[i] = ColumnBuilder.forColumn(columns.get(i));
            }
            this.monthColumn = table.monthly() ? columns.indexOf(table.column("month_id")) : -1;
        }

        @Override
        public void append(ColumnBatch batch) {
            if (finished) {
                throw new IllegalStateException(table.name() + ": append after finish");
            }
            if (!batch.columns().equals(columns)) {
                throw new IllegalArgumentException(table.name() + ": batch columns " + names(batch.columns())
                        + " differ from the table's stored columns " + names(columns));
            }
            if (monthColumn >= 0) {
                long[] months = batch.longs(monthColumn);
                for (int i = 0; i < batch.size(); i++) {
                    if (months[i] != monthId) {
                        throw new IllegalArgumentException(table.name() + ": row with month_id " + months[i]
                                + " in partition " + monthId);
                    }
                }
            }
            for (int c = 0; c < builders.length; c++) {
                builders[c].append(batch, c);
            }
            rows += batch.size();
        }

        @Override
        public void finish() {
            if (finished) {
                return;
            }
            finished = true;
            Column[] built = new Column[builders.length];
            for (int c = 0; c < builders.length; c++) {
                built[c] = builders[c].build();
                builders[c] = null;
            }
            add(table, new Partition(monthId, rows, built));
        }

        private static List<String> names(List<ColumnDef> cols) {
            List<String> out = new ArrayList<>();
            for (ColumnDef c : cols) {
                out.add(c.name());
            }
            return out;
        }
    }
}
