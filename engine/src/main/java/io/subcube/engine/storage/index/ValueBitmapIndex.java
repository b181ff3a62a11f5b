package io.subcube.engine.storage.index;

import io.subcube.engine.storage.LongColumn;
import java.util.Arrays;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * One bitmap of rows per distinct key of a low-cardinality column: an equality is a stored bitmap, an IN
 * list or a range a union of a few. The most frequent key keeps no bitmap: it is the largest one, and a
 * predicate that selects it selects most rows anyway, so it is derived when needed as the non-NULL rows
 * minus the other keys' rows.
 */
public final class ValueBitmapIndex extends ColumnIndex {

    private final long[] keys;
    private final RoaringBitmap[] rowsOf;
    private final int implicit;

    private ValueBitmapIndex(int rows, RoaringBitmap nulls, long[] keys, RoaringBitmap[] rowsOf, int implicit) {
        super(rows, nulls);
        this.keys = keys;
        this.rowsOf = rowsOf;
        this.implicit = implicit;
    }

    /** Indexes {@code column}, whose non-NULL rows hold exactly the sorted distinct {@code keys}. */
    static ValueBitmapIndex build(LongColumn column, long[] keys) {
        long[][] bits = new long[keys.length][(column.rows() + 63) >>> 6];
        int[] counts = new int[keys.length];
        KeyChunks chunks = new KeyChunks(column);
        while (chunks.next()) {
            long[] values = chunks.keys();
            for (int i = 0, n = chunks.length(); i < n; i++) {
                if (!chunks.isNull(i)) {
                    int k = Arrays.binarySearch(keys, values[i]);
                    int r = chunks.from() + i;
                    bits[k][r >>> 6] |= 1L << r;
                    counts[k]++;
                }
            }
        }
        int implicit = -1;
        for (int k = 0; k < keys.length; k++) {
            implicit = implicit < 0 || counts[k] > counts[implicit] ? k : implicit;
        }
        RoaringBitmap[] rowsOf = new RoaringBitmap[keys.length];
        for (int k = 0; k < keys.length; k++) {
            rowsOf[k] = k == implicit ? null : NullBits.compact(bits[k]);
            bits[k] = null;
        }
        return new ValueBitmapIndex(column.rows(), NullBits.bitmap(chunks.nullWords()), keys, rowsOf, implicit);
    }

    @Override
    public RoaringBitmap select(long[] lo, long[] hi, RoaringBitmap context) {
        boolean[] covered = covered(lo, hi);
        if (implicit >= 0 && covered[implicit]) {
            // The implicit key has no bitmap: take the non-NULL rows minus those of every key not asked for.
            if (context != null) {
                // Within a context, subtract from the context itself: the work is bounded by its containers
                // rather than by the other keys' full bitmaps.
                RoaringBitmap out = nulls() == null ? context.clone() : RoaringBitmap.andNot(context, nulls());
                for (int k = 0; k < keys.length && !out.isEmpty(); k++) {
                    if (!covered[k] && rowsOf[k] != null) {
                        out.andNot(rowsOf[k]);
                    }
                }
                return out;
            }
            RoaringBitmap others = union(covered, false);
            RoaringBitmap base = nonNull(context);
            return others.isEmpty() ? base : RoaringBitmap.andNot(base, others);
        }
        RoaringBitmap rows = union(covered, true);
        return context == null ? rows : RoaringBitmap.and(rows, context);
    }

    @Override
    public long count(long[] lo, long[] hi, RoaringBitmap context) {
        boolean[] covered = covered(lo, hi);
        int single = -1;
        int n = 0;
        for (int k = 0; k < covered.length; k++) {
            if (covered[k]) {
                single = k;
                n++;
            }
        }
        if (n == 1 && single != implicit) {
            RoaringBitmap rows = rowsOf[single];
            return context == null ? rows.getLongCardinality() : RoaringBitmap.andCardinality(rows, context);
        }
        if (implicit >= 0 && covered[implicit]) {
            // The keys split the non-NULL rows: the derived rows are counted as the non-NULL rows less the
            // other keys' rows, each an andCardinality, without building the difference.
            long count = context == null ? rows() : context.getLongCardinality();
            if (nulls() != null) {
                count -= context == null ? nulls().getLongCardinality()
                        : RoaringBitmap.andCardinality(nulls(), context);
            }
            for (int k = 0; k < keys.length; k++) {
                if (!covered[k] && rowsOf[k] != null) {
                    count -= context == null ? rowsOf[k].getLongCardinality()
                            : RoaringBitmap.andCardinality(rowsOf[k], context);
                }
            }
            return count;
        }
        return super.count(lo, hi, context);
    }

    /**
     * Whether the rows of these ranges are derived (the implicit key is among them) rather than read from
     * stored bitmaps: such a selection costs the most without a context and the least within a small one.
     */
    public boolean derives(long[] lo, long[] hi) {
        return implicit >= 0 && covered(lo, hi)[implicit];
    }

    /** Which key positions fall in the ranges. */
    private boolean[] covered(long[] lo, long[] hi) {
        boolean[] covered = new boolean[keys.length];
        for (int i = 0; i < lo.length; i++) {
            int from = lowerBound(lo[i]);
            int to = lowerBound(hi[i]);
            to = to < keys.length && keys[to] == hi[i] ? to + 1 : to;
            Arrays.fill(covered, from, Math.max(from, to), true);
        }
        return covered;
    }

    /** First key position whose key is {@code >= key}. */
    private int lowerBound(long key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? at : -at - 1;
    }

    /** Union of the stored bitmaps of the positions where {@code covered[k] == want}. */
    private RoaringBitmap union(boolean[] covered, boolean want) {
        RoaringBitmap[] picked = new RoaringBitmap[keys.length];
        int n = 0;
        for (int k = 0; k < keys.length; k++) {
            if (covered[k] == want && rowsOf[k] != null) {
                picked[n++] = rowsOf[k];
            }
        }
        return n == 0 ? new RoaringBitmap() : n == 1 ? picked[0] : FastAggregation.or(Arrays.copyOf(picked, n));
    }

    @Override
    public long bytes() {
        long b = baseBytes() + 16 + 16 + 8L * keys.length + 16 + 8L * rowsOf.length;
        for (RoaringBitmap r : rowsOf) {
            b += r == null ? 0 : r.getLongSizeInBytes();
        }
        return b;
    }

    @Override
    public String describe() {
        return "values(" + keys.length + ")";
    }

    /** Whether a key's bitmap is derived rather than stored. */
    boolean isImplicit(long key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 && at == implicit;
    }
}
