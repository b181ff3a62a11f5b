package io.subcube.engine.exec.agg;

import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.StringColumn;
import java.util.Arrays;

/**
 * MIN or MAX of a VARCHAR column. Within a partition the dictionary is sorted, so the task compares codes;
 * merging turns codes into strings, since each partition has its own dictionary.
 */
final class StringExtreme extends Accumulator {

    private final boolean max;
    /** The task's column, whose dictionary gives codes their strings; null for a merge target. */
    private final StringColumn dictionary;
    private final LongColumn codes;
    private final NullMask nulls;
    private final long[] buf;
    private int[] code = new int[0];
    private String[] value = new String[0];

    StringExtreme(AggCall call, StringColumn column) {
        this.max = call.kind() == AggCall.Kind.MAX;
        this.dictionary = column;
        this.codes = column == null ? null : column.codes();
        this.nulls = column == null ? null : column.nulls();
        this.buf = column == null ? null : new long[PassingRows.VECTOR];
    }

    @Override
    void ensure(int slots) {
        if (slots > value.length) {
            int old = value.length;
            int size = grown(old, slots);
            value = Arrays.copyOf(value, size);
            code = Arrays.copyOf(code, size);
            Arrays.fill(code, old, size, -1);
        }
    }

    @Override
    void add(int start, int length, int[] positions, int count, int[] slots) {
        codes.decode(start, length, buf);
        int[] a = code;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            if (nulls == null || !nulls.isNull(start + p)) {
                int s = slots[i];
                int c = (int) buf[p];
                if (a[s] < 0 || (max ? c > a[s] : c < a[s])) {
                    a[s] = c;
                }
            }
        }
    }

    @Override
    void merge(Accumulator other, int from, int to) {
        String v = ((StringExtreme) other).result(from);
        if (v != null && (value[to] == null || (max ? v.compareTo(value[to]) > 0 : v.compareTo(value[to]) < 0))) {
            value[to] = v;
        }
    }

    @Override
    String result(int slot) {
        return dictionary == null ? value[slot] : code[slot] < 0 ? null : dictionary.value(code[slot]);
    }
}
