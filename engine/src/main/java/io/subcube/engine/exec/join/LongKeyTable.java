package io.subcube.engine.exec.join;

/**
 * The build side of a hash join on one integer key: open addressing from key to the first build row
 * holding it, and a chain through the others, so duplicate keys join every partner. Primitive arrays
 * only: probing a row allocates nothing.
 */
final class LongKeyTable {

    private final long[] keys;
    /** Per hash slot, 1 + the first build row with the slot's key; 0 for an empty slot. */
    private final int[] first;
    /** Per build row, 1 + the next build row with the same key; 0 at a chain's end. */
    private final int[] next;
    private final int mask;

    /** The table of build rows {@code 0..n-1} with keys {@code keys[0..n)}. */
    LongKeyTable(long[] rowKeys, int n) {
        int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
        this.keys = new long[capacity];
        this.first = new int[capacity];
        this.next = new int[n];
        this.mask = capacity - 1;
        // Inserted last to first, so each chain lists its rows in build order.
        for (int row = n - 1; row >= 0; row--) {
            long key = rowKeys[row];
            int slot = slot(key);
            while (first[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            next[row] = first[slot];
            keys[slot] = key;
            first[slot] = row + 1;
        }
    }

    /** The first build row with {@code key}, or −1. */
    int find(long key) {
        int slot = slot(key);
        while (first[slot] != 0) {
            if (keys[slot] == key) {
                return first[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The build row after {@code row} with the same key, or −1. */
    int nextOf(int row) {
        return next[row] - 1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
