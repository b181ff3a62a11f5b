package io.subcube.engine.sql;

import io.subcube.engine.exec.QuerySpec;
import io.subcube.engine.exec.RowCursor;
import io.subcube.engine.storage.Table;
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

    /** The spec with its parameter comparisons bound to this run's parameter values. */
    private QuerySpec bound(DataContext root) {
        if (!spec.filter().hasParams()) {
            return spec;
        }
        RexToFilter binder = new RexToFilter(table.columns(), spec.columns());
        return new QuerySpec(spec.table(), spec.columns(),
                spec.filter().bind(p -> binder.bind(p, root.get("?" + p.index()))));
    }

    /** The only column's values, one per row, for a one-column query. */
    public Enumerable<Object> values(DataContext root) {
        return rows(root).select(row -> row[0]);
    }

    /** The rows of the query, one {@code Object[]} per row, produced lazily. */
    public Enumerable<Object[]> rows(DataContext root) {
        QuerySpec spec = bound(root);
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                RowCursor cursor = new RowCursor(table, spec);
                return new Enumerator<>() {
                    @Override
                    public Object[] current() {
                        return cursor.current();
                    }

                    @Override
                    public boolean moveNext() {
                        return cursor.next();
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
