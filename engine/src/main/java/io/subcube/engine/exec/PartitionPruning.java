package io.subcube.engine.exec;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;

/**
 * Decides from a partition's column statistics (min and max of integer-like columns, the dictionary of
 * string columns) that no row of it can pass a filter, so a query never opens it: a month partition for
 * {@code month_id = 202409} of another month, a city absent from the month's dictionary.
 */
public final class PartitionPruning {

    private PartitionPruning() {
    }

    /** False when no row of the partition can make the filter TRUE; true when some may. */
    public static boolean mayPass(Filter filter, Partition p) {
        if (filter instanceof Filter.And a) {
            for (Filter child : a.children()) {
                if (!mayPass(child, p)) {
                    return false;
                }
            }
            return true;
        } else if (filter instanceof Filter.Or o) {
            for (Filter child : o.children()) {
                if (mayPass(child, p)) {
                    return true;
                }
            }
            return false;
        } else if (filter instanceof Filter.Constant k) {
            return Boolean.TRUE.equals(k.value());
        } else if (filter instanceof Filter.Compare c) {
            return mayEqualOrCompare(p.column(c.column()), c.op(), c.value());
        } else if (filter instanceof Filter.InKeys k) {
            LongKeySet keys = k.keys();
            return keys.size() > 0 && p.column(k.column()) instanceof LongColumn lc && lc.rows() > 0
                    && keys.min() <= lc.max() && keys.max() >= lc.min();
        } else if (filter instanceof Filter.In in) {
            for (Object v : in.values()) {
                if (mayEqualOrCompare(p.column(in.column()), Filter.Op.EQ, v)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean mayEqualOrCompare(Column column, Filter.Op op, Object value) {
        if (column.rows() == 0) {
            return false;
        }
        if (column instanceof LongColumn lc && value instanceof Long v) {
            if (lc.nulls() != null && lc.nulls().count() == lc.rows()) {
                return false;
            }
            return switch (op) {
                case EQ -> v >= lc.min() && v <= lc.max();
                case NE -> lc.min() != lc.max() || lc.min() != v;
                case LT -> lc.min() < v;
                case LE -> lc.min() <= v;
                case GT -> lc.max() > v;
                case GE -> lc.max() >= v;
            };
        }
        if (column instanceof StringColumn sc && value instanceof String s && op == Filter.Op.EQ) {
            return sc.lookup(s) >= 0;
        }
        return true;
    }
}
