package io.subcube.datasets.testing;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.TableDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test sink keeping every partition in memory, column by column, and checking the sink contract. */
public final class MemorySink implements DatasetSink {

    private final Map<String, TreeMap<Integer, Part>> tables = new LinkedHashMap<>();

    @Override
    public synchronized PartitionSink openPartition(TableDef table, int monthId) {
        TreeMap<Integer, Part> parts = tables.computeIfAbsent(table.name(), k -> new TreeMap<>());
        if (parts.containsKey(monthId)) {
            throw new IllegalStateException("partition opened twice: " + table.name() + " " + monthId);
        }
        if (table.monthly() == (monthId == 0)) {
            throw new IllegalStateException("bad month " + monthId + " for " + table.name());
        }
        Part p = new Part(table, monthId);
        parts.put(monthId, p);
        return p;
    }

    public List<String> tableNames() {
        return new ArrayList<>(tables.keySet());
    }

    public Part part(String table, int monthId) {
        Part p = tables.get(table).get(monthId);
        if (p == null) {
            throw new IllegalArgumentException("no partition " + table + " " + monthId);
        }
        return p;
    }

    public List<Part> parts(String table) {
        TreeMap<Integer, Part> parts = tables.get(table);
        return parts == null ? List.of() : new ArrayList<>(parts.values());
    }

    /** One partition's rows. */
    public static final class Part implements PartitionSink {
        public final TableDef table;
        public final int monthId;
        private final List<ColumnDef> cols;
        private long[][] longs;
        private double[][] doubles;
        private String[][] strings;
        private boolean[][] nulls;
        private int size;
        private boolean finished;
        private Thread appender;

        Part(TableDef table, int monthId) {
            this.table = table;
            this.monthId = monthId;
            this.cols = table.storedColumns();
            int n = cols.size();
            longs = new long[n][];
            doubles = new double[n][];
            strings = new String[n][];
            nulls = new boolean[n][];
            grow(16);
        }

        private void grow(int cap) {
            for (int c = 0; c < cols.size(); c++) {
                ColumnType.Kind k = cols.get(c).type().kind();
                if (k == ColumnType.Kind.DOUBLE) {
                    doubles[c] = doubles[c] == null ? new double[cap] : Arrays.copyOf(doubles[c], cap);
                } else if (k == ColumnType.Kind.VARCHAR) {
                    strings[c] = strings[c] == null ? new String[cap] : Arrays.copyOf(strings[c], cap);
                } else {
                    longs[c] = longs[c] == null ? new long[cap] : Arrays.copyOf(longs[c], cap);
                }
                nulls[c] = nulls[c] == null ? new boolean[cap] : Arrays.copyOf(nulls[c], cap);
            }
        }

        @Override
        public synchronized void append(ColumnBatch batch) {
            if (finished) {
                throw new IllegalStateException("append after finish");
            }
            if (!batch.columns().equals(cols)) {
                throw new IllegalStateException("batch columns differ from stored columns of " + table.name());
            }
            int n = batch.size();
            if (size + n > longsCapacity()) {
                grow(Math.max(size + n, longsCapacity() * 2));
            }
            for (int c = 0; c < cols.size(); c++) {
                ColumnType.Kind k = cols.get(c).type().kind();
                if (k == ColumnType.Kind.DOUBLE) {
                    System.arraycopy(batch.doubles(c), 0, doubles[c], size, n);
                } else if (k == ColumnType.Kind.VARCHAR) {
                    System.arraycopy(batch.strings(c), 0, strings[c], size, n);
                } else {
                    System.arraycopy(batch.longs(c), 0, longs[c], size, n);
                }
                for (int r = 0; r < n; r++) {
                    boolean isNull = batch.isNull(c, r);
                    if (isNull && !cols.get(c).nullable()) {
                        throw new IllegalStateException("NULL in NOT NULL " + table.name() + "." + cols.get(c).name());
                    }
                    nulls[c][size + r] = isNull;
                }
            }
            size += n;
        }

        private int longsCapacity() {
            return nulls.length == 0 ? 0 : nulls[0].length;
        }

        @Override
        public synchronized void finish() {
            if (finished) {
                throw new IllegalStateException("finished twice");
            }
            finished = true;
        }

        public boolean finished() {
            return finished;
        }

        public int size() {
            return size;
        }

        public int index(String column) {
            for (int c = 0; c < cols.size(); c++) {
                if (cols.get(c).name().equals(column)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(table.name() + " has no stored column " + column);
        }

        public long[] longs(String column) {
            return longs[index(column)];
        }

        public double[] doubles(String column) {
            return doubles[index(column)];
        }

        public String[] strings(String column) {
            return strings[index(column)];
        }

        public boolean[] nulls(String column) {
            return nulls[index(column)];
        }

        public boolean isNull(String column, int row) {
            return nulls[index(column)][row];
        }

        /** A stable hash of all values in order (NULLs hashed as such). */
        public long checksum() {
            long h = 1469598103934665603L;
            for (int c = 0; c < cols.size(); c++) {
                for (int r = 0; r < size; r++) {
                    long v;
                    if (nulls[c][r]) {
                        v = 0x9E3779B97F4A7C15L;
                    } else if (longs[c] != null) {
                        v = longs[c][r];
                    } else if (doubles[c] != null) {
                        v = Double.doubleToLongBits(doubles[c][r]);
                    } else {
                        v = strings[c][r].hashCode();
                    }
                    h = (h ^ v) * 0x100000001B3L;
                    h ^= h >>> 29;
                }
            }
            return h ^ size;
        }
    }

    /** Checksum of every partition of every table, in table then month order. */
    public long checksum() {
        long h = 17;
        for (var e : new TreeMap<>(tables).entrySet()) {
            for (Part p : e.getValue().values()) {
                h = h * 31 + e.getKey().hashCode();
                h = h * 1_000_003 + p.monthId;
                h = h * 1_000_003 + p.checksum();
            }
        }
        return h;
    }

    public long checksum(String table) {
        long h = 17;
        for (Part p : parts(table)) {
            h = h * 1_000_003 + p.monthId;
            h = h * 1_000_003 + p.checksum();
        }
        return h;
    }
}
