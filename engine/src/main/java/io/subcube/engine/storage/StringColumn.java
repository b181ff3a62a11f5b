package io.subcube.engine.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A VARCHAR column dictionary-encoded: a sorted dictionary of the partition's distinct values and a
 * bit-packed code per row. Sorted codes keep order, so ranges and ORDER BY can work on codes.
 *
 * <p>How the dictionary is held: a small one (at most {@link #PACK_ABOVE} entries: brands, tiers, codes of
 * a catalogue) as a {@code String[]}, handed out as is by {@link #dictionary()}. A large one whose values are
 * all Latin-1 (identifiers such as {@code msisdn}, 78,685 entries of 11 characters on the default dataset)
 * as the characters of all entries in one {@code byte[]}, one byte per character, found through an
 * {@code int[]} of offsets, or through the entry number alone when every entry has the same length: 11 bytes
 * an entry where a {@code String} object costs about 60. Reads of such a dictionary go through
 * {@link #value(int)}, {@link #dictionarySize()} and {@link #lookup(String)}, which create no array;
 * {@link #dictionary()} still works but builds a new array on each call.
 */
public final class StringColumn implements Column {

    /** Largest dictionary kept as a {@code String[]}. */
    static final int PACK_ABOVE = 256;

    /** The entries as strings, or {@code null} when packed. */
    private final String[] strings;
    /** Packed: the Latin-1 characters of all entries in order. */
    private final byte[] chars;
    /** Packed with entries of differing lengths: entry {@code c} is {@code chars[offsets[c], offsets[c+1])}. */
    private final int[] offsets;
    /** Packed with entries of one length: that length; otherwise 0. */
    private final int width;
    private final int size;
    private final LongColumn codes;
    private final long dictionaryBytes;

    StringColumn(String[] dictionary, LongColumn codes) {
        this.codes = codes;
        this.size = dictionary.length;
        if (dictionary.length > PACK_ABOVE && allLatin1(dictionary)) {
            this.strings = null;
            int total = 0;
            int first = dictionary[0].length();
            boolean fixed = true;
            for (String s : dictionary) {
                total = Math.addExact(total, s.length());
                fixed &= s.length() == first;
            }
            byte[] packed = new byte[total];
            int[] at = fixed ? null : new int[dictionary.length + 1];
            int pos = 0;
            for (int c = 0; c < dictionary.length; c++) {
                if (at != null) {
                    at[c] = pos;
                }
                byte[] b = dictionary[c].getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(b, 0, packed, pos, b.length);
                pos += b.length;
            }
            if (at != null) {
                at[dictionary.length] = pos;
            }
            this.chars = packed;
            this.offsets = at;
            this.width = fixed ? first : 0;
            this.dictionaryBytes = 16 + packed.length + (at == null ? 0 : 16 + 4L * at.length);
        } else {
            this.strings = dictionary;
            this.chars = null;
            this.offsets = null;
            this.width = 0;
            long b = 16 + 8L * dictionary.length;
            for (String s : dictionary) {
                b += stringBytes(s);
            }
            this.dictionaryBytes = b;
        }
    }

    private StringColumn(StringColumn dictionary, LongColumn codes) {
        this.strings = dictionary.strings;
        this.chars = dictionary.chars;
        this.offsets = dictionary.offsets;
        this.width = dictionary.width;
        this.size = dictionary.size;
        this.dictionaryBytes = dictionary.dictionaryBytes;
        this.codes = codes;
    }

    /** A column of other rows over the same dictionary, shared as it is held. */
    StringColumn withCodes(LongColumn newCodes) {
        return new StringColumn(this, newCodes);
    }

    private static boolean allLatin1(String[] values) {
        for (String s : values) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 256) {
                    return false;
                }
            }
        }
        return true;
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
        return codes.isNull(row) ? null : value((int) codes.get(row));
    }

    /** The dictionary entry of a code. */
    public String value(int code) {
        if (strings != null) {
            return strings[code];
        }
        if (code < 0 || code >= size) {
            throw new ArrayIndexOutOfBoundsException("code " + code + " of a dictionary of " + size);
        }
        int from = start(code);
        return new String(chars, from, end(code) - from, StandardCharsets.ISO_8859_1);
    }

    private int start(int code) {
        return offsets == null ? code * width : offsets[code];
    }

    private int end(int code) {
        return offsets == null ? (code + 1) * width : offsets[code + 1];
    }

    /** Number of dictionary entries (distinct non-NULL values). */
    public int dictionarySize() {
        return size;
    }

    /**
     * The sorted distinct non-NULL values. For a large dictionary (see the class comment) this is a new
     * array on every call; prefer {@link #value(int)} and {@link #dictionarySize()}.
     */
    public String[] dictionary() {
        if (strings != null) {
            return strings;
        }
        String[] out = new String[size];
        for (int c = 0; c < size; c++) {
            out[c] = value(c);
        }
        return out;
    }

    /** The per-row codes (indexes into {@link #dictionary()}). */
    public LongColumn codes() {
        return codes;
    }

    /** Code of a value, or {@code -(insertion point) − 1} when absent, as {@link Arrays#binarySearch}. */
    public int lookup(String value) {
        if (strings != null) {
            return Arrays.binarySearch(strings, value);
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = compareEntry(mid, value);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Entry {@code code} compared with {@code s} as {@link String#compareTo} would. */
    private int compareEntry(int code, String s) {
        int from = start(code);
        int len = end(code) - from;
        int n = Math.min(len, s.length());
        for (int i = 0; i < n; i++) {
            int d = (chars[from + i] & 0xff) - s.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return len - s.length();
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
        return 40 + dictionaryBytes + codes.bytes();
    }

    @Override
    public String encoding() {
        String dict = strings != null ? "dictionary(" + size + ") "
                : "dictionary(" + size + (offsets == null ? ", packed " + width + "B) " : ", packed) ");
        return dict + codes.encoding();
    }
}
