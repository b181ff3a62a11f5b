package io.subcube.engine.storage;

import java.util.Arrays;

/** Collects the NULL rows of a column while it is built. */
final class NullMaskBuilder {

    private long[] words = new long[16];
    private int count;

    void setNull(int row) {
        int w = row >>> 6;
        if (w >= words.length) {
            words = Arrays.copyOf(words, Math.max(words.length * 2, w + 1));
        }
        words[w] |= 1L << row;
        count++;
    }

    /** The mask over {@code rows} rows, or {@code null} when no row is NULL. */
    NullMask build(int rows) {
        return count == 0 ? null : new NullMask(Arrays.copyOf(words, (rows + 63) >>> 6), count);
    }
}
