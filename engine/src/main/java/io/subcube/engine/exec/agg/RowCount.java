package io.subcube.engine.exec.agg;

import java.util.Arrays;

/** {@code COUNT(*)}: rows per slot. */
final class RowCount extends Accumulator {

    private long[] n = new long[0];

    @Override
    void ensure(int slots) {
        if (slots > n.length) {
            n = Arrays.copyOf(n, grown(n.length, slots));
        }
    }

    @Override
    void add(int start, int length, int[] positions, int count, int[] slots) {
        long[] a = n;
        for (int i = 0; i < count; i++) {
            a[slots[i]]++;
        }
    }

    /** Adds {@code count} rows to one slot: the no-GROUP-BY case needs no per-row work. */
    void addRows(int slot, long count) {
        n[slot] += count;
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        n[to] += ((RowCount) other).n[from];
    }

    @Override
    Object result(int slot) {
        return n[slot];
    }

    /** Rows of a slot, for telling used slots from empty ones. */
    long rows(int slot) {
        return n[slot];
    }
}
