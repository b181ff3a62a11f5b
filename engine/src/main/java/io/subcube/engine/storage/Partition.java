package io.subcube.engine.storage;

import io.subcube.engine.storage.index.ColumnIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One immutable partition of a table: a month of a monthly table, or the whole of a dimension table; its
 * columns and, per column, an optional bitmap index.
 */
public final class Partition {

    private final int monthId;
    private final int rows;
    private final Column[] columns;
    /** One index per column position, or {@code null} until the partition is indexed. */
    private final ColumnIndex[] indexes;

    Partition(int monthId, int rows, Column[] columns) {
        this(monthId, rows, columns, null);
    }

    private Partition(int monthId, int rows, Column[] columns, ColumnIndex[] indexes) {
        this.monthId = monthId;
        this.rows = rows;
        this.columns = columns;
        this.indexes = indexes;
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

    /** A partition with further columns appended (the derived columns of enrichment), which have no index. */
    public Partition withColumns(List<Column> extra) {
        Column[] all = Arrays.copyOf(columns, columns.length + extra.size());
        for (int i = 0; i < extra.size(); i++) {
            all[columns.length + i] = extra.get(i);
        }
        return new Partition(monthId, rows, all, indexes == null ? null : Arrays.copyOf(indexes, all.length));
    }

    /** The same columns with these indexes, one per column position ({@code null} for none). */
    public Partition withIndexes(ColumnIndex[] byColumn) {
        if (byColumn.length != columns.length) {
            throw new IllegalArgumentException(byColumn.length + " indexes for " + columns.length + " columns");
        }
        boolean any = Arrays.stream(byColumn).anyMatch(Objects::nonNull);
        return new Partition(monthId, rows, columns, any ? byColumn.clone() : null);
    }

    /** Heap bytes of the columns and their indexes. */
    public long bytes() {
        long b = 32;
        for (Column c : columns) {
            b += c.bytes();
        }
        return b + indexBytes();
    }

    /** Heap bytes of the indexes alone. */
    public long indexBytes() {
        if (indexes == null) {
            return 0;
        }
        long b = 16 + 8L * indexes.length;
        for (ColumnIndex index : indexes) {
            b += index == null ? 0 : index.bytes();
        }
        return b;
    }
}
