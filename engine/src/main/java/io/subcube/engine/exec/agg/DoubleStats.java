package io.subcube.engine.exec.agg;

import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.NullMask;
import java.util.Arrays;

/** SUM, $SUM0, AVG, MIN or MAX of a DOUBLE column. */
final class DoubleStats extends Accumulator {

    private final AggCall.Kind kind;
    private final DoubleColumn column;
    private final NullMask nulls;
    private double[] acc = new double[0];
    private long[] n = new long[0];

    DoubleStats(AggCall call, DoubleColumn column) {
        this.kind = call.kind();
        this.column = column;
        this.nulls = column == null ? null : column.nulls();
    }

    @Override
    void ensure(int slots) {
        if (slots > n.length) {
            int size = grown(n.length, slots);
            n = Arrays.copyOf(n, size);
            acc = Arrays.copyOf(acc, size);
        }
    }

    @Override
    void add(int start, int length, int[] positions, int count, int[] slots) {
        double[] a = acc;
        long[] c = n;
        switch (kind) {
            case MIN -> {
                for (int i = 0; i < count; i++) {
                    int row = start + positions[i];
                    if (nulls == null || !nulls.isNull(row)) {
                        int s = slots[i];
                        double v = column.get(row);
                        a[s] = c[s]++ == 0 ? v : Math.min(a[s], v);
                    }
                }
            }
            case MAX -> {
                for (int i = 0; i < count; i++) {
                    int row = start + positions[i];
                    if (nulls == null || !nulls.isNull(row)) {
                        int s = slots[i];
                        double v = column.get(row);
                        a[s] = c[s]++ == 0 ? v : Math.max(a[s], v);
                    }
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    int row = start + positions[i];
                    if (nulls == null || !nulls.isNull(row)) {
                        int s = slots[i];
                        a[s] += column.get(row);
                        c[s]++;
                    }
                }
            }
        }
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        DoubleStats o = (DoubleStats) other;
        if (o.n[from] == 0) {
            return;
        }
        double v = o.acc[from];
        acc[to] = switch (kind) {
            case MIN -> n[to] == 0 ? v : Math.min(acc[to], v);
            case MAX -> n[to] == 0 ? v : Math.max(acc[to], v);
            default -> acc[to] + v;
        };
        n[to] += o.n[from];
    }

    @Override
    Object result(int slot) {
        if (n[slot] == 0) {
            return kind == AggCall.Kind.SUM0 ? 0.0 : null;
        }
        return kind == AggCall.Kind.AVG ? acc[slot] / n[slot] : acc[slot];
    }
}
