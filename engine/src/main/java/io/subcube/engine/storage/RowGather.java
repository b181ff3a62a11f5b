package io.subcube.engine.storage;

import java.util.List;

/**
 * Copies chosen rows of a partition's columns, in a given order, into new columns: how the rows of a
 * join are materialised for the query that runs over them. Dictionary columns keep their dictionary and
 * copy only codes, so grouping and comparisons over the copy work on codes as over the original.
 */
public final class RowGather {

    private static final int CHUNK = 4096;

    private RowGather() {
    }

    /** Column {@code source}'s values at rows {@code rows[0..n)}, in that order, NULLs included. */
    public static Column column(Column source, int[] rows, int n) {
        if (source instanceof StringColumn s) {
            return s.withCodes(longs(s.codes(), rows, n));
        } else if (source instanceof DoubleColumn d) {
            return doubles(d, rows, n);
        }
        return longs((LongColumn) source, rows, n);
    }

    /** A partition of {@code rows} rows made of already gathered columns. */
    public static Partition partition(int monthId, int rows, List<Column> columns) {
        return new Partition(monthId, rows, columns.toArray(new Column[0]));
    }

    private static LongColumn longs(LongColumn source, int[] rows, int n) {
        LongColumnBuilder out = new LongColumnBuilder();
        NullMask nulls = source.nulls();
        long[] values = new long[CHUNK];
        boolean[] isNull = nulls == null ? null : new boolean[CHUNK];
        for (int from = 0; from < n; from += CHUNK) {
            int m = Math.min(CHUNK, n - from);
            for (int i = 0; i < m; i++) {
                values[i] = source.get(rows[from + i]);
            }
            if (nulls != null) {
                for (int i = 0; i < m; i++) {
                    isNull[i] = nulls.isNull(rows[from + i]);
                    values[i] = isNull[i] ? 0 : values[i];
                }
            }
            out.append(values, isNull, m);
        }
        return out.build();
    }

    private static DoubleColumn doubles(DoubleColumn source, int[] rows, int n) {
        NullMask nulls = source.nulls();
        NullMaskBuilder outNulls = new NullMaskBuilder();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            if (nulls != null && nulls.isNull(row)) {
                outNulls.setNull(i);
            } else {
                values[i] = source.get(row);
            }
        }
        return new DoubleColumn(values, outNulls.build(n));
    }
}
