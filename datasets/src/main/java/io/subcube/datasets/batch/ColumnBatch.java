package io.subcube.datasets.batch;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.TableDef;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of rows of one table held column by column in primitive arrays: the unit in which the
 * generator, file readers and writers, and the store hand rows to each other.
 *
 * <p>Value encoding per {@link ColumnType.Kind}: INTEGER, BIGINT, DATE (epoch days), BOOLEAN (0/1) and
 * DECIMAL (unscaled at the column's scale) in {@link #longs(int)}; DOUBLE in {@link #doubles(int)};
 * VARCHAR in {@link #strings(int)}. A column's null mask ({@link #nulls(int)}) exists only for nullable
 * columns; a NULL slot's value is ignored (VARCHAR NULLs may also be a {@code null} string).
 */
public final class ColumnBatch {

    private final TableDef table;
    private final List<ColumnDef> columns;
    private final int capacity;
    private final long[][] longs;
    private final double[][] doubles;
    private final String[][] strings;
    private final boolean[][] nulls;
    private int size;

    /** A batch over the table's stored (non-derived) columns. */
    public ColumnBatch(TableDef table, int capacity) {
        this(table, table.storedColumns(), capacity);
    }

    /** A batch over the given columns of the table, in that order. */
    public ColumnBatch(TableDef table, List<ColumnDef> columns, int capacity) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.capacity = capacity;
        int n = columns.size();
        longs = new long[n][];
        doubles = new double[n][];
        strings = new String[n][];
        nulls = new boolean[n][];
        for (int c = 0; c < n; c++) {
            ColumnDef def = columns.get(c);
            switch (def.type().kind()) {
                case DOUBLE -> doubles[c] = new double[capacity];
                case VARCHAR -> strings[c] = new String[capacity];
                default -> longs[c] = new long[capacity];
            }
            if (def.nullable()) {
                nulls[c] = new boolean[capacity];
            }
        }
    }

    public TableDef table() {
        return table;
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    public int capacity() {
        return capacity;
    }

    /** Rows filled so far. */
    public int size() {
        return size;
    }

    public boolean isFull() {
        return size == capacity;
    }

    /** Sets the number of filled rows after writing the arrays directly. */
    public void setSize(int size) {
        if (size < 0 || size > capacity) {
            throw new IllegalArgumentException("size " + size + " outside [0, " + capacity + "]");
        }
        this.size = size;
    }

    /** Empties the batch for reuse; null masks are cleared. */
    public void clear() {
        for (boolean[] mask : nulls) {
            if (mask != null) {
                Arrays.fill(mask, 0, size, false);
            }
        }
        for (String[] s : strings) {
            if (s != null) {
                Arrays.fill(s, 0, size, null);
            }
        }
        size = 0;
    }

    /** Values of a long-backed column (see the class comment); throws for DOUBLE and VARCHAR. */
    public long[] longs(int column) {
        long[] a = longs[column];
        if (a == null) {
            throw wrongKind(column, "long");
        }
        return a;
    }

    public double[] doubles(int column) {
        double[] a = doubles[column];
        if (a == null) {
            throw wrongKind(column, "double");
        }
        return a;
    }

    public String[] strings(int column) {
        String[] a = strings[column];
        if (a == null) {
            throw wrongKind(column, "String");
        }
        return a;
    }

    /** The null mask of a nullable column, or {@code null} for a column that cannot be NULL. */
    public boolean[] nulls(int column) {
        return nulls[column];
    }

    /** True when row {@code row} of the column is NULL. */
    public boolean isNull(int column, int row) {
        boolean[] mask = nulls[column];
        if (mask != null && mask[row]) {
            return true;
        }
        String[] s = strings[column];
        return s != null && s[row] == null;
    }

    /** Marks a slot NULL; throws naming the column when it is not nullable. */
    public void setNull(int column, int row) {
        boolean[] mask = nulls[column];
        if (mask == null) {
            throw new IllegalArgumentException(table.name() + "." + columns.get(column).name() + " is NOT NULL");
        }
        mask[row] = true;
    }

    private IllegalStateException wrongKind(int column, String carrier) {
        ColumnDef def = columns.get(column);
        return new IllegalStateException(table.name() + "." + def.name() + " is " + def.type()
                + ", not carried as " + carrier);
    }
}
