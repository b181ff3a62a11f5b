package io.subcube.engine.storage.index;

import org.roaringbitmap.RoaringBitmap;

/**
 * A bitmap index over one column of one partition, answering "which rows hold a key in these ranges".
 * Keys are the column's stored longs: the value of an integer-like column (DECIMAL unscaled, DATE days,
 * BOOLEAN 0/1), or the dictionary code of a VARCHAR column, whose codes follow value order. Ranges are
 * inclusive, sorted and disjoint. NULL rows never match a range; {@link #nulls()} lists them.
 *
 * <p>Bitmaps handed out may be the index's own: callers treat every returned bitmap as read-only.
 */
public abstract sealed class ColumnIndex permits ValueBitmapIndex, RangeIndex {

    private final int rows;
    private final RoaringBitmap nulls;

    ColumnIndex(int rows, RoaringBitmap nulls) {
        this.rows = rows;
        this.nulls = nulls;
    }

    /** Rows of the partition. */
    public final int rows() {
        return rows;
    }

    /** The NULL rows, or {@code null} when the column has none in this partition. */
    public final RoaringBitmap nulls() {
        return nulls;
    }

    /**
     * The non-NULL rows whose key lies in one of the ranges {@code [lo[i], hi[i]]}, intersected with
     * {@code context} when it is not {@code null}.
     */
    public abstract RoaringBitmap select(long[] lo, long[] hi, RoaringBitmap context);

    /** The number of rows {@link #select} would return, computed without building them where possible. */
    public long count(long[] lo, long[] hi, RoaringBitmap context) {
        return select(lo, hi, context).getLongCardinality();
    }

    /** Heap bytes of the index. */
    public abstract long bytes();

    /** Short description for {@code sys.columns}, e.g. {@code values(4)} or {@code range(4 slices)}. */
    public abstract String describe();

    /** Every non-NULL row, intersected with {@code context} when it is not {@code null}. */
    final RoaringBitmap nonNull(RoaringBitmap context) {
        RoaringBitmap all = context != null ? context : RoaringBitmap.bitmapOfRange(0, rows);
        return nulls == null ? all : RoaringBitmap.andNot(all, nulls);
    }

    /** Heap bytes of the NULL bitmap and the fields every index has. */
    final long baseBytes() {
        return 32 + (nulls == null ? 0 : nulls.getLongSizeInBytes());
    }
}
