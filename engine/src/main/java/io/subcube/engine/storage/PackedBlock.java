package io.subcube.engine.storage;

/**
 * Up to {@link #CAPACITY} longs stored frame-of-reference: {@code value − min} in the fewest bits that
 * hold {@code max − min}. A constant block takes no words at all. The block's min and max double as its
 * zone map, so a scan can skip or accept the whole block from them.
 */
public final class PackedBlock {

    /** Rows per block; a power of two so a row's block and offset are a shift and a mask. */
    public static final int SHIFT = 16;
    public static final int CAPACITY = 1 << SHIFT;

    private final long min;
    private final long max;
    private final int bits;
    private final long mask;
    private final int size;
    private final long[] words;

    private PackedBlock(long min, long max, int bits, int size, long[] words) {
        this.min = min;
        this.max = max;
        this.bits = bits;
        this.mask = bits == 64 ? -1L : (1L << bits) - 1;
        this.size = size;
        this.words = words;
    }

    /**
     * Packs {@code values[0..n)}; {@code present}, when not null, marks the rows whose value counts for
     * min/max (NULL rows are stored as min and ignored by the zone map).
     */
    public static PackedBlock pack(long[] values, int n, boolean[] present) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (present == null || present[i]) {
                long v = values[i];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 0;
        }
        long range = hi - lo;
        // A range past Long.MAX_VALUE wraps negative: it still fits 64 unsigned bits.
        int bits = range == 0 ? 0 : 64 - Long.numberOfLeadingZeros(range);
        long[] words = new long[(int) (((long) n * bits + 63) >>> 6)];
        if (bits > 0) {
            for (int i = 0; i < n; i++) {
                long v = present == null || present[i] ? values[i] - lo : 0;
                long bitPos = (long) i * bits;
                int w = (int) (bitPos >>> 6);
                int shift = (int) (bitPos & 63);
                words[w] |= v << shift;
                if (shift + bits > 64) {
                    words[w + 1] |= v >>> (64 - shift);
                }
            }
        }
        return new PackedBlock(lo, hi, bits, n, words);
    }

    /** Value of row {@code i} of the block. */
    public long get(int i) {
        if (bits == 0) {
            return min;
        }
        long bitPos = (long) i * bits;
        int w = (int) (bitPos >>> 6);
        int shift = (int) (bitPos & 63);
        long v = words[w] >>> shift;
        if (shift + bits > 64) {
            v |= words[w + 1] << (64 - shift);
        }
        return min + (v & mask);
    }

    /** Decodes rows {@code [from, from + n)} into {@code out[0..n)}. */
    public void decode(int from, int n, long[] out) {
        if (bits == 0) {
            java.util.Arrays.fill(out, 0, n, min);
            return;
        }
        final long base = min;
        final long m = mask;
        final int b = bits;
        final long[] ws = words;
        long bitPos = (long) from * b;
        for (int i = 0; i < n; i++, bitPos += b) {
            int w = (int) (bitPos >>> 6);
            int shift = (int) (bitPos & 63);
            long v = ws[w] >>> shift;
            if (shift + b > 64) {
                v |= ws[w + 1] << (64 - shift);
            }
            out[i] = base + (v & m);
        }
    }

    /**
     * Decodes rows {@code from + positions[i]}, {@code i < count}, into {@code out[i]}: only the rows asked
     * for, so that a sparse selection does not pay for decoding whole vectors.
     */
    public void gather(int from, int[] positions, int count, long[] out) {
        if (bits == 0) {
            java.util.Arrays.fill(out, 0, count, min);
            return;
        }
        final long base = min;
        final long m = mask;
        final int b = bits;
        final long[] ws = words;
        final int last = ws.length - 1;
        for (int i = 0; i < count; i++) {
            long bitPos = (long) (from + positions[i]) * b;
            int w = (int) (bitPos >>> 6);
            int shift = (int) (bitPos & 63);
            // Without a branch on whether the value straddles two words, which scattered rows would
            // mispredict: the next word's bits shifted in (none when shift is 0); a value in the last word
            // lies wholly within it.
            long v = w < last ? (ws[w] >>> shift) | ((ws[w + 1] << 1) << (63 - shift)) : ws[w] >>> shift;
            out[i] = base + (v & m);
        }
    }

    /** Smallest non-NULL value (0 when the block holds only NULLs). */
    public long min() {
        return min;
    }

    /** Largest non-NULL value (0 when the block holds only NULLs). */
    public long max() {
        return max;
    }

    public int bits() {
        return bits;
    }

    public int size() {
        return size;
    }

    /** Heap bytes of the block: header plus packed words. */
    public long bytes() {
        return 48 + 16 + 8L * words.length;
    }
}
