package io.subcube.engine.sql;

import io.subcube.engine.exec.QuerySpec;
import io.subcube.engine.exec.RowCursor;
import io.subcube.engine.storage.Table;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/** What generated code calls to run a pushed-down query: the table and its {@link QuerySpec}. */
public final class ScanRequest {

    private final Table table;
    private final QuerySpec spec;

    ScanRequest(Table table, QuerySpec spec) {
        this.table = table;
        this.spec = spec;
    }

    /** The only column's values, one per row, for a one-column query. */
    public Enumerable<Object> values() {
        return rows().select(row -> row[0]);
    }

    /** The rows of the query, one {@code Object[]} per row, produced lazily. */
    public Enumerable<Object[]> rows() {
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
