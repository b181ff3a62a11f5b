package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/** Accumulates row batches of one partition over a fixed list of columns, then encodes them. */
final class PartitionAssembler {

    private final TableDef table;
    private final int monthId;
    private final List<ColumnDef> columns;
    private final ColumnBuilder[] builders;
    private final int monthColumn;
    private int rows;
    private boolean finished;

    PartitionAssembler(TableDef table, int monthId, List<ColumnDef> columns) {
        this.table = table;
        this.monthId = monthId;
        this.columns = columns;
        this.builders = new ColumnBuilder[columns.size()];
        for (int i = 0; i < builders.length; i++) {
            builders[i] = ColumnBuilder.forColumn(columns.get(i));
        }
        this.monthColumn = table.monthly() ? columns.indexOf(table.column("month_id")) : -1;
    }

    void append(ColumnBatch batch) {
        if (finished) {
            throw new IllegalStateException(table.name() + ": append after finish");
        }
        if (!batch.columns().equals(columns)) {
            throw new IllegalArgumentException(table.name() + ": batch columns " + names(batch.columns())
                    + " differ from the table's columns " + names(columns));
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

    /** The encoded partition; the assembler takes no more rows. */
    Partition finish() {
        if (finished) {
            throw new IllegalStateException(table.name() + ": partition " + monthId + " finished twice");
        }
        finished = true;
        Column[] built = new Column[builders.length];
        for (int c = 0; c < builders.length; c++) {
            built[c] = builders[c].build();
            builders[c] = null;
        }
        return new Partition(monthId, rows, built);
    }

    boolean finished() {
        return finished;
    }

    private static List<String> names(List<ColumnDef> cols) {
        List<String> out = new ArrayList<>();
        for (ColumnDef c : cols) {
            out.add(c.name());
        }
        return out;
    }
}
