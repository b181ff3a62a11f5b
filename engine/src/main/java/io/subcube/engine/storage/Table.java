package io.subcube.engine.storage;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stored table: its definition, the columns it materialises, and its partitions ordered by month. */
public final class Table {

    private final TableDef def;
    private final List<ColumnDef> columns;
    private final List<Partition> partitions;
    private final long rows;

    public Table(TableDef def, List<ColumnDef> columns, List<Partition> partitions) {
        this.def = def;
        this.columns = List.copyOf(columns);
        List<Partition> sorted = new ArrayList<>(partitions);
        sorted.sort(Comparator.comparingInt(Partition::monthId));
        this.partitions = List.copyOf(sorted);
        long n = 0;
        for (Partition p : sorted) {
            if (p.columnCount() != columns.size()) {
                throw new IllegalStateException(def.name() + ": partition with " + p.columnCount()
                        + " columns, table has " + columns.size());
            }
            n += p.rows();
        }
        this.rows = n;
    }

    public String name() {
        return def.name();
    }

    public TableDef def() {
        return def;
    }

    /** The columns present in this table's partitions, in position order. */
    public List<ColumnDef> columns() {
        return columns;
    }

    /** Position of a column, or −1. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    public List<Partition> partitions() {
        return partitions;
    }

    public long rows() {
        return rows;
    }

    /** Heap bytes of one column summed over partitions. */
    public long columnBytes(int index) {
        long b = 0;
        for (Partition p : partitions) {
            b += p.column(index).bytes();
        }
        return b;
    }

    /**
     * Heap bytes of one column's index, or of its dependency on an indexed column, summed over partitions
     * (0 when it has neither).
     */
    public long indexBytes(int index) {
        long b = 0;
        for (Partition p : partitions) {
            b += p.indexBytes(index);
        }
        return b;
    }

    /** Heap bytes of the partitions' indexes. */
    public long indexBytes() {
        long b = 0;
        for (Partition p : partitions) {
            b += p.indexBytes();
        }
        return b;
    }

    /** Heap bytes of the partitions, indexes included. */
    public long bytes() {
        long b = 0;
        for (Partition p : partitions) {
            b += p.bytes();
        }
        return b;
    }
}
