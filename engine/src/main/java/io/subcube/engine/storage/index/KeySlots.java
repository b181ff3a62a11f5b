package io.subcube.engine.storage.index;

import java.util.Arrays;

/** Numbers distinct long keys 0, 1, 2, ... in order of first appearance (open addressing, linear probing). */
final class KeySlots {

    private long[] keys = new long[1024];
    /** Slot number + 1 per table entry; 0 marks an empty entry. */
    private int[] numbers = new int[1024];
    private long[] byNumber = new long[256];
    private int size;

    /** The key's number, given the next one when it is new. */
    int slot(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            if (numbers[i] == 0) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    return slot(key);
                }
                keys[i] = key;
                numbers[i] = ++size;
                if (size > byNumber.length) {
                    byNumber = Arrays.copyOf(byNumber, 2 * byNumber.length);
                }
                byNumber[size - 1] = key;
                return size - 1;
            }
            if (keys[i] == key) {
                return numbers[i] - 1;
            }
        }
    }

    /** The number of distinct keys. */
    int size() {
        return size;
    }

    /** The keys by number. */
    long[] keys() {
        return Arrays.copyOf(byNumber, size);
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new long[2 * oldKeys.length];
        numbers = new int[2 * oldKeys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldNumbers[j] != 0) {
                int i = hash(oldKeys[j]) & mask;
                while (numbers[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                numbers[i] = oldNumbers[j];
            }
        }
    }
}
