package io.subcube.engine.load.kpi;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;

/** Reads a small stored table (a dimension such as kpi_tree or region) row by row across its partitions. */
final class TableReader {

    private final Table table;
    private final int[] partitionOf;
    private final int[] rowOf;

    TableReader(Table table) {
        this.table = table;
        int n = (int) table.rows();
        partitionOf = new int[n];
        rowOf = new int[n];
        int i = 0;
        for (int p = 0; p < table.partitions().size(); p++) {
            for (int r = 0; r < table.partitions().get(p).rows(); r++) {
                partitionOf[i] = p;
                rowOf[i++] = r;
            }
        }
    }

    int rows() {
        return rowOf.length;
    }

    /** A VARCHAR value, or {@code null}. */
    String string(String column, int row) {
        return ((StringColumn) column(column, row)).get(rowOf[row]);
    }

    /** An integer-like value (DECIMAL unscaled at its scale); {@code nullValue} when NULL. */
    long number(String column, int row, long nullValue) {
        LongColumn c = (LongColumn) column(column, row);
        return c.nulls() != null && c.nulls().isNull(rowOf[row]) ? nullValue : c.get(rowOf[row]);
    }

    private Column column(String name, int row) {
        int index = table.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(table.name() + " has no column " + name);
        }
        Partition p = table.partitions().get(partitionOf[row]);
        return p.column(index);
    }
}
