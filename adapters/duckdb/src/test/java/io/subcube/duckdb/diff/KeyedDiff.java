package io.subcube.duckdb.diff;

import io.subcube.duckdb.compare.ResultTable;
import io.subcube.duckdb.compare.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two results row by row through a key (their first {@code keyColumns} columns) and column by
 * column, exactly: two values are equal only when both are NULL, or both have the same Java class and are
 * {@code equals} (a DECIMAL's scale included; no floating-point tolerance). Reports keys present on one
 * side only, duplicate keys, and for each other column how many rows differ with the first few (key,
 * both values), so a mismatch names its row, column and both values.
 */
public final class KeyedDiff {

    /** Differing rows a message shows per column. */
    static final int SHOWN = 5;

    private final String leftName;
    private final String rightName;

    public KeyedDiff(String leftName, String rightName) {
        this.leftName = leftName;
        this.rightName = rightName;
    }

    /** Empty when both results hold the same keys with exactly equal values, else a description. */
    public Optional<String> compare(ResultTable left, ResultTable right, int keyColumns) {
        if (left.columnCount() != right.columnCount()) {
            return Optional.of("column counts differ: " + leftName + " " + left.labels() + ", " + rightName + " "
                    + right.labels());
        }
        if (keyColumns < 1 || keyColumns >= left.columnCount()) {
            throw new IllegalArgumentException("key columns must be 1.." + (left.columnCount() - 1) + ": "
                    + keyColumns);
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < left.columnCount(); c++) {
            String l = left.labels().get(c).toLowerCase(Locale.ROOT);
            String r = right.labels().get(c).toLowerCase(Locale.ROOT);
            if (!l.equals(r)) {
                out.append("\n  column ").append(c + 1).append(" is ").append(leftName).append(" '").append(l)
                        .append("' but ").append(rightName).append(" '").append(r).append('\'');
            }
        }
        Map<List<Object>, List<Object>> l = index(left, keyColumns, leftName, out);
        Map<List<Object>, List<Object>> r = index(right, keyColumns, rightName, out);
        missing(l, r, leftName, out);
        missing(r, l, rightName, out);
        List<String> keyLabels = left.labels().subList(0, keyColumns);
        for (int c = keyColumns; c < left.columnCount(); c++) {
            int differing = 0;
            StringBuilder examples = new StringBuilder();
            for (Map.Entry<List<Object>, List<Object>> e : l.entrySet()) {
                List<Object> other = r.get(e.getKey());
                if (other == null) {
                    continue;
                }
                Object a = e.getValue().get(c);
                Object b = other.get(c);
                if (!same(a, b)) {
                    if (differing < SHOWN) {
                        examples.append("\n      ").append(key(keyLabels, e.getKey())).append(": ").append(leftName)
                                .append(' ').append(Values.show(a)).append(", ").append(rightName).append(' ')
                                .append(Values.show(b));
                    }
                    differing++;
                }
            }
            if (differing > 0) {
                out.append("\n  column ").append(left.labels().get(c)).append(": ").append(differing)
                        .append(" rows differ").append(examples);
                if (differing > SHOWN) {
                    out.append("\n      … ").append(differing - SHOWN).append(" more");
                }
            }
        }
        if (out.length() == 0) {
            return Optional.empty();
        }
        return Optional.of("rows: " + leftName + " " + left.rows().size() + ", " + rightName + " "
                + right.rows().size() + "; key " + keyLabels + "; values compared exactly" + out);
    }

    /** Exact equality: both NULL, or same class and equal (BigDecimal scale included). */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof BigDecimal x) {
            return x.scale() == ((BigDecimal) b).scale() && x.compareTo((BigDecimal) b) == 0;
        }
        return a.equals(b);
    }

    private static Map<List<Object>, List<Object>> index(ResultTable t, int keyColumns, String name,
                                                         StringBuilder out) {
        Map<List<Object>, List<Object>> byKey = new LinkedHashMap<>(t.rows().size() * 2);
        Map<List<Object>, Integer> duplicates = new HashMap<>();
        for (List<Object> row : t.rows()) {
            List<Object> key = List.copyOf(row.subList(0, keyColumns).stream()
                    .map(v -> v == null ? NullKey.NULL : v).toList());
            if (byKey.putIfAbsent(key, row) != null) {
                duplicates.merge(key, 1, Integer::sum);
            }
        }
        if (!duplicates.isEmpty()) {
            out.append("\n  ").append(name).append(" has ").append(duplicates.size()).append(" duplicate keys, e.g. ")
                    .append(duplicates.keySet().iterator().next());
        }
        return byKey;
    }

    private void missing(Map<List<Object>, List<Object>> from, Map<List<Object>, List<Object>> other, String name,
                         StringBuilder out) {
        List<List<Object>> only = new ArrayList<>();
        int count = 0;
        for (List<Object> key : from.keySet()) {
            if (!other.containsKey(key)) {
                if (only.size() < SHOWN) {
                    only.add(key);
                }
                count++;
            }
        }
        if (count > 0) {
            out.append("\n  ").append(count).append(" keys only in ").append(name).append(", e.g. ").append(only);
        }
    }

    private static String key(List<String> labels, List<Object> key) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < key.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(labels.get(i)).append('=').append(key.get(i));
        }
        return b.append(')').toString();
    }

    /** Stands for NULL in a key (List.copyOf refuses nulls). */
    private enum NullKey {
        NULL
    }
}
