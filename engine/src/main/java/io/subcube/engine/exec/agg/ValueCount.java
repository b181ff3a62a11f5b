package io.subcube.engine.exec.agg;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.NullMask;
import java.util.Arrays;

/** {@code COUNT(column)}: non-NULL values per slot. */
final class ValueCount extends Accumulator {

    private final NullMask nulls;
    private long[] n = new long[0];

    ValueCount(Column column) {
        this.nulls = column == null ? null : column.nulls();
    }

    @Override
    void ensure(int slots) {
        if (slots > n.length) {
            n = Arrays.copyOf(n, grown(n.length, slots));
        }
    }

    @Override
    void add(int start, int length, int[] positions, int count, int[] slots) {
        long[] a = n;
        if (nulls == null) {
            for (int i = 0; i < count; i++) {
                a[slots[i]]++;
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            if (!nulls.isNull(start + positions[i])) {
                a[slots[i]]++;
            }
        }
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        n[to] += ((ValueCount) other).n[from];
    }

    @Override
    Object result(int slot) {
        return n[slot];
    }
}
