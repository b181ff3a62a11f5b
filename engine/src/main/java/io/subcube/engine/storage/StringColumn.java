package io.subcube.engine.storage;

import java.util.Arrays;

/**
 * A VARCHAR column dictionary-encoded: a sorted dictionary of the partition's distinct values and a
 * bit-packed code per row. Sorted codes keep order, so ranges and ORDER BY can work on codes.
 */
public final class StringColumn implements Column {

    private final String[] dictionary;
    private final LongColumn codes;
    private final long dictionaryBytes;

    StringColumn(String[] dictionary, LongColumn codes) {
        this.dictionary = dictionary;
        this.codes = codes;
        long b = 16 + 8L * dictionary.length;
        for (String s : dictionary) {
            b += stringBytes(s);
        }
        this.dictionaryBytes = b;
    }

    /** Approximate heap size of a String: header, array header, one byte per Latin-1 char, else two. */
    static long stringBytes(String s) {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 256;
        }
        return 24 + 16 + (long) s.length() * (latin1 ? 1 : 2);
    }

    public String get(int row) {
        return codes.isNull(row) ? null : dictionary[(int) codes.get(row)];
    }

    /** The sorted distinct non-NULL values. */
    public String[] dictionary() {
        return dictionary;
    }

    /** The per-row codes (indexes into {@link #dictionary()}). */
    public LongColumn codes() {
        return codes;
    }

    /** Code of a value, or {@code -(insertion point) − 1} when absent, as {@link Arrays#binarySearch}. */
    public int lookup(String value) {
        return Arrays.binarySearch(dictionary, value);
    }

    @Override
    public int rows() {
        return codes.rows();
    }

    @Override
    public NullMask nulls() {
        return codes.nulls();
    }

    @Override
    public long bytes() {
        return 32 + dictionaryBytes + codes.bytes();
    }

    @Override
    public String encoding() {
        return "dictionary(" + dictionary.length + ") " + codes.encoding();
    }
}
