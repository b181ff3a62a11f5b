package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.exec.SqlValues;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * SUM, $SUM0, AVG, MIN or MAX of an integer-like column (DECIMAL as unscaled longs, so sums are exact; an
 * overflowing sum is an error, never a wrapped value).
 */
final class LongStats extends Accumulator {

    private final AggCall.Kind kind;
    private final ColumnType input;
    /** The aggregate as SQL spells it, for errors. */
    private final String name;
    private final ColumnType result;
    private final LongColumn column;
    private final NullMask nulls;
    private final long[] buf;
    private long[] acc = new long[0];
    /**
     * Rows whose values may be summed without overflow checks: a slot's sum is at most {@code |value|} times
     * the rows added, so while the rows added stay below {@code Long.MAX_VALUE / max|value|} no sum can
     * overflow. {@code added} counts every row summed so far (an upper bound of any slot's).
     */
    private final long uncheckedRows;
    private long added;
    /**
     * Values per slot; for a SUM that does not count its rows ({@link #countsRows}), just whether the slot
     * has any.
     */
    private long[] n = new long[0];
    /**
     * Whether {@link #n} counts the values added per slot. An unfiltered SUM or $SUM0 of a column without
     * NULLs adds a value for every row of its slot, and only slots with rows are merged ({@link Aggregation}
     * tells used slots by their row count), so a merged slot of it always has values: it need not count
     * them, and saves a scattered update per row.
     */
    private final boolean countsRows;

    LongStats(AggCall call, ColumnDef input, LongColumn column) {
        this.kind = call.kind();
        this.input = input.type();
        this.name = call.kind() + "(" + input.name() + ")";
        this.result = call.result();
        this.column = column;
        this.nulls = column == null ? null : column.nulls();
        this.buf = column == null ? null : new long[PassingRows.VECTOR];
        long largest = column == null || column.min() == Long.MIN_VALUE ? -1
                : Math.max(Math.abs(column.min()), Math.abs(column.max()));
        this.uncheckedRows = largest < 0 ? 0 : largest == 0 ? Long.MAX_VALUE : Long.MAX_VALUE / largest;
        this.countsRows = column == null || nulls != null || call.isFiltered()
                || (kind != AggCall.Kind.SUM && kind != AggCall.Kind.SUM0);
    }

    @Override
    void ensure(int slots) {
        if (slots > n.length) {
            int old = n.length;
            int size = grown(old, slots);
            n = Arrays.copyOf(n, size);
            acc = Arrays.copyOf(acc, size);
        }
    }

    @Override
    void add(int start, int length, int[] positions, int count, int[] slots) {
        try {
            accumulate(start, length, positions, count, slots);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private ArithmeticException overflow() {
        return new ArithmeticException(name + " is out of the range of its type " + result.sqlName());
    }

    private void accumulate(int start, int length, int[] positions, int count, int[] slots) {
        // Only the passing rows are decoded: v[i] is the value of row start + positions[i].
        column.gather(start, positions, count, buf);
        long[] v = buf;
        long[] a = acc;
        long[] c = n;
        // One loop per function (and per NULL-ability), so both are chosen once per vector, not per row.
        if (nulls == null) {
            switch (kind) {
                case MIN -> {
                    for (int i = 0; i < count; i++) {
                        int s = slots[i];
                        a[s] = c[s]++ == 0 ? v[i] : Math.min(a[s], v[i]);
                    }
                }
                case MAX -> {
                    for (int i = 0; i < count; i++) {
                        int s = slots[i];
                        a[s] = c[s]++ == 0 ? v[i] : Math.max(a[s], v[i]);
                    }
                }
                default -> {
                    if (added <= uncheckedRows - count) {
                        // No sum of this many values of the column can overflow: plain adds.
                        for (int i = 0; i < count; i++) {
                            a[slots[i]] += v[i];
                        }
                    } else {
                        for (int i = 0; i < count; i++) {
                            int s = slots[i];
                            a[s] = Math.addExact(a[s], v[i]);
                        }
                    }
                    added += count;
                    // Apart from the sums: two scattered updates in one loop cost more than two loops.
                    if (countsRows) {
                        for (int i = 0; i < count; i++) {
                            c[slots[i]]++;
                        }
                    }
                }
            }
            return;
        }
        switch (kind) {
            case MIN -> {
                for (int i = 0; i < count; i++) {
                    if (!nulls.isNull(start + positions[i])) {
                        int s = slots[i];
                        a[s] = c[s]++ == 0 ? v[i] : Math.min(a[s], v[i]);
                    }
                }
            }
            case MAX -> {
                for (int i = 0; i < count; i++) {
                    if (!nulls.isNull(start + positions[i])) {
                        int s = slots[i];
                        a[s] = c[s]++ == 0 ? v[i] : Math.max(a[s], v[i]);
                    }
                }
            }
            default -> {
                added += count;
                for (int i = 0; i < count; i++) {
                    if (!nulls.isNull(start + positions[i])) {
                        int s = slots[i];
                        a[s] = Math.addExact(a[s], v[i]);
                        c[s]++;
                    }
                }
            }
        }
    }

    /**
     * Without GROUP BY: SUM, $SUM0 and AVG of a vector add up in a local sum (still checked for overflow),
     * and a NULL-free column's row count is the vector's.
     */
    @Override
    void addAll(int start, int length, int[] positions, int count, int[] zeros) {
        if (kind == AggCall.Kind.MIN || kind == AggCall.Kind.MAX || nulls != null) {
            add(start, length, positions, count, zeros);
            return;
        }
        column.gather(start, positions, count, buf);
        long[] v = buf;
        added += count;
        long sum = acc[0];
        try {
            for (int i = 0; i < count; i++) {
                sum = Math.addExact(sum, v[i]);
            }
        } catch (ArithmeticException e) {
            throw overflow();
        }
        acc[0] = sum;
        n[0] += count;
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        LongStats o = (LongStats) other;
        long values = o.countsRows ? o.n[from] : 1;
        if (values == 0) {
            return;
        }
        long v = o.acc[from];
        acc[to] = switch (kind) {
            case MIN -> n[to] == 0 ? v : Math.min(acc[to], v);
            case MAX -> n[to] == 0 ? v : Math.max(acc[to], v);
            default -> {
                try {
                    yield Math.addExact(acc[to], v);
                } catch (ArithmeticException e) {
                    throw overflow();
                }
            }
        };
        n[to] += values;
    }

    @Override
    Object result(int slot) {
        if (n[slot] == 0) {
            return kind == AggCall.Kind.SUM0 ? SqlValues.ofLong(result, 0) : null;
        }
        long v = acc[slot];
        if (kind == AggCall.Kind.AVG) {
            return BigDecimal.valueOf(v, input.scale()).doubleValue() / n[slot];
        }
        return switch (result.kind()) {
            case DECIMAL -> BigDecimal.valueOf(v, input.scale()).setScale(result.scale(), RoundingMode.HALF_UP);
            case INTEGER -> {
                if (v != (int) v) {
                    throw overflow();
                }
                yield (int) v;
            }
            default -> SqlValues.ofLong(result, v);
        };
    }
}
