package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import java.util.Arrays;

/** Builds a {@link DoubleColumn}. */
final class DoubleColumnBuilder extends ColumnBuilder {

    private double[] values = new double[1024];
    private final NullMaskBuilder nulls = new NullMaskBuilder();
    private int rows;

    @Override
    void append(ColumnBatch batch, int index) {
        double[] src = batch.doubles(index);
        boolean[] isNull = batch.nulls(index);
        int n = batch.size();
        if (rows + n > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, rows + n));
        }
        System.arraycopy(src, 0, values, rows, n);
        if (isNull != null) {
            for (int i = 0; i < n; i++) {
                if (isNull[i]) {
                    nulls.setNull(rows + i);
                    values[rows + i] = 0;
                }
            }
        }
        rows += n;
    }

    @Override
    DoubleColumn build() {
        return new DoubleColumn(Arrays.copyOf(values, rows), nulls.build(rows));
    }
}
