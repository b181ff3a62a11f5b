package io.subcube.engine.exec.agg;

import org.roaringbitmap.ArrayContainer;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.BitmapContainer;
import org.roaringbitmap.Container;
import org.roaringbitmap.RoaringBitmap;

/**
 * A set of values in {@code [0, 2^32)} filled in any order at one bit per value: a bitset per 2^16 values
 * (a Roaring container's span), up to {@link #MAX_CHUNKS} of them, then handed over as a RoaringBitmap. Ids
 * that are only nearly sorted cost a sorted bitmap's binary searches and inserts; here they cost nothing.
 */
final class ValueChunks {

    /** Chunks of one task at most (128 KiB of words); values of further keys go to a RoaringBitmap. */
    private static final int MAX_CHUNKS = 16;
    private static final int WORDS = 1 << 10;
    /** Values an array container holds at most. */
    private static final int MAX_ARRAY = 4096;

    private final int[] keys = new int[MAX_CHUNKS];
    private final long[][] chunks = new long[MAX_CHUNKS][];
    private int count;
    private int lastKey = -1;
    private long[] last;
    private RoaringBitmap overflow;

    /** Adds {@code value}, read as unsigned. */
    void add(int value) {
        int key = value >>> 16;
        if (key != lastKey) {
            last = chunk(key);
            lastKey = key;
        }
        if (last != null) {
            last[(value >>> 6) & (WORDS - 1)] |= 1L << value;
        } else {
            if (overflow == null) {
                overflow = new RoaringBitmap();
            }
            overflow.add(value);
        }
    }

    /** The chunk of {@code key}, new if there is room, or null when its values overflow. */
    private long[] chunk(int key) {
        for (int i = 0; i < count; i++) {
            if (keys[i] == key) {
                return chunks[i];
            }
        }
        if (count == MAX_CHUNKS) {
            return null;
        }
        keys[count] = key;
        return chunks[count++] = new long[WORDS];
    }

    /** The values as a RoaringBitmap, which takes over the chunks' words. */
    RoaringBitmap toBitmap() {
        sortByKey();
        RoaringBitmap out = new RoaringBitmap();
        for (int i = 0; i < count; i++) {
            long[] words = chunks[i];
            int cardinality = 0;
            for (long w : words) {
                cardinality += Long.bitCount(w);
            }
            Container c = cardinality > MAX_ARRAY ? new BitmapContainer(words, cardinality)
                    : new ArrayContainer(cardinality, BitSetUtil.arrayContainerBufferOf(0, WORDS, cardinality, words));
            out.append((char) keys[i], c);
        }
        if (overflow != null) {
            out.or(overflow);
        }
        return out;
    }

    /** Insertion sort: at most {@link #MAX_CHUNKS} keys, appended to the bitmap in ascending order. */
    private void sortByKey() {
        for (int i = 1; i < count; i++) {
            int key = keys[i];
            long[] words = chunks[i];
            int j = i - 1;
            for (; j >= 0 && keys[j] > key; j--) {
                keys[j + 1] = keys[j];
                chunks[j + 1] = chunks[j];
            }
            keys[j + 1] = key;
            chunks[j + 1] = words;
        }
    }
}
