package io.subcube.engine.exec;

import static io.subcube.engine.storage.index.IndexFixture.MONTH_ID;
import static io.subcube.engine.storage.index.IndexFixture.REST_DAYS;
import static io.subcube.engine.storage.index.IndexFixture.REST_GRID;
import static io.subcube.engine.storage.index.IndexFixture.ROAM_SCOPE;
import static io.subcube.engine.storage.index.IndexFixture.RURAL_SHARE;
import static io.subcube.engine.storage.index.IndexFixture.SUBSCRIBER_ID;
import static io.subcube.engine.storage.index.IndexFixture.WORK_GRID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.agg.AggCall;
import io.subcube.engine.exec.agg.AggregateSpec;
import io.subcube.engine.exec.order.SortKey;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import io.subcube.engine.storage.index.IndexBuilder;
import io.subcube.engine.storage.index.IndexFixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * ORDER BY … LIMIT over plain rows by first-key candidates against a reference that reads every row and
 * stable-sorts them: first keys of every integer-like kind, with NULLs first or last, ascending or
 * descending, heavy ties at the cut, OFFSET, LIMIT 0, more rows asked than pass, and partitions of several
 * blocks (several tasks) beside a small one.
 */
class TopRowsTest {

    private static final Table TABLE = IndexBuilder.index(IndexFixture.store(43, 140_000, 3_000, 70_001), 2,
            IndexFixture.anySize()).table("location_month");

    /** Output fields: what each projects, in order. */
    private static final int[] COLUMNS = {SUBSCRIBER_ID, WORK_GRID, REST_GRID, ROAM_SCOPE, RURAL_SHARE, MONTH_ID};
    private static final int F_ID = 0;
    private static final int F_WORK = 1;
    private static final int F_REST = 2;
    private static final int F_SCOPE = 3;
    private static final int F_SHARE = 4;
    private static final int F_MONTH = 5;

    private record Case(String name, Filter filter, BiPredicate<Partition, Integer> passes, List<SortKey> order,
                        long offset, long fetch) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Filter INTRA = new Filter.Compare(ROAM_SCOPE, Filter.Op.EQ, "INTRA");
    private static final BiPredicate<Partition, Integer> IS_INTRA = (p, r) -> "INTRA".equals(value(p, ROAM_SCOPE, r));
    private static final Filter FEW = Filter.and(List.of(new Filter.Compare(REST_DAYS, Filter.Op.EQ, 3L),
            new Filter.Compare(WORK_GRID, Filter.Op.EQ, 1005L)));
    private static final BiPredicate<Partition, Integer> IS_FEW = (p, r) -> Integer.valueOf(3).equals(
            value(p, REST_DAYS, r)) && Integer.valueOf(1005).equals(value(p, WORK_GRID, r));

