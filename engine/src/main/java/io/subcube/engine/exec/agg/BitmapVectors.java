package io.subcube.engine.exec.agg;

import io.subcube.engine.exec.PassingRows;
import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * The rows of a row bitmap within a row range, a vector at a time: taken from the bitmap in batches, so a
 * sparse selection costs its rows rather than a mask per vector to expand and scan.
 */
final class BitmapVectors implements RowVectors {

    private static final int VECTOR = PassingRows.VECTOR;

    private final BatchIterator rows;
    private final int to;
    private final int[] batch = new int[VECTOR];
    private final int[] positions = new int[VECTOR];
    /** {@code batch[at..filled)} are rows read from the bitmap and not handed out yet. */
    private int at;
    private int filled;
    private int start;
    private int length;
    private int count;

    /** Rows {@code [from, to)} of {@code rows}; {@code from} is a multiple of the vector size. */
    BitmapVectors(RoaringBitmap rows, int from, int to) {
        if (from % VECTOR != 0) {
            throw new IllegalArgumentException("row range must start on a vector boundary: " + from);
        }
        this.rows = rows.getBatchIterator();
        this.rows.advanceIfNeeded(from);
        this.to = to;
    }

    @Override
    public boolean next() {
        if (at == filled && !refill()) {
            return false;
        }
        int first = batch[at];
        if (first >= to) {
            return false;
        }
        start = first & -VECTOR;
        int end = Math.min(start + VECTOR, to);
        length = end - start;
        int n = 0;
        do {
            int k = at;
            while (k < filled && batch[k] < end) {
                positions[n++] = batch[k++] - start;
            }
            at = k;
        } while (at == filled && refill());
        count = n;
        return true;
    }

    private boolean refill() {
        filled = rows.hasNext() ? rows.nextBatch(batch) : 0;
        at = 0;
        return filled > 0;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public int[] positions() {
        return positions;
    }
}
