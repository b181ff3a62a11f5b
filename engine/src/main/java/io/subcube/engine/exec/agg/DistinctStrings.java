package io.subcube.engine.exec.agg;

import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.StringColumn;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code COUNT(DISTINCT column)} of a VARCHAR column: a task marks dictionary codes in a bitset per slot;
 * merging turns them into strings, since each partition has its own dictionary.
 */
final class DistinctStrings extends Accumulator {

    /** The task's column, whose dictionary gives codes their strings; null for a merge target. */
    private final StringColumn dictionary;
    private final LongColumn codes;
    private final NullMask nulls;
    private final long[] buf;
    private BitSet[] seen = new BitSet[0];
    private Set<String>[] values = newSets(0);

    DistinctStrings(StringColumn column) {
        this.dictionary = column;
        this.codes = column == null ? null : column.codes();
        this.nulls = column == null ? null : column.nulls();
        this.buf = column == null ? null : new long[PassingRows.VECTOR];
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSets(int n) {
        return (Set<String>[]) new Set<?>[n];
    }

    @Override
    void ensure(int slots) {
        if (slots > seen.length) {
            int size = grown(seen.length, slots);
            seen = Arrays.copyOf(seen, size);
            values = Arrays.copyOf(values, size);
        }
    }

    @Override
    void add(int start, int length, int[] positions, int count, int[] slots) {
        codes.decode(start, length, buf);
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            if (nulls == null || !nulls.isNull(start + p)) {
                int s = slots[i];
                BitSet b = seen[s];
                if (b == null) {
                    b = seen[s] = new BitSet(dictionary.dictionarySize());
                }
                b.set((int) buf[p]);
            }
        }
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        DistinctStrings o = (DistinctStrings) other;
        BitSet b = o.seen[from];
        if (b == null) {
            return;
        }
        if (values[to] == null) {
            values[to] = new HashSet<>();
        }
        for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) {
            values[to].add(o.dictionary.value(c));
        }
    }

    @Override
    Object result(int slot) {
        if (dictionary != null) {
            return seen[slot] == null ? 0L : (long) seen[slot].cardinality();
        }
        return values[slot] == null ? 0L : (long) values[slot].size();
    }
}
