package io.subcube.engine.load.kpi;

import java.util.Arrays;

/** Open-addressing map from long keys to non-negative ints, without boxing (subscriber_id → region). */
final class LongIntMap {

    private final long[] keys;
    private final int[] values;
    private final int mask;

    /** A map with room for {@code expected} keys. */
    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** Maps {@code key} to {@code value} (≥ 0); false, changing nothing, when the key is already there. */
    boolean put(long key, int value) {
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
