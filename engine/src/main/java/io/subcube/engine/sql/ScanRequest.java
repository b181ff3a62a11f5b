package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.QueryRun;
import io.subcube.engine.exec.QuerySpec;
import io.subcube.engine.exec.SemiJoinKeys;
import io.subcube.engine.storage.Table;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * What generated code calls to run a pushed-down query: the table and its {@link QuerySpec}. When the
 * spec's filter compares columns with statement parameters, each run binds their values from the
 * run's {@link DataContext} ({@code "?0"}, {@code "?1"}, ...).
 */
public final class ScanRequest {

    private final Table table;
    private final QuerySpec spec;

    ScanRequest(Table table, QuerySpec spec) {
        this.table = table;
        this.spec = spec;
    }

    /**
     * The spec ready to run: its semi-joins resolved to key sets and its parameter comparisons (of its filter,
     * its semi-joins' filters, its aggregates' FILTERs and its HAVING) bound to this run's parameter values.
     */
    private QuerySpec bound(DataContext root) {
        List<ColumnDef> columns = spec.isJoined() ? spec.join().columns(table) : table.columns();
        QuerySpec out = spec;
        if (spec.having().hasParams()) {
            out = out.withHaving(bind(spec.having(), spec.aggregate().outputColumns(columns), root));
        }
        if (spec.isAggregated() && spec.aggregate().hasParams()) {
            out = out.withAggregate(spec.aggregate().mapFilters(f -> bind(f, columns, root)));
        }
        if (spec.filter().hasParams() || spec.filter().anyLeaf(Filter.SemiJoin.class::isInstance)) {
            out = out.withFilter(bind(resolveSemiJoins(spec.filter(), root), columns, root));
        }
        return out;
    }

    /** {@code filter} with its semi-joins, and theirs in turn, resolved to key sets (their parameters bound). */
    private static Filter resolveSemiJoins(Filter filter, DataContext root) {
        return filter.mapLeaves(leaf -> leaf instanceof Filter.SemiJoin s
                ? SemiJoinKeys.resolve(new Filter.SemiJoin(s.column(), s.table(), s.keyColumn(),
                        bind(resolveSemiJoins(s.filter(), root), s.table().columns(), root)))
                : leaf);
    }

    /** {@code filter}, over {@code columns}, with its parameters bound to this run's values. */
    private static Filter bind(Filter filter, List<ColumnDef> columns, DataContext root) {
        if (!filter.hasParams()) {
            return filter;
        }
        RexToFilter binder = new RexToFilter(columns, new int[0]);
        return filter.bind(p -> binder.bind(p, root.get("?" + p.index())));
    }

    /** The only column's values, one per row, for a one-column query. */
    public Enumerable<Object> values(DataContext root) {
        return rows(root).select(row -> row[0]);
    }

    /** The rows of the query, one {@code Object[]} per row; plain rows are produced lazily. */
    public Enumerable<Object[]> rows(DataContext root) {
        QuerySpec spec = bound(root);
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                Iterator<Object[]> rows = QueryRun.rows(table, spec);
                return new Enumerator<>() {
                    private Object[] current;

                    @Override
                    public Object[] current() {
                        return current;
                    }

                    @Override
                    public boolean moveNext() {
                        if (!rows.hasNext()) {
                            current = null;
                            return false;
                        }
                        current = rows.next();
                        return true;
                    }

                    @Override
                    public void reset() {
                        throw new UnsupportedOperationException("reset");
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
    }
}
