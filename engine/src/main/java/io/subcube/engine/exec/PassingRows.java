package io.subcube.engine.exec;

import io.subcube.engine.storage.Partition;

/**
 * The rows of one partition that pass a filter, a vector at a time: the index selection's candidates,
 * then the residual filter by the vectorised scan on the vectors that still hold a candidate. The one way
 * execution reads a filtered partition.
 */
public final class PassingRows {

    private final VectorMasks candidates;
    private final VectorFilter residual;
    private final boolean none;
    private final long[] t = new long[Vectors.WORDS];
    private final long[] u = new long[Vectors.WORDS];

    public PassingRows(Filter filter, Partition partition) {
        IndexSelector.Selection s = IndexSelector.select(filter, partition);
        this.candidates = s.rows() == null ? null : new VectorMasks(s.rows());
        this.residual = Filter.TRUE.equals(s.residual()) ? null : FilterCompiler.compile(s.residual(), partition);
        this.none = s.rows() != null && s.rows().isEmpty();
    }

    /** Whether no row of the partition can pass, so it need not be read at all. */
    public boolean none() {
        return none;
    }

    /**
     * Writes the passing rows among {@code [from, from + n)} into {@code words} as a vector mask (16
     * words; bit {@code i} of word {@code w} is row {@code from + 64w + i}) and returns whether any passes.
     * {@code from} is a multiple of 1024 and {@code n} at most 1024.
     */
    public boolean mask(int from, int n, long[] words) {
        if (candidates == null) {
            Vectors.ones(words, n);
        } else if (!candidates.load(from, n, words)) {
            return false;
        }
        if (residual == null) {
            return true;
        }
        residual.eval(from, n, t, u);
        long any = 0;
        for (int w = 0; w < Vectors.WORDS; w++) {
            words[w] &= t[w];
            any |= words[w];
        }
        return any != 0;
    }
}
