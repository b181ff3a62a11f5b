package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.PackedBlock;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Resolves a {@link Filter.SemiJoin} to the distinct keys its inner query selects, read straight from the key
 * column of the passing rows, without building rows.
 */
public final class SemiJoinKeys {

    /** Rows per parallel task: one storage block. */
    private static final int TASK_ROWS = PackedBlock.CAPACITY;

    private SemiJoinKeys() {
    }

    /**
     * The semi-join as a key-set filter of the outer column: {@link Filter.InKeys} for integer keys, an
     * {@link Filter.In} of the distinct strings for VARCHAR keys. Its filter must be bound.
     */
    public static Filter resolve(Filter.SemiJoin join) {
        if (join.table().columns().get(join.keyColumn()).type().kind() == ColumnType.Kind.VARCHAR) {
            return strings(join);
        }
        return integers(join);
    }

    private static Filter strings(Filter.SemiJoin join) {
        TreeSet<String> keys = new TreeSet<>();
        long[] buf = new long[PassingRows.VECTOR];
        for (Partition p : join.table().partitions()) {
            if (!PartitionPruning.mayPass(join.filter(), p)) {
                continue;
            }
            StringColumn column = (StringColumn) p.column(join.keyColumn());
            BitSet codes = new BitSet(column.dictionarySize());
            PassingRows rows = new PassingRows(join.filter(), p, 0, p.rows());
            while (rows.next()) {
                column.codes().decode(rows.start(), rows.length(), buf);
                for (int i = 0; i < rows.count(); i++) {
                    int pos = rows.positions()[i];
                    if (!column.isNull(rows.start() + pos)) {
                        codes.set((int) buf[pos]);
                    }
                }
            }
            for (int c = codes.nextSetBit(0); c >= 0; c = codes.nextSetBit(c + 1)) {
                keys.add(column.value(c));
            }
        }
        return new Filter.In(join.column(), List.copyOf(keys));
    }

    private static Filter.InKeys integers(Filter.SemiJoin join) {
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (Partition p : join.table().partitions()) {
            if (!PartitionPruning.mayPass(join.filter(), p)) {
                continue;
            }
            IndexSelector.Selection selection = PassingRows.select(join.filter(), p);
            if (PassingRows.none(selection)) {
                continue;
            }
            LongColumn column = (LongColumn) p.column(join.keyColumn());
            for (int from = 0; from < p.rows(); from += TASK_ROWS) {
                int start = from;
                int end = Math.min(p.rows(), from + TASK_ROWS);
                tasks.add(() -> keys(new PassingRows(selection, p, start, end), column));
            }
        }
        List<long[]> parts = QueryPool.invokeAll(tasks);
        int n = 0;
        for (long[] part : parts) {
            n += part.length;
        }
        long[] keys = new long[n];
        n = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, keys, n, part.length);
            n += part.length;
        }
        // Keys of a table ordered by them arrive sorted, which the sort only checks.
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return new Filter.InKeys(join.column(), LongKeySet.ofSorted(Arrays.copyOf(keys, distinct)));
    }

    /** The non-NULL keys of one task's passing rows, in row order. */
    private static long[] keys(PassingRows rows, LongColumn column) {
        long[] keys = new long[1024];
        int n = 0;
        long[] buf = new long[PassingRows.VECTOR];
        boolean nullable = column.nulls() != null;
        while (rows.next()) {
            int k = rows.count();
            int[] positions = rows.positions();
            column.gather(rows.start(), positions, k, buf);
            if (n + k > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(keys.length * 2, n + k));
            }
            for (int i = 0; i < k; i++) {
                if (!nullable || !column.isNull(rows.start() + positions[i])) {
                    keys[n++] = buf[i];
                }
            }
        }
        return Arrays.copyOf(keys, n);
    }
}
