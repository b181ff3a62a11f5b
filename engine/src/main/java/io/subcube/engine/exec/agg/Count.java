package io.subcube.engine.exec.agg;

import io.subcube.engine.storage.NullMask;
import java.util.Arrays;

/** {@code COUNT(*)} (rows per slot) or {@code COUNT(column)} (non-NULL values per slot). */
final class Count extends Accumulator {

    private final NullMask nulls;
    private long[] n = new long[0];

    /** Counts rows, or only those not NULL in {@code nulls} when it is given. */
    Count(NullMask nulls) {
        this.nulls = nulls;
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
    void addAll(int start, int length, int[] positions, int count, int[] zeros) {
        if (nulls == null) {
            n[0] += count;
        } else {
            add(start, length, positions, count, zeros);
        }
    }

    /** Adds {@code count} rows, counted elsewhere (from indexes), to slot 0. */
    void addRows(long count) {
        n[0] += count;
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        n[to] += ((Count) other).n[from];
    }

    @Override
    Object result(int slot) {
        return n[slot];
    }

    /** The count of a slot; for COUNT(*), zero tells an unused slot. */
    long rows(int slot) {
        return n[slot];
    }
}
