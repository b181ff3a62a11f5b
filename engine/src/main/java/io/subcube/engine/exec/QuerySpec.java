package io.subcube.engine.exec;

import io.subcube.engine.exec.agg.AggregateSpec;
import io.subcube.engine.exec.join.KeyJoin;
import io.subcube.engine.exec.order.SortKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a query asks of one table, or of one table joined with another by key, as planning pushes it down:
 * the filter rows must pass, then either the
 * columns to produce (table positions, in output order) or a GROUP BY computing groups and aggregates,
 * then HAVING over the groups, then an order with OFFSET and LIMIT over the output rows.
 *
 * @param table     table name
 * @param columns   table column positions to produce, in output order; unused when {@code aggregate} is set
 * @param filter    rows must satisfy it; {@link Filter#TRUE} for all rows
 * @param aggregate the GROUP BY producing the output, or null for plain rows
 * @param having    groups must satisfy it (columns are output fields); {@link Filter#TRUE} for all groups
 * @param order     sort keys over output fields; empty for no ORDER BY
 * @param offset    output rows to skip
 * @param fetch     output rows to keep at most; −1 for all
 * @param join      the table's rows are those of this join, whose columns the positions above refer to; null
 *                  for the table alone
 */
public record QuerySpec(String table, int[] columns, Filter filter, AggregateSpec aggregate, Filter having,
                        List<SortKey> order, long offset, long fetch, KeyJoin join) {

    public QuerySpec {
        columns = columns.clone();
        order = List.copyOf(order);
    }

    /** A query of the table alone. */
    public QuerySpec(String table, int[] columns, Filter filter, AggregateSpec aggregate, Filter having,
                     List<SortKey> order, long offset, long fetch) {
        this(table, columns, filter, aggregate, having, order, offset, fetch, null);
    }

    /** Rows of the given columns that pass the filter. */
    public QuerySpec(String table, int[] columns, Filter filter) {
        this(table, columns, filter, null, Filter.TRUE, List.of(), 0, -1, null);
    }

    /** Every column of a table of {@code width} columns, no filter. */
    public static QuerySpec scanAll(String table, int width) {
        int[] all = new int[width];
        for (int i = 0; i < width; i++) {
            all[i] = i;
        }
        return new QuerySpec(table, all, Filter.TRUE);
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    public int columnCount() {
        return columns.length;
    }

    public int column(int outputIndex) {
        return columns[outputIndex];
    }

    public QuerySpec withColumns(int[] newColumns) {
        return new QuerySpec(table, newColumns, filter, aggregate, having, order, offset, fetch, join);
    }

    /** This query with a further filter ANDed to its own. */
    public QuerySpec andFilter(Filter more) {
        return withFilter(Filter.and(List.of(filter, more)));
    }

    /** This query with its filter replaced (bound parameters). */
    public QuerySpec withFilter(Filter newFilter) {
        return new QuerySpec(table, columns, newFilter, aggregate, having, order, offset, fetch, join);
    }

    /** This query grouped and aggregated. */
    public QuerySpec withAggregate(AggregateSpec newAggregate) {
        return new QuerySpec(table, columns, filter, newAggregate, having, order, offset, fetch, join);
    }

    /** This query's output ordered, then cut to {@code newFetch} rows after {@code newOffset}. */
    public QuerySpec withOrder(List<SortKey> newOrder, long newOffset, long newFetch) {
        return new QuerySpec(table, columns, filter, aggregate, having, newOrder, newOffset, newFetch, join);
    }

    /** This grouped query keeping only the groups that pass {@code more} as well. */
    public QuerySpec andHaving(Filter more) {
        return new QuerySpec(table, columns, filter, aggregate, Filter.and(List.of(having, more)), order, offset, fetch, join);
    }

    /** This query over the rows of {@code newJoin}, its column positions those of the joined rows. */
    public QuerySpec withJoin(KeyJoin newJoin) {
        return new QuerySpec(table, columns, filter, aggregate, having, order, offset, fetch, newJoin);
    }

    /** This query with its HAVING replaced (bound parameters). */
    public QuerySpec withHaving(Filter newHaving) {
        return new QuerySpec(table, columns, filter, aggregate, newHaving, order, offset, fetch, join);
    }

    public boolean isJoined() {
        return join != null;
    }

    public boolean hasHaving() {
        return !Filter.TRUE.equals(having);
    }

    public boolean hasFilter() {
        return !Filter.TRUE.equals(filter);
    }

    public boolean isAggregated() {
        return aggregate != null;
    }

    /** Whether ORDER BY, OFFSET or LIMIT was pushed. */
    public boolean isOrdered() {
        return !order.isEmpty() || offset > 0 || fetch >= 0;
    }

    /** Fields of an output row. */
    public int width() {
        return aggregate != null ? aggregate.width() : columns.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuerySpec q && q.table.equals(table) && Arrays.equals(q.columns, columns)
                && q.filter.equals(filter) && Objects.equals(q.aggregate, aggregate) && q.having.equals(having)
                && q.order.equals(order)
                && q.offset == offset && q.fetch == fetch && Objects.equals(q.join, join);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, Arrays.hashCode(columns), filter, aggregate, having, order, offset, fetch, join);
    }

    @Override
    public String toString() {
        return "QuerySpec[" + table + ", columns=" + Arrays.toString(columns) + ", filter=" + filter
                + ", aggregate=" + aggregate + ", having=" + having + ", order=" + order + ", offset=" + offset
                + ", fetch=" + fetch + (join == null ? "" : ", join=" + join.right().name()) + "]";
    }
}
