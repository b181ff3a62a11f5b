package io.subcube.engine.storage.index;

import io.subcube.engine.storage.LongColumn;

/** Walks a column's keys a chunk of rows at a time, with their NULL bits, for the index builders. */
final class KeyChunks {

    /** Rows decoded at a time; divides the 65,536-row block, so a chunk never straddles two blocks. */
    static final int CHUNK = 4096;

    private final LongColumn column;
    private final long[] nullWords;
    private final long[] keys = new long[CHUNK];
    private int from = -CHUNK;
    private int length;

    KeyChunks(LongColumn column) {
        this.column = column;
        this.nullWords = NullBits.words(column);
    }

    /** Decodes the next chunk; false past the last row. */
    boolean next() {
        from += CHUNK;
        if (from >= column.rows()) {
            return false;
        }
        length = Math.min(CHUNK, column.rows() - from);
        column.decode(from, length, keys);
        return true;
    }

    /** The chunk's keys, {@link #length()} of them (meaningless on NULL rows). */
    long[] keys() {
        return keys;
    }

    /** Row number of the chunk's first key. */
    int from() {
        return from;
    }

    int length() {
        return length;
    }

    /** Whether row {@code from() + i} is NULL. */
    boolean isNull(int i) {
        int r = from + i;
        return nullWords != null && (nullWords[r >>> 6] & (1L << r)) != 0;
    }

    /** The column's NULL bits, {@code rows / 64} words, or {@code null} when it has none. */
    long[] nullWords() {
        return nullWords;
    }
}
