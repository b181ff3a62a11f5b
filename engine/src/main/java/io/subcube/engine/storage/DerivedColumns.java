package io.subcube.engine.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the columns that enrichment computes: integer-like values from a {@code long[]}, and strings
 * from codes into a function's value domain (e.g. {@code [H, MH, M, L]}), which become a sorted
 * dictionary without a string per row.
 */
public final class DerivedColumns {

    private DerivedColumns() {
    }

    /** An integer-like column of {@code values[0..n)}, none NULL. */
    public static LongColumn longs(long[] values, int n) {
        LongColumnBuilder b = new LongColumnBuilder();
        b.append(values, null, n);
        return b.build();
    }

    /** An integer-like column of {@code values[0..n)} where the value {@code nullValue} stands for NULL. */
    public static LongColumn longsOrNull(long[] values, long nullValue, int n) {
        LongColumnBuilder b = new LongColumnBuilder();
        long[] buf = new long[PackedBlock.CAPACITY];
        boolean[] isNull = new boolean[PackedBlock.CAPACITY];
        for (int from = 0; from < n; from += PackedBlock.CAPACITY) {
            int len = Math.min(PackedBlock.CAPACITY, n - from);
            boolean anyNull = false;
            for (int i = 0; i < len; i++) {
                long v = values[from + i];
                isNull[i] = v == nullValue;
                anyNull |= isNull[i];
                buf[i] = isNull[i] ? 0 : v;
            }
            b.append(buf, anyNull ? isNull : null, len);
        }
        return b.build();
    }

    /** A VARCHAR column of {@code domain.get(codes[i])} for {@code i < n}; a code of −1 is NULL. */
    public static StringColumn strings(List<String> domain, int[] codes, int n) {
        String[] dictionary = domain.toArray(new String[0]);
        Arrays.sort(dictionary);
        long[] remap = new long[domain.size()];
        for (int i = 0; i < domain.size(); i++) {
            remap[i] = Arrays.binarySearch(dictionary, domain.get(i));
        }
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = codes[i] < 0 ? -1 : remap[codes[i]];
        }
        return new StringColumn(dictionary, longsOrNull(sorted, -1, n));
    }

    /** Every value of an integer-like column, decoded. */
    public static long[] decode(LongColumn column) {
        long[] out = new long[column.rows()];
        long[] buf = new long[PackedBlock.CAPACITY];
        for (int from = 0; from < column.rows(); from += PackedBlock.CAPACITY) {
            int len = Math.min(PackedBlock.CAPACITY, column.rows() - from);
            column.decode(from, len, buf);
            System.arraycopy(buf, 0, out, from, len);
        }
        return out;
    }

    /**
     * A string column as codes into {@code domain} (−1 for NULL); a value outside the domain is an error
     * naming it.
     */
    public static int[] codes(StringColumn column, List<String> domain, String what) {
        String[] dict = column.dictionary();
        int[] remap = new int[dict.length];
        for (int i = 0; i < dict.length; i++) {
            remap[i] = domain.indexOf(dict[i]);
            if (remap[i] < 0) {
                throw new IllegalArgumentException(what + ": unknown value '" + dict[i] + "'; expected one of "
                        + domain);
            }
        }
        long[] raw = decode(column.codes());
        int[] out = new int[raw.length];
        for (int r = 0; r < raw.length; r++) {
            out[r] = column.isNull(r) ? -1 : remap[(int) raw[r]];
        }
        return out;
    }

    /** The table with further columns appended to each partition, keyed by month (0 for a dimension). */
    public static Table extend(Table table, List<io.subcube.datasets.schema.ColumnDef> defs,
                               java.util.Map<Integer, List<Column>> columnsByMonth) {
        List<Partition> parts = new ArrayList<>();
        for (Partition p : table.partitions()) {
            List<Column> extra = columnsByMonth.get(p.monthId());
            if (extra == null || extra.size() != defs.size()) {
                throw new IllegalStateException(table.name() + ": derived columns missing for partition "
                        + p.monthId());
            }
            parts.add(p.withColumns(extra));
        }
        List<io.subcube.datasets.schema.ColumnDef> all = new ArrayList<>(table.columns());
        all.addAll(defs);
        return new Table(table.def(), all, parts);
    }
}
