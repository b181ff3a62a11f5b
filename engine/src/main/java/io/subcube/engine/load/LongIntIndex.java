package io.subcube.engine.load;

import java.util.Arrays;

/**
 * A map from long keys in [{@code minKey}, {@code maxKey}] to non-negative int values, without boxing: row
 * lookups by subscriber or region id. Dense keys (generated ids are 1..N, then joiners) get a plain array,
 * several times faster than hashing at 10 M rows; sparse ones an open-addressing table.
 */
public final class LongIntIndex {

    private final long minKey;
    private final int[] dense;
    private final long[] keys;
    private final int[] values;
    private final int mask;

    /** An index for about {@code expected} keys, all within [{@code minKey}, {@code maxKey}]. */
    public LongIntIndex(long minKey, long maxKey, int expected) {
        this.minKey = minKey;
        long span = maxKey - minKey + 1;
        if (span > 0 && span <= 4L * expected + 1024) {
            dense = new int[(int) span];
            Arrays.fill(dense, -1);
            keys = null;
            values = null;
            mask = 0;
        } else {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            dense = null;
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(values, -1);
            mask = capacity - 1;
        }
    }

    /** An index of {@code ids[i] → i} for {@code i < n}; a repeated id is an error naming it and {@code what}. */
    public static LongIntIndex of(long[] ids, int n, String what) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, ids[i]);
            hi = Math.max(hi, ids[i]);
        }
        LongIntIndex index = new LongIntIndex(n == 0 ? 0 : lo, n == 0 ? 0 : hi, n);
        for (int i = 0; i < n; i++) {
            if (!index.putIfAbsent(ids[i], i)) {
                throw new IllegalArgumentException(what + ": duplicate key " + ids[i]);
            }
        }
        return index;
    }

    /** Maps {@code key} (within the range) to {@code value} ≥ 0; false, changing nothing, if the key is there. */
    public boolean putIfAbsent(long key, int value) {
        if (dense != null) {
            int i = (int) (key - minKey);
            if (dense[i] >= 0) {
                return false;
            }
            dense[i] = value;
            return true;
        }
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        return true;
    }

    /** The value of {@code key}, or −1 (also for a key outside the range). */
    public int get(long key) {
        if (dense != null) {
            long i = key - minKey;
            return i < 0 || i >= dense.length ? -1 : dense[(int) i];
        }
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
