package io.subcube.engine.exec.agg;

import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import java.util.Arrays;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * {@code COUNT(DISTINCT column)} of an integer-like column as a bitmap of values per slot: a 32-bit
 * RoaringBitmap for values in {@code [0, 2^32)} (subscriber ids), a 64-bit one for any other value. Merging
 * partitions is a bitmap union.
 */
final class DistinctLongs extends Accumulator {

    private final LongColumn column;
    private final NullMask nulls;
    private final long[] buf;
    private final int[] batch;
    private RoaringBitmap[] small = new RoaringBitmap[0];
    private Roaring64Bitmap[] wide = new Roaring64Bitmap[0];

    DistinctLongs(LongColumn column) {
        this.column = column;
        this.nulls = column == null ? null : column.nulls();
        this.buf = column == null ? null : new long[PassingRows.VECTOR];
        this.batch = column == null ? null : new int[PassingRows.VECTOR];
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

    /** Without GROUP BY: the vector's values in one bulk add, which Roaring sorts into its containers. */
    @Override
    void addAll(int start, int length, int[] positions, int count, int[] zeros) {
        column.gather(start, positions, count, buf);
        int k = 0;
        for (int i = 0; i < count; i++) {
            long v = buf[i];
            if (nulls != null && nulls.isNull(start + positions[i])) {
                continue;
            }
            if (v >>> 32 == 0) {
                batch[k++] = (int) v;
            } else {
                wide(0).addLong(v);
            }
        }
        if (k > 0) {
            small(0).addN(batch, 0, k);
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
        if (o.small[from] != null) {
            small(to).or(o.small[from]);
        }
        if (o.wide[from] != null) {
            wide(to).or(o.wide[from]);
        }
    }

    @Override
    Object result(int slot) {
        long n = small[slot] == null ? 0 : small[slot].getLongCardinality();
        return n + (wide[slot] == null ? 0 : wide[slot].getLongCardinality());
    }
}
