package io.subcube.engine.exec;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.List;

/**
 * Turns a {@link Filter} into {@link VectorFilter} nodes bound to one partition's columns. String
 * predicates become sets of dictionary codes here, once per partition, so rows are only ever tested
 * on integer codes.
 */
final class FilterCompiler {

    private final Partition partition;

    private FilterCompiler(Partition partition) {
        this.partition = partition;
    }

    static VectorFilter compile(Filter filter, Partition partition) {
        return new FilterCompiler(partition).node(filter);
    }

    private VectorFilter node(Filter f) {
        if (f instanceof Filter.And a) {
            return new VectorFilter.And(nodes(a.children()));
        } else if (f instanceof Filter.Or o) {
            return new VectorFilter.Or(nodes(o.children()));
        } else if (f instanceof Filter.Not n) {
            return new VectorFilter.Not(node(n.child()));
        } else if (f instanceof Filter.Truth t) {
            return new VectorFilter.Truth(node(t.child()), t.test());
        } else if (f instanceof Filter.Constant k) {
            return new VectorFilter.Constant(k.value());
        } else if (f instanceof Filter.IsNull n) {
            return new VectorFilter.IsNull(partition.column(n.column()).nulls());
        } else if (f instanceof Filter.Compare c) {
            return compare(c, partition.column(c.column()));
        } else if (f instanceof Filter.In in) {
            return in(in, partition.column(in.column()));
        } else if (f instanceof Filter.Like l) {
            return keySet(l, column(l.column(), StringColumn.class));
        } else if (f instanceof Filter.InKeys k) {
            return new VectorFilter.LongSet(column(k.column(), LongColumn.class), k.keys());
        } else if (f instanceof Filter.SemiJoin s) {
            throw new IllegalStateException("semi-join with " + s.table().name() + " was not resolved");
        } else if (f instanceof Filter.Param p) {
            throw new IllegalStateException("statement parameter ?" + p.index() + " was not bound");
        }
        throw new IllegalArgumentException("unsupported filter " + f);
    }

    private VectorFilter[] nodes(List<Filter> filters) {
        VectorFilter[] out = new VectorFilter[filters.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node(filters.get(i));
        }
        return out;
    }

    private <T extends Column> T column(int index, Class<T> kind) {
        Column c = partition.column(index);
        if (!kind.isInstance(c)) {
            throw new IllegalArgumentException("column " + index + " is " + c.getClass().getSimpleName()
                    + ", filter needs " + kind.getSimpleName());
        }
        return kind.cast(c);
    }

    private static VectorFilter compare(Filter.Compare c, Column column) {
        if (column instanceof LongColumn lc) {
            return new VectorFilter.LongCompare(lc, c.op(), (Long) c.value());
        } else if (column instanceof DoubleColumn dc) {
            return new VectorFilter.DoubleCompare(dc, c.op(), (Double) c.value());
        }
        return keySet(c, column);
    }

    private static VectorFilter in(Filter.In in, Column column) {
        if (column instanceof DoubleColumn dc) {
            double[] set = in.values().stream().mapToDouble(v -> (Double) v).distinct().sorted().toArray();
            return new VectorFilter.DoubleSet(dc, set);
        }
        return keySet(in, column);
    }

    /** A leaf as membership of the column's keys (integer values, or dictionary codes) in those it accepts. */
    private static VectorFilter keySet(Filter leaf, Column column) {
        return new VectorFilter.LongSet(KeyRanges.keys(column), LongKeySet.ofSorted(KeyRanges.of(leaf, column).keys()));
    }
}
