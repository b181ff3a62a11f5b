package io.subcube.engine.storage.index;

import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/** Bitsets for the index builders: a column's NULL bits, and a bitset compacted to a Roaring bitmap. */
final class NullBits {

    private NullBits() {
    }

    /** The NULL rows of a column as a bitset of {@code rows / 64} words, or {@code null} when it has none. */
    static long[] words(LongColumn column) {
        NullMask mask = column.nulls();
        if (mask == null) {
            return null;
        }
        long[] words = new long[(column.rows() + 63) >>> 6];
        mask.copyWords(0, column.rows(), words);
        return words;
    }

    /** A bitset as a run-optimised Roaring bitmap, the smallest of array, bitmap and run containers. */
    static RoaringBitmap compact(long[] words) {
        RoaringBitmap b = BitSetUtil.bitmapOf(words);
        b.runOptimize();
        return b;
    }

    /** The NULL bitmap of a column from its NULL bits, or {@code null} when it has none. */
    static RoaringBitmap bitmap(long[] nullWords) {
        return nullWords == null ? null : compact(nullWords);
    }
}
