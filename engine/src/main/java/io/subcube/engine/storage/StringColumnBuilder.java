package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link StringColumn}: codes are handed out in arrival order while rows stream in, then the
 * dictionary is sorted and the codes renumbered once when the partition is sealed.
 */
final class StringColumnBuilder extends ColumnBuilder {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final LongColumnBuilder arrivalCodes = new LongColumnBuilder();

    @Override
    void append(ColumnBatch batch, int index) {
        String[] src = batch.strings(index);
        boolean[] isNull = batch.nulls(index);
        int n = batch.size();
        for (int i = 0; i < n; i++) {
            String s = src[i];
            if (s == null || (isNull != null && isNull[i])) {
                arrivalCodes.append(0, true);
            } else {
                Integer code = codes.get(s);
                if (code == null) {
                    code = values.size();
                    codes.put(s, code);
                    values.add(s);
                }
                arrivalCodes.append(code, false);
            }
        }
    }

    @Override
    StringColumn build() {
        LongColumn provisional = arrivalCodes.build();
        String[] dictionary = values.toArray(new String[0]);
        Arrays.sort(dictionary);
        long[] remap = new long[dictionary.length];
        for (int code = 0; code < dictionary.length; code++) {
            remap[codes.get(dictionary[code])] = code;
        }
        LongColumnBuilder sorted = new LongColumnBuilder();
        long[] buf = new long[PackedBlock.CAPACITY];
        boolean[] isNull = new boolean[PackedBlock.CAPACITY];
        int rows = provisional.rows();
        for (int from = 0; from < rows; from += PackedBlock.CAPACITY) {
            int n = Math.min(PackedBlock.CAPACITY, rows - from);
            provisional.decode(from, n, buf);
            for (int i = 0; i < n; i++) {
                isNull[i] = provisional.isNull(from + i);
                buf[i] = isNull[i] ? 0 : remap[(int) buf[i]];
            }
            sorted.append(buf, isNull, n);
        }
        return new StringColumn(dictionary, sorted.build());
    }
}
