package io.subcube.engine.storage;

/** A DOUBLE column as a plain array. */
public final class DoubleColumn implements Column {

    private final double[] values;
    private final NullMask nulls;

    DoubleColumn(double[] values, NullMask nulls) {
        // SQL has one zero: -0.0 is stored as 0.0, so grouping, DISTINCT and ORDER BY (which compare
        // Java doubles) see the one value that comparisons already see.
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0.0) {
                values[i] = 0.0;
            }
        }
        this.values = values;
        this.nulls = nulls;
    }

    public double get(int row) {
        return values[row];
    }

    /** Copies rows {@code [from, from + n)} into {@code out}. */
    public void decode(int from, int n, double[] out) {
        System.arraycopy(values, from, out, 0, n);
    }

    @Override
    public int rows() {
        return values.length;
    }

    @Override
    public NullMask nulls() {
        return nulls;
    }

    @Override
    public long bytes() {
        return 32 + 16 + 8L * values.length + (nulls == null ? 0 : nulls.bytes());
    }

    @Override
    public String encoding() {
        return "double";
    }
}
