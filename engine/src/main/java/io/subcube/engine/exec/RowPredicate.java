package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a {@link Filter} on single output rows (a pushed HAVING over a GROUP BY's few rows), where the
 * filter's columns are output fields and its literals are in each field's storage domain, with SQL
 * three-valued logic. Row values come in the SQL layer's Java forms and are brought to that domain here.
 */
public final class RowPredicate {

    private final Filter filter;
    private final List<ColumnDef> fields;

    /** {@code filter} over output fields described by {@code fields}; it has no parameters left. */
    public RowPredicate(Filter filter, List<ColumnDef> fields) {
        if (filter.hasParams()) {
            throw new IllegalArgumentException("row predicate with unbound parameters: " + filter);
        }
        this.filter = filter;
        this.fields = List.copyOf(fields);
    }

    /** Whether the row passes: the filter is TRUE for it. */
    public boolean test(Object[] row) {
        return Boolean.TRUE.equals(eval(filter, row));
    }

    private Boolean eval(Filter f, Object[] row) {
        if (f instanceof Filter.And a) {
            Boolean out = Boolean.TRUE;
            for (Filter c : a.children()) {
                Boolean v = eval(c, row);
                if (Boolean.FALSE.equals(v)) {
                    return false;
                }
                out = v == null ? null : out;
            }
            return out;
        } else if (f instanceof Filter.Or o) {
            Boolean out = Boolean.FALSE;
            for (Filter c : o.children()) {
                Boolean v = eval(c, row);
                if (Boolean.TRUE.equals(v)) {
                    return true;
                }
                out = v == null ? null : out;
            }
            return out;
        } else if (f instanceof Filter.Not n) {
            Boolean v = eval(n.child(), row);
            return v == null ? null : !v;
        } else if (f instanceof Filter.Truth t) {
            Boolean v = eval(t.child(), row);
            return switch (t.test()) {
                case IS_TRUE -> Boolean.TRUE.equals(v);
                case IS_NOT_TRUE -> !Boolean.TRUE.equals(v);
                case IS_FALSE -> Boolean.FALSE.equals(v);
                case IS_NOT_FALSE -> !Boolean.FALSE.equals(v);
            };
        } else if (f instanceof Filter.Constant k) {
            return k.value();
        } else if (f instanceof Filter.IsNull n) {
            return row[n.column()] == null;
        } else if (f instanceof Filter.Compare c) {
            Object v = stored(c.column(), row);
            if (v == null) {
                return null;
            }
            int cmp = compare(v, c.value());
            return switch (c.op()) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        } else if (f instanceof Filter.In in) {
            Object v = stored(in.column(), row);
            if (v == null) {
                return null;
            }
            return in.values().stream().anyMatch(x -> compare(v, x) == 0);
        } else if (f instanceof Filter.Like l) {
            Object v = row[l.column()];
            return v == null ? null : KeyRanges.likeToRegex(l.pattern(), l.escape()).matcher((String) v).matches();
        }
        throw new IllegalArgumentException("not evaluated on output rows: " + f);
    }

    /** A field's value in its storage domain: Long (DECIMAL unscaled, BOOLEAN 0/1), Double or String. */
    private Object stored(int field, Object[] row) {
        Object v = row[field];
        if (v == null || v instanceof String || v instanceof Double) {
            return v;
        } else if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof BigDecimal d) {
            return d.setScale(fields.get(field).type().scale()).unscaledValue().longValueExact();
        }
        return ((Number) v).longValue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        return ((Comparable) a).compareTo(Objects.requireNonNull(b));
    }
}
