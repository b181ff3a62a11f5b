package io.subcube.engine.exec;

import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import java.util.Arrays;

/**
 * Resolves a {@link Filter.SemiJoin} to the sorted distinct keys its inner query selects, read straight from
 * the key column of the passing rows, without building rows.
 */
public final class SemiJoinKeys {

    private SemiJoinKeys() {
    }

    /** The semi-join as an {@link Filter.InKeys} over the outer column; its filter must be bound. */
    public static Filter.InKeys resolve(Filter.SemiJoin join) {
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
