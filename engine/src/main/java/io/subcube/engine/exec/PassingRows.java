package io.subcube.engine.exec;

import io.subcube.engine.storage.Partition;

/**
 * The rows of a partition's row range that pass a filter, a vector at a time: each step gives the vector's
 * first row and the positions, within the vector, of its passing rows. Vectors without a passing row are
 * skipped. One instance serves one thread.
 */
public final class PassingRows {

    /** Rows per vector: positions are below this. */
    public static final int VECTOR = Vectors.SIZE;

    private final VectorFilter filter;
    private final int to;
    private final long[] t = new long[Vectors.WORDS];
    private final long[] u = new long[Vectors.WORDS];
    private final int[] positions = new int[Vectors.SIZE];
    private int next;
    private int start;
    private int length;
    private int count;

    /** Rows {@code [from, to)} of the partition; {@code from} is a multiple of {@link #VECTOR}. */
    public PassingRows(Filter filter, Partition partition, int from, int to) {
        if (from % VECTOR != 0) {
            throw new IllegalArgumentException("row range must start on a vector boundary: " + from);
        }
        this.filter = FilterCompiler.compile(filter, partition);
        this.next = from;
        this.to = to;
    }

    /** Moves to the next vector with at least one passing row; false when the range is done. */
    public boolean next() {
        while (next < to) {
            start = next;
            length = Math.min(VECTOR, to - start);
            next += length;
            filter.eval(start, length, t, u);
            count = Vectors.positions(t, length, positions);
            if (count > 0) {
                return true;
            }
        }
        return false;
    }

    /** First row of the current vector. */
    public int start() {
        return start;
    }

    /** Rows in the current vector (a full vector except at the end of a partition). */
    public int length() {
        return length;
    }

    /** Passing rows in the current vector. */
    public int count() {
        return count;
    }

    /** Positions of the passing rows within the vector, {@code [0, count())}; shared, do not keep. */
    public int[] positions() {
        return positions;
    }
}
