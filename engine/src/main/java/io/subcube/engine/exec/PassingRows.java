package io.subcube.engine.exec;

import io.subcube.engine.storage.Partition;
import org.roaringbitmap.RoaringBitmap;

/**
 * The rows of a partition's row range that pass a filter, a vector at a time: the candidates the indexes
 * select ({@link IndexSelector}), then the residual filter by the vectorised scan on the vectors that still
 * hold a candidate. Each step gives the vector's first row and the positions, within the vector, of its
 * passing rows; vectors without one are skipped. Execution reads a filtered partition this way, except an
 * aggregation whose filter the indexes answer whole, which reads the selection bitmap directly. The
 * index selection is made once per partition ({@link #select}) and shared by the threads reading its row
 * ranges; an instance serves one thread.
 */
public final class PassingRows {

    /** Rows per vector: positions are below this. */
    public static final int VECTOR = Vectors.SIZE;

    private final VectorMasks candidates;
    private final VectorFilter residual;
    private final int to;
    private final long[] mask = new long[Vectors.WORDS];
    private final long[] t = new long[Vectors.WORDS];
    private final long[] u = new long[Vectors.WORDS];
    private final int[] positions = new int[Vectors.SIZE];
    private int next;
    private int start;
    private int length;
    private int count;
    /** {@code positions[i] == i} for {@code i} below this. */
    private int identity;

    /** The index selection of a partition for a filter (its parameters bound). */
    public static IndexSelector.Selection select(Filter filter, Partition partition) {
        return IndexSelector.select(filter, partition);
    }

    /** Whether a selection rules every row out, so its partition need not be read. */
    public static boolean none(IndexSelector.Selection selection) {
        return selection.rows() != null && selection.rows().isEmpty();
    }

    /** Rows {@code [from, to)} of the partition passing the filter {@code selection} was made for. */
    public PassingRows(IndexSelector.Selection selection, Partition partition, int from, int to) {
        if (from % VECTOR != 0) {
            throw new IllegalArgumentException("row range must start on a vector boundary: " + from);
        }
        RoaringBitmap rows = selection.rows();
        this.candidates = rows == null ? null : new VectorMasks(rows);
        this.residual = Filter.TRUE.equals(selection.residual()) ? null
                : FilterCompiler.compile(selection.residual(), partition);
        this.next = none(selection) ? to : from;
        this.to = to;
    }

    /** Rows {@code [from, to)} of the partition passing {@code filter}. */
    public PassingRows(Filter filter, Partition partition, int from, int to) {
        this(select(filter, partition), partition, from, to);
    }

    /** Moves to the next vector with at least one passing row; false when the range is done. */
    public boolean next() {
        while (next < to) {
            start = next;
            length = Math.min(VECTOR, to - start);
            next += length;
            if (candidates == null && residual == null) {
                // Every row passes: positions 0, 1, 2, ..., written once and kept while vectors stay whole.
                if (identity < length) {
                    for (int i = identity; i < length; i++) {
                        positions[i] = i;
                    }
                    identity = length;
                }
                count = length;
                return true;
            }
            if (candidates == null) {
                Vectors.ones(mask, length);
            } else if (!candidates.load(start, length, mask)) {
                continue;
            }
            if (residual != null) {
                residual.eval(start, length, t, u, candidates == null ? null : mask);
                for (int w = 0; w < Vectors.WORDS; w++) {
                    mask[w] &= t[w];
                }
            }
            count = Vectors.positions(mask, length, positions);
            identity = 0;
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
