package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Resolves a {@link Filter.SemiJoin} to the distinct keys its inner query selects, read straight from the key
 * column of the passing rows, without building rows.
 */
public final class SemiJoinKeys {

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
        long[] keys = new long[1024];
        int n = 0;
        long[] buf = new long[PassingRows.VECTOR];
        for (Partition p : join.table().partitions()) {
            if (!PartitionPruning.mayPass(join.filter(), p)) {
                continue;
            }
            LongColumn column = (LongColumn) p.column(join.keyColumn());
            PassingRows rows = new PassingRows(join.filter(), p, 0, p.rows());
            while (rows.next()) {
                column.decode(rows.start(), rows.length(), buf);
                int[] positions = rows.positions();
                if (n + rows.count() > keys.length) {
                    keys = Arrays.copyOf(keys, Math.max(keys.length * 2, n + rows.count()));
                }
                for (int i = 0; i < rows.count(); i++) {
                    int pos = positions[i];
                    if (!column.isNull(rows.start() + pos)) {
                        keys[n++] = buf[pos];
                    }
                }
            }
        }
        Arrays.sort(keys, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return new Filter.InKeys(join.column(), Arrays.copyOf(keys, distinct));
    }
}
