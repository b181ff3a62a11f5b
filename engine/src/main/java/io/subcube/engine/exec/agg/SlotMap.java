package io.subcube.engine.exec.agg;

import java.util.Arrays;

/**
 * Numbers long keys 0, 1, 2, ... in the order they are first met: an open-addressing table that grows, so a
 * task pays for the groups it meets rather than for the rows it might hold.
 */
final class SlotMap {

    private long[] keys = new long[64];
    private int[] slots = new int[64];
    private long[] byslot = new long[32];
    private int size;

    SlotMap() {
        Arrays.fill(slots, -1);
    }

    /** The slot of {@code key}, numbering it if new. */
    int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (slots[i] >= 0) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        int s = size++;
        keys[i] = key;
        slots[i] = s;
        if (s == byslot.length) {
            byslot = Arrays.copyOf(byslot, s * 2);
        }
        byslot[s] = key;
        if (size * 2 > keys.length) {
            rehash();
        }
        return s;
    }

    /** The key numbered {@code slot}. */
    long key(int slot) {
        return byslot[slot];
    }

    /** Keys numbered so far. */
    int size() {
        return size;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        Arrays.fill(slots, -1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] >= 0) {
                int i = mix(oldKeys[j]) & mask;
                while (slots[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
