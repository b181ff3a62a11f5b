package io.subcube.engine.exec.agg;

import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.IndexSelector;
import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.storage.Partition;

/**
 * The rows of a partition's row range passing a filter, a vector at a time, as {@link PassingRows} gives
 * them: a selection the indexes answer whole is read from its bitmap ({@link BitmapVectors}); any other
 * goes through {@link PassingRows}' vectorised scan.
 */
interface RowVectors {

    /** Moves to the next vector with at least one passing row; false when the range is done. */
    boolean next();

    /** First row of the current vector. */
    int start();

    /** Rows in the current vector. */
    int length();

    /** Passing rows in the current vector. */
    int count();

    /** Positions of the passing rows within the vector, ascending; shared, do not keep. */
    int[] positions();

    /** Rows {@code [from, to)} of {@code partition} passing the filter {@code selection} was made for. */
    static RowVectors of(IndexSelector.Selection selection, Partition partition, int from, int to) {
        if (selection.rows() != null && Filter.TRUE.equals(selection.residual())) {
            return new BitmapVectors(selection.rows(), from, to);
        }
        PassingRows rows = new PassingRows(selection, partition, from, to);
        return new RowVectors() {
            @Override
            public boolean next() {
                return rows.next();
            }

            @Override
            public int start() {
                return rows.start();
            }

            @Override
            public int length() {
                return rows.length();
            }

            @Override
            public int count() {
                return rows.count();
            }

            @Override
            public int[] positions() {
                return rows.positions();
            }
        };
    }
}
