package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.exec.Filter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * A GROUP BY pushed into the engine: the table columns grouped on, each as it is or through an expression
 * of it, and the aggregates computed per group. Its output rows hold the group values, in
 * {@code groupColumns} order, followed by the aggregates. With no group column it yields exactly one row, as
 * SQL's aggregate without GROUP BY does, even over no rows.
 *
 * @param groupColumns     table column positions, in output order
 * @param calls            aggregates, in output order
 * @param groupExpressions per group column, the expression of it grouped on, or null for the column itself
 */
public record AggregateSpec(int[] groupColumns, List<AggCall> calls, GroupExpression[] groupExpressions) {

    public AggregateSpec {
        groupColumns = groupColumns.clone();
        calls = List.copyOf(calls);
        groupExpressions = groupExpressions.clone();
        if (groupExpressions.length != groupColumns.length) {
            throw new IllegalArgumentException(groupExpressions.length + " group expressions for "
                    + groupColumns.length + " group columns");
        }
    }

    /** A GROUP BY of the columns themselves. */
    public AggregateSpec(int[] groupColumns, List<AggCall> calls) {
        this(groupColumns, calls, new GroupExpression[groupColumns.length]);
    }

    @Override
    public int[] groupColumns() {
        return groupColumns.clone();
    }

    @Override
    public GroupExpression[] groupExpressions() {
        return groupExpressions.clone();
    }

    public int groupCount() {
        return groupColumns.length;
    }

    /** Output fields: groups then aggregates. */
    public int width() {
        return groupColumns.length + calls.size();
    }

    /**
     * The output fields as columns: the group columns as they are in the table, then each aggregate, named as
     * EXPLAIN prints it, of its result type, nullable.
     */
    public List<ColumnDef> outputColumns(List<ColumnDef> tableColumns) {
        List<ColumnDef> out = new ArrayList<>();
        for (int i = 0; i < groupColumns.length; i++) {
            ColumnDef column = tableColumns.get(groupColumns[i]);
            GroupExpression e = groupExpressions[i];
            out.add(e == null ? column : new ColumnDef(e.describe(column.name()).toLowerCase(java.util.Locale.ROOT),
                    e.type(), true, ColumnDef.Source.DERIVED, "group expression"));
        }
        for (AggCall c : calls) {
            out.add(new ColumnDef(c.describe(tableColumns).toLowerCase(java.util.Locale.ROOT), c.result(), true,
                    ColumnDef.Source.DERIVED,
                    "aggregate"));
        }
        return out;
    }

    /** Whether some aggregate's FILTER still waits for a statement parameter. */
    public boolean hasParams() {
        return calls.stream().anyMatch(c -> c.filter().hasParams());
    }

    /** The same aggregates with each FILTER passed through {@code f} (binding its parameters). */
    public AggregateSpec mapFilters(UnaryOperator<Filter> f) {
        return new AggregateSpec(groupColumns, calls.stream().map(c -> c.withFilter(f.apply(c.filter()))).toList(),
                groupExpressions);
    }

    /** The same GROUP BY over other column positions (see {@link Filter#remapColumns}). */
    public AggregateSpec remapColumns(IntUnaryOperator to) {
        int[] groups = new int[groupColumns.length];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = to.applyAsInt(groupColumns[i]);
        }
        return new AggregateSpec(groups, calls.stream().map(c -> c.remapColumns(to)).toList(), groupExpressions);
    }

    /** The table columns the GROUP BY reads: group columns, aggregate arguments and FILTER columns. */
    public BitSet columns() {
        BitSet used = new BitSet();
        for (int g : groupColumns) {
            used.set(g);
        }
        for (AggCall c : calls) {
            if (c.column() >= 0) {
                used.set(c.column());
            }
            used.or(c.filter().columns());
        }
        return used;
    }

    /** Readable form with the table's column names, as EXPLAIN prints it. */
    public String describe(List<ColumnDef> columns) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < groupColumns.length; i++) {
            String name = columns.get(groupColumns[i]).name();
            groups.add(groupExpressions[i] == null ? name : groupExpressions[i].describe(name));
        }
        List<String> aggs = new ArrayList<>();
        for (AggCall c : calls) {
            aggs.add(c.describe(columns));
        }
        return "group=" + groups + ", aggregates=" + aggs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AggregateSpec a && Arrays.equals(a.groupColumns, groupColumns) && a.calls.equals(calls)
                && Arrays.equals(a.groupExpressions, groupExpressions);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(groupColumns) * 31 + calls.hashCode()) * 31 + Arrays.hashCode(groupExpressions);
    }

    @Override
    public String toString() {
        return "AggregateSpec[groups=" + Arrays.toString(groupColumns) + ", calls=" + calls + ", expressions="
                + Arrays.toString(groupExpressions) + "]";
    }
}
