package io.subcube.engine.storage;

import java.util.Arrays;

/**
 * Up to {@link #CAPACITY} longs, bit-packed; the block's min and max (of its non-NULL values) double as its
 * zone map, so a scan can skip or accept the whole block from them. {@link #pack} stores the block in
 * whichever of three layouts takes the fewest bytes, counting each layout's metadata:
 * <ul>
 *   <li><b>plain</b>: frame-of-reference over the whole block, {@code value − min} in the fewest bits that
 *       hold {@code max − min}. A constant block takes no words at all. Best for values spread evenly
 *       (scores, shares, dictionary codes), where smaller frames would only add metadata.</li>
 *   <li><b>framed</b>: frame-of-reference per {@link #FRAME} rows, each frame with its own base and width,
 *       so that a skewed measure (money, minutes, kilobytes) pays for its rare large values only in the
 *       frames that hold one. A frame without NULLs whose values climb (a near-sorted id such as
 *       {@code subscriber_id}) may instead be <em>linear</em>: the stored part is the residual from the line
 *       through the frame's first and last values, {@code value = base + (slope · j >> 16) + residual(j)},
 *       a few bits where frame-of-reference would need the log of the frame's whole span. Every row stays
 *       addressable in O(1): no running sums.</li>
 *   <li><b>dictionary</b>: a sorted table of the block's distinct values and a code per row, for
 *       integers with few distinct values spread over a wide span (a {@code grid_id} such as 1,050,301:
 *       a thousand grids over a span of 120,000, so 10 bits of code instead of 17).</li>
 * </ul>
 * NULL rows (where {@code present} is false) are ignored by min/max and decode to a value within
 * {@code [min(), max()]}: the block's min in the plain and dictionary layouts, their frame's smallest value
 * in the framed layout.
 */
public final class PackedBlock {

    /** Rows per block; a power of two so a row's block and offset are a shift and a mask. */
    public static final int SHIFT = 16;
    public static final int CAPACITY = 1 << SHIFT;

    /** Rows per frame of the framed layout (a power of two). */
    static final int FRAME_SHIFT = 8;
    static final int FRAME = 1 << FRAME_SHIFT;
    /** Fraction bits of a linear frame's slope. */
    private static final int SLOPE_SHIFT = 16;
    /** Most distinct values a dictionary block may hold. */
    static final int MAX_DICTIONARY = 4096;

    /** Layout tags, for {@link #layout()}. */
    static final int PLAIN = 0;
    static final int FRAMED = 1;
    static final int DICTIONARY = 2;

    private final long min;
    private final long max;
    private final int size;
    /** Width of the plain layout or of the dictionary codes; the widest frame of the framed layout. */
    private final int bits;
    private final long mask;
    private final long[] words;
    /** Framed layout: per frame, its base value and {@code bitStart << 7 | bits}; otherwise null. */
    private final long[] frameBase;
    private final int[] frameMeta;
    /** Framed layout with at least one linear frame: per frame, the slope ({@code << 16}; 0 for FOR). */
    private final int[] frameSlope;
    /** Dictionary layout: the sorted distinct values; otherwise null. */
    private final long[] dictionary;

    private PackedBlock(long min, long max, int size, int bits, long[] words, long[] frameBase, int[] frameMeta,
                        int[] frameSlope, long[] dictionary) {
        this.min = min;
        this.max = max;
        this.size = size;
        this.bits = bits;
        this.mask = maskOf(bits);
        this.words = words;
        this.frameBase = frameBase;
        this.frameMeta = frameMeta;
        this.frameSlope = frameSlope;
        this.dictionary = dictionary;
    }