    static List<Case> cases() {
        return List.of(
                new Case("nullable int desc, nulls first, then id", INTRA, IS_INTRA,
                        List.of(new SortKey(F_WORK, true, true), new SortKey(F_ID, false, false)), 0, 500),
                new Case("20 values asc nulls last: ties at the cut", Filter.TRUE, (p, r) -> true,
                        List.of(new SortKey(F_WORK, false, false)), 5, 10),
                new Case("decimal desc", INTRA, IS_INTRA, List.of(new SortKey(F_SHARE, true, false)), 0, 100),
                new Case("20% NULL first, then scope", Filter.TRUE, (p, r) -> true,
                        List.of(new SortKey(F_REST, false, true), new SortKey(F_SCOPE, true, false)), 0, 50),
                new Case("NULLs last desc past every value", Filter.TRUE, (p, r) -> true,
                        List.of(new SortKey(F_REST, true, false), new SortKey(F_ID, true, false)), 60_000, 300),
                new Case("month asc, id desc, across partitions", Filter.TRUE, (p, r) -> true,
                        List.of(new SortKey(F_MONTH, false, false), new SortKey(F_ID, true, false)), 0, 3_100),
                new Case("more asked than pass", FEW, IS_FEW, List.of(new SortKey(F_ID, true, false)), 0, 10_000),
                new Case("offset past the rows", FEW, IS_FEW, List.of(new SortKey(F_ID, true, false)), 10_000, 5),
                new Case("none pass", Filter.FALSE, (p, r) -> false, List.of(new SortKey(F_ID, false, false)), 0, 5),
                new Case("LIMIT 0", INTRA, IS_INTRA, List.of(new SortKey(F_ID, false, false)), 0, 0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void candidatesGiveTheRowsOfAFullSort(Case c) {
        QuerySpec spec = spec(c.filter(), c.order(), c.offset(), c.fetch());
        assertTrue(TopRows.applies(TABLE, spec));
        List<Object[]> expected = reference(c);
        List<Object[]> actual = TopRows.run(TABLE, spec);
        assertEquals(expected.size(), actual.size(), c.name());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(Arrays.asList(expected.get(i)), Arrays.asList(actual.get(i)), c.name() + ", row " + i);
        }
    }

    @Test
    void onlyPlainRowsWithALimitOnAPrimitiveFirstKey() {
        List<SortKey> byId = List.of(new SortKey(F_ID, false, false));
        assertFalse(TopRows.applies(TABLE, spec(Filter.TRUE, List.of(new SortKey(F_SCOPE, false, false)), 0, 5)),
                "a VARCHAR first key");
        assertFalse(TopRows.applies(TABLE, spec(Filter.TRUE, byId, 0, -1)), "no LIMIT");
        assertFalse(TopRows.applies(TABLE, spec(Filter.TRUE, byId, TopRows.MAX_KEEP, 1)), "too many rows kept");
        assertFalse(TopRows.applies(TABLE, spec(Filter.TRUE, List.of(), 0, 5)), "no ORDER BY");
        AggregateSpec count = new AggregateSpec(new int[] {WORK_GRID},
                List.of(new AggCall(AggCall.Kind.COUNT, -1, false, ColumnType.BIGINT)));
        assertFalse(TopRows.applies(TABLE, new QuerySpec("location_month", new int[0], Filter.TRUE, count,
                Filter.TRUE, byId, 0, 5)), "a GROUP BY");
    }

    private static QuerySpec spec(Filter filter, List<SortKey> order, long offset, long fetch) {
        return new QuerySpec("location_month", COLUMNS, filter, null, Filter.TRUE, order, offset, fetch);
    }

    /** Every passing row read whole, in scan order, stable-sorted, then sliced. */
    private static List<Object[]> reference(Case c) {
        List<Object[]> rows = new ArrayList<>();
        for (Partition p : TABLE.partitions()) {
            for (int r = 0; r < p.rows(); r++) {
                if (c.passes().test(p, r)) {
                    Object[] row = new Object[COLUMNS.length];
                    for (int f = 0; f < COLUMNS.length; f++) {
                        row[f] = value(p, COLUMNS[f], r);
                    }
                    rows.add(row);
                }
            }
        }
        rows.sort(order(c.order()));
        int from = (int) Math.min(c.offset(), rows.size());
        int to = (int) Math.min(rows.size(), c.offset() + c.fetch());
        return rows.subList(from, to);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object[]> order(List<SortKey> keys) {
        return (a, b) -> {
            for (SortKey k : keys) {
                Comparable x = (Comparable) a[k.field()];
                Comparable y = (Comparable) b[k.field()];
                int c;
                if (x == null || y == null) {
                    c = x == y ? 0 : x == null ? (k.nullsFirst() ? -1 : 1) : (k.nullsFirst() ? 1 : -1);
                } else {
                    c = k.descending() ? y.compareTo(x) : x.compareTo(y);
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static Object value(Partition p, int column, int r) {
        Column c = p.column(column);
        if (c.nulls() != null && c.nulls().isNull(r)) {
            return null;
        }
        if (c instanceof StringColumn s) {
            return s.value((int) s.codes().get(r));
        }
        return SqlValues.ofLong(TABLE.columns().get(column).type(), ((LongColumn) c).get(r));
    }
}
