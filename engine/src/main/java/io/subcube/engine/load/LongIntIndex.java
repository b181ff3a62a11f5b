package io.subcube.engine.load;

import java.util.Arrays;

/** Open-addressing map from long keys to non-negative int values, without boxing: row lookups by id. */
final class LongIntIndex {

    private final long[] keys;
    private final int[] values;
    private final int mask;

    /** An index with room for {@code expected} keys. */
    LongIntIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** Maps {@code key} to {@code value} (≥ 0); a key given twice is an error naming it. */
    void put(long key, int value) {
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                throw new IllegalArgumentException("duplicate key " + key);
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The value of {@code key}, or −1. */
    int get(long key) {
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