    private static long maskOf(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    private static int width(long range) {
        // A range past Long.MAX_VALUE wraps negative: it still fits 64 unsigned bits.
        return range == 0 ? 0 : 64 - Long.numberOfLeadingZeros(range);
    }

    /**
     * Packs {@code values[0..n)}; {@code present}, when not null, marks the rows whose value counts (NULL
     * rows are ignored by min/max and by the choice of layout).
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
        int plainBits = width(hi - lo);
        long plainBytes = 8L * words(n, plainBits);
        if (plainBits <= 2 || n <= FRAME) {
            // Nothing to gain: frames and dictionaries need metadata that two bits per row cannot repay.
            return plain(values, n, present, lo, hi, plainBits);
        }
        Frames frames = Frames.plan(values, n, present, lo);
        LongSet dict = plainBits >= 6 ? distinct(values, n, present, plainBits) : null;
        long framedBytes = frames.bytes(n);
        long dictBytes = dict == null ? Long.MAX_VALUE : dictionaryBytes(n, dict.size());
        if (dictBytes < plainBytes && dictBytes <= framedBytes) {
            return dictionary(values, n, present, lo, hi, dict);
        }
        if (framedBytes < plainBytes) {
            return frames.pack(values, n, present, lo, hi);
        }
        return plain(values, n, present, lo, hi, plainBits);
    }

    private static int words(long n, int bits) {
        return (int) ((n * bits + 63) >>> 6);
    }

    private static PackedBlock plain(long[] values, int n, boolean[] present, long lo, long hi, int bits) {
        long[] words = new long[words(n, bits)];
        if (bits > 0) {
            for (int i = 0; i < n; i++) {
                put(words, (long) i * bits, bits, present == null || present[i] ? values[i] - lo : 0);
            }
        }
        return new PackedBlock(lo, hi, n, bits, words, null, null, null, null);
    }

    /** ORs {@code v} (which fits {@code bits}) into the bit string at {@code bitPos}. */
    private static void put(long[] words, long bitPos, int bits, long v) {
        int w = (int) (bitPos >>> 6);
        int shift = (int) (bitPos & 63);
        words[w] |= v << shift;
        if (shift + bits > 64) {
            words[w + 1] |= v >>> (64 - shift);
        }
    }

    // ---- dictionary layout

    /** Bytes of the dictionary layout: the codes and the table of values. */
    private static long dictionaryBytes(int n, int distinct) {
        return 8L * words(n, width(distinct - 1)) + 16 + 8L * distinct;
    }

    /**
     * The distinct present values, or {@code null} when there are too many for a dictionary to pay:
     * more than {@link #MAX_DICTIONARY}, or so many that the codes would save under two bits a row.
     */
    private static LongSet distinct(long[] values, int n, boolean[] present, int plainBits) {
        int cap = (int) Math.min(MAX_DICTIONARY, 1L << Math.min(30, plainBits - 2));
        LongSet set = new LongSet(cap);
        for (int i = 0; i < n; i++) {
            if ((present == null || present[i]) && set.add(values[i]) && set.size() > cap) {
                return null;
            }
        }
        return set;
    }

    private static PackedBlock dictionary(long[] values, int n, boolean[] present, long lo, long hi, LongSet codes) {
        long[] dict = codes.toArray();
        Arrays.sort(dict);
        for (int c = 0; c < dict.length; c++) {
            codes.setCode(dict[c], c);
        }
        int bits = width(dict.length - 1);
        long[] words = new long[words(n, bits)];
        if (bits > 0) {
            for (int i = 0; i < n; i++) {
                // A NULL row takes code 0, the block's min.
                long code = present == null || present[i] ? codes.code(values[i]) : 0;
                put(words, (long) i * bits, bits, code);
            }
        }
        return new PackedBlock(lo, hi, n, bits, words, null, null, null, dict);
    }

    /** An open-addressing set of longs with a code per member, sized for a known most members. */
    private static final class LongSet {
        private final long[] keys;
        private final boolean[] used;
        private final int[] codes;
        private final int slotMask;
        private int size;

        LongSet(int most) {
            int slots = Integer.highestOneBit(Math.max(4, most) * 2 + 1) << 1;
            keys = new long[slots];
            used = new boolean[slots];
            codes = new int[slots];
            slotMask = slots - 1;
        }

        private int slot(long v) {
            int s = (int) ((v * 0x9E3779B97F4A7C15L) >>> 40) & slotMask;
            while (used[s] && keys[s] != v) {
                s = (s + 1) & slotMask;
            }
            return s;
        }

        /** Adds {@code v}; whether it was new. */
        boolean add(long v) {
            int s = slot(v);
            if (used[s]) {
                return false;
            }
            used[s] = true;
            keys[s] = v;
            size++;
            return true;
        }

        void setCode(long v, int code) {
            codes[slot(v)] = code;
        }

        int code(long v) {
            return codes[slot(v)];
        }

        int size() {
            return size;
        }

        long[] toArray() {
            long[] out = new long[size];
            for (int s = 0, k = 0; s < keys.length; s++) {
                if (used[s]) {
                    out[k++] = keys[s];
                }
            }
            return out;
        }
    }

    // ---- framed layout

    /** The framed layout worked out for a block: per frame, its base, width and slope. */
    private static final class Frames {
        final int count;
        final long[] base;
        final int[] bits;
        final int[] slope;
        boolean linear;

        private Frames(int count) {
            this.count = count;
            this.base = new long[count];
            this.bits = new int[count];
            this.slope = new int[count];
        }

        /** Chooses each frame's encoding: frame-of-reference, or linear when that is narrower. */
        static Frames plan(long[] values, int n, boolean[] present, long blockMin) {
            Frames f = new Frames((n + FRAME - 1) >>> FRAME_SHIFT);
            for (int k = 0; k < f.count; k++) {
                int from = k << FRAME_SHIFT;
                int to = Math.min(n, from + FRAME);
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                boolean anyNull = false;
                for (int i = from; i < to; i++) {
                    if (present == null || present[i]) {
                        lo = Math.min(lo, values[i]);
                        hi = Math.max(hi, values[i]);
                    } else {
                        anyNull = true;
                    }
                }
                if (lo > hi) {
                    // Only NULLs: a constant frame at the block's min.
                    f.base[k] = blockMin;
                    continue;
                }
                int forBits = width(hi - lo);
                f.base[k] = lo;
                f.bits[k] = forBits;
                // Linear: only without NULLs, over a span that keeps every step of the arithmetic in range.
                long rise = values[to - 1] - values[from];
                // ... and only where the values climb across most of the frame's span: sorted or nearly so.
                if (!anyNull && forBits >= 4 && to - from > 1 && hi - lo >= 0 && hi - lo < (1L << 40)
                        && rise > 0 && rise >= (hi - lo) - ((hi - lo) >>> 2)) {
                    long slope = (rise << SLOPE_SHIFT) / (to - from - 1);
                    if (slope <= Integer.MAX_VALUE) {
                        // Residuals relative to lo cannot overflow; the base lo + rlo may wrap, harmlessly, since
                        // decoding adds in the same two's-complement arithmetic.
                        long rlo = Long.MAX_VALUE;
                        long rhi = Long.MIN_VALUE;
                        for (int i = from; i < to; i++) {
                            long r = values[i] - lo - ((slope * (i - from)) >> SLOPE_SHIFT);
                            rlo = Math.min(rlo, r);
                            rhi = Math.max(rhi, r);
                        }
                        int linBits = width(rhi - rlo);
                        if (linBits < forBits) {
                            f.base[k] = lo + rlo;
                            f.bits[k] = linBits;
                            f.slope[k] = (int) slope;
                            f.linear = true;
                        }
                    }
                }
            }
            return f;
        }

        long payloadBits(int n) {
            long b = 0;
            for (int k = 0; k < count; k++) {
                b += (long) Math.min(FRAME, n - (k << FRAME_SHIFT)) * bits[k];
            }
            return b;
        }

        /** Bytes of the layout: payload, bases, metadata and (when any frame is linear) slopes. */
        long bytes(int n) {
            return 8L * ((payloadBits(n) + 63) >>> 6)
                    + (16 + 8L * count) + (16 + 4L * count) + (linear ? 16 + 4L * count : 0);
        }

        PackedBlock pack(long[] values, int n, boolean[] present, long lo, long hi) {
            long payload = payloadBits(n);
            long[] words = new long[(int) ((payload + 63) >>> 6)];
            int[] meta = new int[count];
            long bitPos = 0;
            int widest = 0;
            for (int k = 0; k < count; k++) {
                int from = k << FRAME_SHIFT;
                int to = Math.min(n, from + FRAME);
                int b = bits[k];
                meta[k] = (int) (bitPos << 7) | b;
                widest = Math.max(widest, b);
                if (b > 0) {
                    long s = slope[k];
                    for (int i = from; i < to; i++, bitPos += b) {
                        long v = present == null || present[i]
                                ? values[i] - ((s * (i - from)) >> SLOPE_SHIFT) - base[k] : 0;
                        put(words, bitPos, b, v);
                    }
                }
            }
            return new PackedBlock(lo, hi, n, widest, words, base, meta, linear ? slope : null, null);
        }
    }

    // ---- reads

    /** Value of row {@code i} of the block. */
    public long get(int i) {
        if (frameMeta != null) {
            int k = i >>> FRAME_SHIFT;
            int meta = frameMeta[k];
            int b = meta & 127;
            int j = i & (FRAME - 1);
            long v = frameBase[k] + (b == 0 ? 0 : extract(words, (long) (meta >>> 7) + (long) j * b, b));
            return frameSlope == null ? v : v + (((long) frameSlope[k] * j) >> SLOPE_SHIFT);
        }
        if (bits == 0) {
            return dictionary == null ? min : dictionary[0];
        }
        long v = extract(words, (long) i * bits, bits);
        return dictionary == null ? min + v : dictionary[(int) v];
    }

    private static long extract(long[] ws, long bitPos, int b) {
        int w = (int) (bitPos >>> 6);
        int shift = (int) (bitPos & 63);
        long v = ws[w] >>> shift;
        if (shift + b > 64) {
            v |= ws[w + 1] << (64 - shift);
        }
        return v & maskOf(b);
    }

    /** Decodes rows {@code [from, from + n)} into {@code out[0..n)}. */
    public void decode(int from, int n, long[] out) {
        if (frameMeta != null) {
            decodeFrames(from, n, out);
            return;
        }
        if (dictionary == null) {
            unpack(words, (long) from * bits, bits, min, out, 0, n);
        } else {
            decodeDictionary(from, n, out);
        }
    }

    /**
     * Decodes rows of the dictionary layout: as {@link #unpack}, codes of up to 12 bits four per window, each
     * mapped through the dictionary as it is cut.
     */
    private void decodeDictionary(int from, int n, long[] out) {
        final long[] dict = dictionary;
        final long[] ws = words;
        final int b = bits;
        if (b == 0) {
            Arrays.fill(out, 0, n, dict[0]);
            return;
        }
        final long m = mask;
        int pos = from * b;
        int i = 0;
        for (int end = windowsBefore(ws, pos, b, n); i + 4 <= end; i += 4, pos += 4 * b) {
            long x = window(ws, pos);
            out[i] = dict[(int) (x & m)];
            out[i + 1] = dict[(int) ((x >>> b) & m)];
            out[i + 2] = dict[(int) ((x >>> 2 * b) & m)];
            out[i + 3] = dict[(int) ((x >>> 3 * b) & m)];
        }
        for (; i < n; i++, pos += b) {
            out[i] = dict[(int) extract(ws, pos, b)];
        }
    }

    /** Of {@code n} values of width {@code b} from {@code bitPos}, how many come before the last word's window. */
    private static int windowsBefore(long[] ws, long bitPos, int b, int n) {
        // A value's window reads the word after its own: it must exist.
        return (int) Math.min(n, Math.max(0, (64L * (ws.length - 1) - bitPos + b - 1) / b));
    }

    /**
     * The hot loop of every layout: {@code out[at + i]} is {@code base} plus the {@code i}-th value of width
     * {@code b} from {@code bitPos}, for {@code i < n}.
     *
     * <p>Up to 16 bits, a 64-bit window is read at every fourth value's bit position from two words at once,
     * without a branch on whether it straddles them, and the four values inside it are cut from it by shifts
     * alone. Wider values, and those whose window would need the word past the last, are read one by one.
     */
    private static void unpack(long[] ws, long bitPos, int b, long base, long[] out, int at, int n) {
        if (b == 0) {
            Arrays.fill(out, at, at + n, base);
            return;
        }
        int i = at;
        long pos = bitPos;
        if (b <= 16) {
            i = unpack4(ws, (int) bitPos, b, base, out, at, at + windowsBefore(ws, bitPos, b, n));
            pos += (long) (i - at) * b;
        }
        for (; i < at + n; i++, pos += b) {
            // A branch on whether the value straddles two words: cheaper than the window for wide values,
            // whose straddles come in a short pattern the branch predictor learns.
            out[i] = base + extract(ws, pos, b);
        }
    }

    /** {@link #unpack} four values per window (for {@code b <= 16}) while they lie before {@code end}; the next row. */
    private static int unpack4(long[] ws, int pos, int b, long base, long[] out, int i, int end) {
        final long m = maskOf(b);
        for (; i + 4 <= end; i += 4, pos += 4 * b) {
            long x = window(ws, pos);
            out[i] = base + (x & m);
            out[i + 1] = base + ((x >>> b) & m);
            out[i + 2] = base + ((x >>> 2 * b) & m);
            out[i + 3] = base + ((x >>> 3 * b) & m);
        }
        return i;
    }

    /**
     * The 64 bits from {@code bitPos}, which must lie before the last word: the next word's bits are shifted
     * in (none when {@code bitPos} is word-aligned, as {@code (x << 1) << 63} is 0).
     */
    private static long window(long[] ws, int bitPos) {
        int w = bitPos >>> 6;
        // Shifts take their count mod 64: bitPos is the shift within the word, ~bitPos is 63 minus it.
        return (ws[w] >>> bitPos) | ((ws[w + 1] << 1) << ~bitPos);
    }

    private void decodeFrames(int from, int n, long[] out) {
        int at = 0;
        while (at < n) {
            int row = from + at;
            int k = row >>> FRAME_SHIFT;
            int j = row & (FRAME - 1);
            int take = Math.min(n - at, FRAME - j);
            int meta = frameMeta[k];
            int b = meta & 127;
            unpack(words, (long) (meta >>> 7) + (long) j * b, b, frameBase[k], out, at, take);
            int s = frameSlope == null ? 0 : frameSlope[k];
            if (s != 0) {
                // A linear frame: the line (slope · j) >> 16 on top of the residuals.
                long line = (long) s * j;
                for (int i = at; i < at + take; i++, line += s) {
                    out[i] += line >> SLOPE_SHIFT;
                }
            }
            at += take;
        }
    }

    /** {@link #gather} of the framed layout: a frame's base, width and slope are read once for its rows. */
    private void gatherFrames(int from, int[] positions, int count, long[] out) {
        final long[] ws = words;
        final int last = ws.length - 1;
        int i = 0;
        while (i < count) {
            int k = (from + positions[i]) >>> FRAME_SHIFT;
            int meta = frameMeta[k];
            int b = meta & 127;
            long start = meta >>> 7;
            long base = frameBase[k];
            long m = maskOf(b);
            int slope = frameSlope == null ? 0 : frameSlope[k];
            int next = (k + 1) << FRAME_SHIFT;
            for (; i < count && from + positions[i] < next; i++) {
                int j = (from + positions[i]) & (FRAME - 1);
                long bitPos = start + (long) j * b;
                int w = (int) (bitPos >>> 6);
                int shift = (int) (bitPos & 63);
                // As in the plain layout's gather: no branch on whether the value straddles two words. A
                // frame of width 0 has no words (it may end the block).
                long v = b == 0 ? 0
                        : w < last ? (ws[w] >>> shift) | ((ws[w + 1] << 1) << (63 - shift)) : ws[w] >>> shift;
                out[i] = base + (v & m) + (((long) slope * j) >> SLOPE_SHIFT);
            }
        }
    }

    /**
     * Decodes rows {@code from + positions[i]}, {@code i < count}, into {@code out[i]}: only the rows asked
     * for, so that a sparse selection does not pay for decoding whole vectors.
     */
    public void gather(int from, int[] positions, int count, long[] out) {
        if (frameMeta != null) {
            gatherFrames(from, positions, count, out);
            return;
        }
        if (bits == 0) {
            Arrays.fill(out, 0, count, dictionary == null ? min : dictionary[0]);
            return;
        }
        final long base = dictionary == null ? min : 0;
        final long m = mask;
        final int b = bits;
        final long[] ws = words;
        final int last = ws.length - 1;
        for (int i = 0; i < count; i++) {
            int bitPos = (from + positions[i]) * b;
            int w = bitPos >>> 6;
            // Without a branch on whether the value straddles two words, which scattered rows would
            // mispredict; a value in the last word lies wholly within it.
            long v = w < last ? window(ws, bitPos) : ws[w] >>> bitPos;
            out[i] = base + (v & m);
        }
        if (dictionary != null) {
            final long[] dict = dictionary;
            for (int i = 0; i < count; i++) {
                out[i] = dict[(int) out[i]];
            }
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

    /** Bits per row of the plain layout and of dictionary codes; the widest frame of the framed layout. */
    public int bits() {
        return bits;
    }

    public int size() {
        return size;
    }

    /** {@link #PLAIN}, {@link #FRAMED} or {@link #DICTIONARY}. */
    int layout() {
        return frameMeta != null ? FRAMED : dictionary != null ? DICTIONARY : PLAIN;
    }

    /** Whether some frame of the framed layout is linear. */
    boolean hasLinearFrames() {
        return frameSlope != null;
    }

    /** Distinct values of the dictionary layout (0 otherwise). */
    int dictionarySize() {
        return dictionary == null ? 0 : dictionary.length;
    }

    /** Bits of packed payload (values, residuals or codes), without metadata. */
    long payloadBits() {
        return 64L * words.length;
    }

    /** Heap bytes of the block: header, packed words and the layout's metadata. */
    public long bytes() {
        long b = 72 + 16 + 8L * words.length;
        if (frameMeta != null) {
            b += 16 + 8L * frameBase.length + 16 + 4L * frameMeta.length;
        }
        if (frameSlope != null) {
            b += 16 + 4L * frameSlope.length;
        }
        if (dictionary != null) {
            b += 16 + 8L * dictionary.length;
        }
        return b;
    }
}
