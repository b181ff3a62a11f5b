package io.subcube.engine.storage;

import io.subcube.engine.storage.index.ColumnIndex;
import io.subcube.engine.storage.index.ParentKeys;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One immutable partition of a table: a month of a monthly table, or the whole of a dimension table; its
 * columns and, per column, an optional bitmap index or, for an unindexed column, an optional
 * {@link ParentKeys} dependency on an indexed one.
 */
public final class Partition {

    private final int monthId;
    private final int rows;
    private final Column[] columns;
    /** One index per column position, or {@code null} until the partition is indexed. */
    private final ColumnIndex[] indexes;
    /** One dependency per column position, or {@code null} when the partition has none. */
    private final ParentKeys[] parents;

    Partition(int monthId, int rows, Column[] columns) {
        this(monthId, rows, columns, null, null);
    }

    private Partition(int monthId, int rows, Column[] columns, ColumnIndex[] indexes, ParentKeys[] parents) {
        this.monthId = monthId;
        this.rows = rows;
        this.columns = columns;
        this.indexes = indexes;
        this.parents = parents;
        for (Column c : columns) {
            if (c.rows() != rows) {
                throw new IllegalStateException("column with " + c.rows() + " rows in a partition of " + rows);
            }
        }
        for (ColumnIndex index : indexes == null ? new ColumnIndex[0] : indexes) {
            if (index != null && index.rows() != rows) {
                throw new IllegalStateException("index over " + index.rows() + " rows in a partition of " + rows);
            }
        }
    }

    /** The partition's {@code month_id}, or 0 for a dimension table. */
    public int monthId() {
        return monthId;
    }

    public int rows() {
        return rows;
    }

    /** The column at a table column position. */
    public Column column(int index) {
        return columns[index];
    }

    public int columnCount() {
        return columns.length;
    }

    /** The index of the column at a table column position, or {@code null} when it has none. */
    public ColumnIndex index(int column) {
        return indexes == null ? null : indexes[column];
    }

    /** The dependency of the column at a table column position on an indexed column, or {@code null}. */
    public ParentKeys parentKeys(int column) {
        return parents == null ? null : parents[column];
    }

    /**
     * A partition with further columns appended (the derived columns of enrichment), which have no index
     * and no dependency.
     */
    public Partition withColumns(List<Column> extra) {
        Column[] all = Arrays.copyOf(columns, columns.length + extra.size());
        for (int i = 0; i < extra.size(); i++) {
            all[columns.length + i] = extra.get(i);
        }
        return new Partition(monthId, rows, all, indexes == null ? null : Arrays.copyOf(indexes, all.length),
                parents == null ? null : Arrays.copyOf(parents, all.length));
    }

    /**
     * The same columns with these indexes, one per column position ({@code null} for none), and no
     * dependencies: those are found against the indexes.
     */
    public Partition withIndexes(ColumnIndex[] byColumn) {
        return new Partition(monthId, rows, columns, perColumn(byColumn, "indexes"), null);
    }

    /** The same columns and indexes with these dependencies, one per column position ({@code null} for none). */
    public Partition withParentKeys(ParentKeys[] byColumn) {
        return new Partition(monthId, rows, columns, indexes, perColumn(byColumn, "dependencies"));
    }

    /** A copy of a per-column array, or {@code null} when it holds nothing. */
    private <T> T[] perColumn(T[] byColumn, String what) {
        if (byColumn.length != columns.length) {
            throw new IllegalArgumentException(byColumn.length + " " + what + " for " + columns.length + " columns");
        }
        return Arrays.stream(byColumn).anyMatch(Objects::nonNull) ? byColumn.clone() : null;
    }

    /** Heap bytes of the columns and their indexes. */
    public long bytes() {
        long b = 32;
        for (Column c : columns) {
            b += c.bytes();
        }
        return b + indexBytes();
    }

    /** Heap bytes of the indexes and dependencies alone. */
    public long indexBytes() {
        if (indexes == null) {
            return 0;
        }
        long b = 16 + 8L * indexes.length + (parents == null ? 0 : 16 + 8L * parents.length);
        for (int c = 0; c < columns.length; c++) {
            b += indexBytes(c);
        }
        return b;
    }

    /** Heap bytes of the column's index or dependency (0 when it has neither). */
    public long indexBytes(int column) {
        ColumnIndex index = index(column);
        ParentKeys dependency = parentKeys(column);
        return (index == null ? 0 : index.bytes()) + (dependency == null ? 0 : dependency.bytes());
    }
}
