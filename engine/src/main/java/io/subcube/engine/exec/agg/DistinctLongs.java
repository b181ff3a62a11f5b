package io.subcube.engine.exec.agg;

import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * {@code COUNT(DISTINCT column)} of an integer-like column as a bitmap of values per slot: a 32-bit
 * RoaringBitmap for values in {@code [0, 2^32)} (subscriber ids), a 64-bit one for any other value; without
 * GROUP BY, {@link ValueChunks} bitsets. A merge target keeps the tasks' sets and counts their union once, at
 * the result.
 */
final class DistinctLongs extends Accumulator {

    private final LongColumn column;
    private final NullMask nulls;
    private final long[] buf;
    /** Slot 0's values in {@code [0, 2^32)} without GROUP BY. */
    private ValueChunks chunks;
    private RoaringBitmap[] small = new RoaringBitmap[0];
    private Roaring64Bitmap[] wide = new Roaring64Bitmap[0];
    /** A merge target's tasks' 32-bit bitmaps per slot, unioned by {@link #result}. */
    private final List<List<RoaringBitmap>> pending = new ArrayList<>();
    /** A merge target's tasks' slot 0 chunks (no GROUP BY), unioned word by word by {@link #result}. */
    private final List<ValueChunks> pendingChunks = new ArrayList<>();

    DistinctLongs(LongColumn column) {
        this.column = column;
        this.nulls = column == null ? null : column.nulls();
        this.buf = column == null ? null : new long[PassingRows.VECTOR];
    }

    @Override
    void ensure(int slots) {
        if (slots > small.length) {
            int size = grown(small.length, slots);
            small = Arrays.copyOf(small, size);
            wide = Arrays.copyOf(wide, size);
        }
    }

    @Override
    void add(int start, int length, int[] positions, int count, int[] slots) {
        column.gather(start, positions, count, buf);
        for (int i = 0; i < count; i++) {
            if (nulls == null || !nulls.isNull(start + positions[i])) {
                int s = slots[i];
                long v = buf[i];
                if (v >>> 32 == 0) {
                    small(s).add((int) v);
                } else {
                    wide(s).addLong(v);
                }
            }
        }
    }

    @Override
    void addAll(int start, int length, int[] positions, int count, int[] zeros) {
        column.gather(start, positions, count, buf);
        if (chunks == null) {
            chunks = new ValueChunks();
        }
        for (int i = 0; i < count; i++) {
            long v = buf[i];
            if (nulls != null && nulls.isNull(start + positions[i])) {
                continue;
            }
            if (v >>> 32 == 0) {
                chunks.add((int) v);
            } else {
                wide(0).addLong(v);
            }
        }
    }

    private RoaringBitmap small(int s) {
        RoaringBitmap b = small[s];
        return b != null ? b : (small[s] = new RoaringBitmap());
    }

    private Roaring64Bitmap wide(int s) {
        Roaring64Bitmap b = wide[s];
        return b != null ? b : (wide[s] = new Roaring64Bitmap());
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        DistinctLongs o = (DistinctLongs) other;
        if (o.chunks != null) {
            pendingChunks.add(o.chunks);
        }
        if (o.small[from] != null) {
            while (pending.size() <= to) {
                pending.add(null);
            }
            if (pending.get(to) == null) {
                pending.set(to, new ArrayList<>());
            }
            pending.get(to).add(o.small[from]);
        }
        if (o.wide[from] != null) {
            wide(to).or(o.wide[from]);
        }
    }

    @Override
    Object result(int slot) {
        List<RoaringBitmap> parts = slot < pending.size() ? pending.get(slot) : null;
        long n;
        if (slot == 0 && !pendingChunks.isEmpty()) {
            n = ValueChunks.unionCardinality(pendingChunks, parts == null ? List.of() : parts);
        } else {
            n = parts == null ? 0 : unionCardinality(parts.toArray(new RoaringBitmap[0]));
        }
        return n + (wide[slot] == null ? 0 : wide[slot].getLongCardinality());
    }

    /** Values in any of the bitmaps: counted per container key without building their union when it fits. */
    private static long unionCardinality(RoaringBitmap[] parts) {
        long total = 0;
        for (RoaringBitmap b : parts) {
            total += b.getLongCardinality();
        }
        // The union is at most the sum, so an int count is exact below 2^31.
        return total <= Integer.MAX_VALUE ? FastAggregation.orCardinality(parts)
                : FastAggregation.or(parts).getLongCardinality();
    }
}
