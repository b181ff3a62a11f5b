package io.subcube.engine.exec;

import io.subcube.engine.exec.agg.Aggregation;
import io.subcube.engine.exec.join.JoinedRows;
import io.subcube.engine.exec.order.RowOrder;
import io.subcube.engine.exec.order.TopN;
import io.subcube.engine.storage.Table;
import java.util.Iterator;
import java.util.List;

/**
 * Runs a bound {@link QuerySpec} over its table: a join is first materialised by {@link JoinedRows}; plain
 * rows stream from a {@link RowCursor}, or, for an ORDER BY with a LIMIT on a primitive first key, come from
 * {@link TopRows}; a GROUP BY is computed whole by {@link Aggregation}; ORDER BY, OFFSET and LIMIT then apply
 * to the output rows, with a bounded heap when there is a LIMIT.
 */
public final class QueryRun {

    private QueryRun() {
    }

    /** The output rows, in the SQL layer's Java forms. */
    public static Iterator<Object[]> rows(Table table, QuerySpec spec) {
        if (spec.filter().hasParams() || spec.having().hasParams()
                || spec.isAggregated() && spec.aggregate().hasParams()) {
            throw new IllegalStateException("statement parameters of " + spec.table() + " were not bound");
        }
        if (spec.isJoined()) {
            JoinedRows.Joined joined = JoinedRows.join(table, spec);
            return rows(joined.table(), joined.rest());
        }
        if (TopRows.applies(table, spec)) {
            return TopRows.run(table, spec).iterator();
        }
        Iterator<Object[]> rows = spec.isAggregated() ? groups(table, spec).iterator() : cursor(table, spec);
        if (!spec.isOrdered()) {
            return rows;
        }
        List<Object[]> out = spec.order().isEmpty()
                ? TopN.slice(rows, spec.offset(), spec.fetch())
                : TopN.of(rows, new RowOrder(spec.order()), spec.offset(), spec.fetch());
        return out.iterator();
    }

    /** The GROUP BY's rows that pass HAVING. */
    private static List<Object[]> groups(Table table, QuerySpec spec) {
        List<Object[]> groups = Aggregation.run(table, spec.filter(), spec.aggregate());
        if (!spec.hasHaving()) {
            return groups;
        }
        RowPredicate having = new RowPredicate(spec.having(), spec.aggregate().outputColumns(table.columns()));
        List<Object[]> kept = new java.util.ArrayList<>();
        for (Object[] g : groups) {
            if (having.test(g)) {
                kept.add(g);
            }
        }
        return kept;
    }

    private static Iterator<Object[]> cursor(Table table, QuerySpec spec) {
        RowCursor cursor = new RowCursor(table, spec);
        return new Iterator<>() {
            private boolean ready;
            private boolean more;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    more = cursor.next();
                    ready = true;
                }
                return more;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return cursor.current();
            }
        };
    }
}
