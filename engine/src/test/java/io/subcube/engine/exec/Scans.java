package io.subcube.engine.exec;

import io.subcube.engine.storage.Partition;
import org.roaringbitmap.RoaringBitmap;

/** The rows of a partition where a filter is TRUE, found the two ways the selector tests compare. */
final class Scans {

    private Scans() {
    }

    /** By the vectorised scan alone, ignoring every index: the reference. */
    static RoaringBitmap scan(Filter filter, Partition p) {
        VectorFilter f = FilterCompiler.compile(filter, p);
        long[] t = new long[Vectors.WORDS];
        long[] u = new long[Vectors.WORDS];
        RoaringBitmap out = new RoaringBitmap();
        for (int from = 0; from < p.rows(); from += Vectors.SIZE) {
            int n = Math.min(Vectors.SIZE, p.rows() - from);
            f.eval(from, n, t, u);
            add(out, from, n, t);
        }
        return out;
    }

    /** By {@link PassingRows}: the index selection, then the residual scan on its candidates. */
    static RoaringBitmap passing(Filter filter, Partition p) {
        // Two row ranges sharing one selection, as the parallel tasks of an aggregation read a partition.
        IndexSelector.Selection selection = PassingRows.select(filter, p);
        int middle = Math.min(p.rows(), (p.rows() / 2 / Vectors.SIZE + 1) * Vectors.SIZE);
        RoaringBitmap out = new RoaringBitmap();
        for (PassingRows rows : java.util.List.of(new PassingRows(selection, p, 0, middle),
                new PassingRows(selection, p, middle, p.rows()))) {
            while (rows.next()) {
                for (int i = 0; i < rows.count(); i++) {
                    out.add(rows.start() + rows.positions()[i]);
                }
            }
        }
        return out;
    }

    private static void add(RoaringBitmap out, int from, int n, long[] words) {
        for (int w = 0; w < Vectors.words(n); w++) {
            long word = words[w] & Vectors.valid(w, n);
            while (word != 0) {
                out.add(from + (w << 6) + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }
}
