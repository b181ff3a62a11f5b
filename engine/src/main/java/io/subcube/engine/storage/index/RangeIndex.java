package io.subcube.engine.storage.index;

import io.subcube.engine.storage.LongColumn;
import org.roaringbitmap.RangeBitmap;
import org.roaringbitmap.RoaringBitmap;

/**
 * A bit-sliced index ({@link RangeBitmap}) of {@code key − min}: about one compressed bitmap per bit of the
 * key span rather than one per key, and any range is a few slice operations, optionally confined to a
 * context bitmap so that an intersection only works on the rows still in play.
 */
public final class RangeIndex extends ColumnIndex {

    private final RangeBitmap slices;
    private final long min;
    private final long max;
    private final int sliceCount;
    private final long sliceBytes;

    private RangeIndex(int rows, RoaringBitmap nulls, RangeBitmap slices, long min, long max, int sliceCount,
                       long sliceBytes) {
        super(rows, nulls);
        this.slices = slices;
        this.min = min;
        this.max = max;
        this.sliceCount = sliceCount;
        this.sliceBytes = sliceBytes;
    }

    /** Indexes {@code column}; its non-NULL keys lie in {@code [column.min(), column.max()]}. */
    static RangeIndex build(LongColumn column) {
        long min = column.min();
        long max = column.max();
        KeyChunks chunks = new KeyChunks(column);
        // NULL rows get the key just past the span, outside every range a query asks for once clipped to
        // [min, max], so no query has to subtract the NULL bitmap.
        long nullKey = max - min + 1;
        long top = chunks.nullWords() == null ? max - min : nullKey;
        RangeBitmap.Appender appender = RangeBitmap.appender(top);
        while (chunks.next()) {
            long[] keys = chunks.keys();
            for (int i = 0, n = chunks.length(); i < n; i++) {
                appender.add(chunks.isNull(i) ? nullKey : keys[i] - min);
            }
        }
        long bytes = appender.serializedSizeInBytes();
        return new RangeIndex(column.rows(), NullBits.bitmap(chunks.nullWords()), appender.build(), min, max,
                64 - Long.numberOfLeadingZeros(top), bytes);
    }

    @Override
    public RoaringBitmap select(long[] lo, long[] hi, RoaringBitmap context) {
        RoaringBitmap out = new RoaringBitmap();
        if (context != null && context.isEmpty()) {
            return out;
        }
        for (int i = 0; i < lo.length; i++) {
            long a = Math.max(lo[i], min);
            long b = Math.min(hi[i], max);
            if (a > b) {
                continue;
            }
            if (a == min && b == max) {
                // Ranges are disjoint, so this one is the only one left after clipping.
                return nonNull(context);
            }
            out.or(context == null ? slices.between(a - min, b - min) : slices.between(a - min, b - min, context));
        }
        return out;
    }

    @Override
    public long count(long[] lo, long[] hi, RoaringBitmap context) {
        int at = -1;
        for (int i = 0; i < lo.length; i++) {
            if (Math.max(lo[i], min) <= Math.min(hi[i], max)) {
                if (at >= 0) {
                    return super.count(lo, hi, context);
                }
                at = i;
            }
        }
        if (at < 0) {
            return 0;
        }
        long a = Math.max(lo[at], min);
        long b = Math.min(hi[at], max);
        if (a == min && b == max) {
            return super.count(lo, hi, context);
        }
        return context == null ? slices.betweenCardinality(a - min, b - min)
                : slices.betweenCardinality(a - min, b - min, context);
    }

    @Override
    public long bytes() {
        return baseBytes() + 48 + 64 + sliceBytes;
    }

    @Override
    public String describe() {
        return "range(" + sliceCount + " slices)";
    }
}
