package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a query asks of one table, as planning pushes it down: the columns to produce (table positions,
 * in output order) and the filter rows must pass. Later steps add grouping, aggregates, order and limit
 * to this same description.
 *
 * @param table   table name
 * @param columns table column positions to produce, in output order
 * @param filter  rows must satisfy it; {@link Filter#TRUE} for all rows
 */
public record QuerySpec(String table, int[] columns, Filter filter) {

    public QuerySpec {
        columns = columns.clone();
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
        return new QuerySpec(table, newColumns, filter);
    }

    /** This query with a further filter ANDed to its own. */
    public QuerySpec andFilter(Filter more) {
        return new QuerySpec(table, columns, Filter.and(List.of(filter, more)));
    }

    public boolean hasFilter() {
        return !Filter.TRUE.equals(filter);
    }

    /** Readable form with the table's column names, as EXPLAIN prints it. */
    public String describe(List<ColumnDef> tableColumns) {
        List<String> out = new ArrayList<>();
        for (int c : columns) {
            out.add(tableColumns.get(c).name());
        }
        return "table=" + table + (hasFilter() ? ", filter=" + filter.describe(tableColumns) : "")
                + ", columns=" + out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuerySpec q && q.table.equals(table) && Arrays.equals(q.columns, columns)
                && q.filter.equals(filter);
    }

    @Override
    public int hashCode() {
        return table.hashCode() * 31 * 31 + Arrays.hashCode(columns) * 31 + filter.hashCode();
    }

    @Override
    public String toString() {
        return "QuerySpec[" + table + ", columns=" + Arrays.toString(columns) + ", filter=" + filter + "]";
    }
}
