package io.subcube.engine.exec;

import java.util.Arrays;

/**
 * An immutable set of longs with a membership test for scans: a bitset over the keys' span when that is
 * small, or no larger than the sorted keys (a semi-join's subscriber ids), else binary search. Built once
 * and shared by every task that compiles a filter from it.
 */
public final class LongKeySet {

    private final long[] sorted;
    private final long[] bitset;
    private final long lo;
    private final long hi;

    private LongKeySet(long[] sorted) {
        this.sorted = sorted;
        this.lo = sorted.length == 0 ? 1 : sorted[0];
        this.hi = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        long span = hi - lo;
        if (sorted.length > 0 && span >= 0 && (span < 1L << 20 || span >>> 6 <= sorted.length)) {
            bitset = new long[(int) (span >>> 6) + 1];
            for (long x : sorted) {
                bitset[(int) ((x - lo) >>> 6)] |= 1L << (x - lo);
            }
        } else {
            bitset = null;
        }
    }

    /** The set of {@code keys}, which must be sorted and distinct. */
    public static LongKeySet ofSorted(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] <= keys[i - 1]) {
                throw new IllegalArgumentException("keys must be sorted and distinct at " + i);
            }
        }
        return new LongKeySet(keys.clone());
    }

    /** Whether {@code x} is in the set. */
    public boolean contains(long x) {
        if (x < lo || x > hi) {
            return false;
        }
        if (bitset != null) {
            long d = x - lo;
            return (bitset[(int) (d >>> 6)] & (1L << d)) != 0;
        }
        return Arrays.binarySearch(sorted, x) >= 0;
    }

    /** The least key; above {@link #max} when the set is empty. */
    public long min() {
        return lo;
    }

    /** The greatest key. */
    public long max() {
        return hi;
    }

    public int size() {
        return sorted.length;
    }

    /** The keys, ascending. */
    public long[] keys() {
        return sorted.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LongKeySet s && Arrays.equals(s.sorted, sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return sorted.length + " keys";
    }
}
