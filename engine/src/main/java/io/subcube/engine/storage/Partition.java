package io.subcube.engine.storage;

import java.util.List;

/** One immutable partition of a table: a month of a monthly table, or the whole of a dimension table. */
public final class Partition {

    private final int monthId;
    private final int rows;
    private final Column[] columns;

    Partition(int monthId, int rows, Column[] columns) {
        this.monthId = monthId;
        this.rows = rows;
        this.columns = columns;
        for (Column c : columns) {
            if (c.rows() != rows) {
                throw new IllegalStateException("column with " + c.rows() + " rows in a partition of " + rows);
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

    /** A partition with further columns appended (the derived columns of enrichment). */
    public Partition withColumns(List<Column> extra) {
        Column[] all = java.util.Arrays.copyOf(columns, columns.length + extra.size());
        for (int i = 0; i < extra.size(); i++) {
            all[columns.length + i] = extra.get(i);
        }
        return new Partition(monthId, rows, all);
    }

    public long bytes() {
        long b = 32;
        for (Column c : columns) {
            b += c.bytes();
        }
        return b;
    }
}
