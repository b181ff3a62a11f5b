package io.subcube.engine.exec.agg;

import static io.subcube.engine.storage.index.IndexFixture.CAMPUS_PEERS;
import static io.subcube.engine.storage.index.IndexFixture.CAMPUS_SHARE;
import static io.subcube.engine.storage.index.IndexFixture.REST_DAYS;
import static io.subcube.engine.storage.index.IndexFixture.REST_GRID;
import static io.subcube.engine.storage.index.IndexFixture.ROAM_SCOPE;
import static io.subcube.engine.storage.index.IndexFixture.RURAL_SHARE;
import static io.subcube.engine.storage.index.IndexFixture.SUBSCRIBER_ID;
import static io.subcube.engine.storage.index.IndexFixture.WORK_GRID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.SqlValues;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import io.subcube.engine.storage.index.IndexBuilder;
import io.subcube.engine.storage.index.IndexFixture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The aggregation's vector loops (only the passing rows decoded, one loop per kind of group code and per
 * function, bulk sums without GROUP BY) against a plain row-at-a-time reference, on partitions with NULLs,
 * every kind of group code (dictionary, offset, numbered, hashed keys) and selections that are whole, dense,
 * sparse, a prefix of the rows or empty.
 */
class AggregationReferenceTest {

    private static final Table TABLE = IndexBuilder.index(IndexFixture.store(41, 70_000, 3_000), 2,
            IndexFixture.anySize()).table("location_month");

    private record Case(String name, Filter filter, BiPredicate<Partition, Integer> passes) {
    }

    private static final List<Case> FILTERS = List.of(
            new Case("every row", Filter.TRUE, (p, r) -> true),
            new Case("a third", new Filter.Compare(ROAM_SCOPE, Filter.Op.EQ, "INTRA"),
                    (p, r) -> "INTRA".equals(value(p, ROAM_SCOPE, r))),
            new Case("a thirty-first", new Filter.Compare(REST_DAYS, Filter.Op.EQ, 3L),
                    (p, r) -> Integer.valueOf(3).equals(value(p, REST_DAYS, r))),
            new Case("few", Filter.and(List.of(new Filter.Compare(WORK_GRID, Filter.Op.EQ, 1005L),
                            new Filter.Compare(ROAM_SCOPE, Filter.Op.EQ, "NONE"))),
                    (p, r) -> Integer.valueOf(1005).equals(value(p, WORK_GRID, r))
                            && "NONE".equals(value(p, ROAM_SCOPE, r))),
            new Case("a prefix", new Filter.Compare(SUBSCRIBER_ID, Filter.Op.LE, 1500L),
                    (p, r) -> (Long) value(p, SUBSCRIBER_ID, r) <= 1500),
            new Case("none", new Filter.Compare(REST_DAYS, Filter.Op.GT, 100L), (p, r) -> false));

    private static final List<int[]> GROUPINGS = List.of(
            new int[0],
            new int[] {ROAM_SCOPE},
            new int[] {WORK_GRID},
            new int[] {REST_GRID},
            new int[] {ROAM_SCOPE, WORK_GRID, CAMPUS_PEERS},
            new int[] {SUBSCRIBER_ID});

    private static List<AggCall> calls() {
        List<ColumnDef> defs = TABLE.columns();
        return List.of(
                new AggCall(AggCall.Kind.COUNT, -1, false, ColumnType.BIGINT),
                new AggCall(AggCall.Kind.COUNT, WORK_GRID, false, ColumnType.BIGINT),
                new AggCall(AggCall.Kind.SUM, RURAL_SHARE, false, defs.get(RURAL_SHARE).type()),
                new AggCall(AggCall.Kind.SUM, WORK_GRID, false, ColumnType.BIGINT),
                new AggCall(AggCall.Kind.MIN, WORK_GRID, false, defs.get(WORK_GRID).type()),
                new AggCall(AggCall.Kind.MAX, REST_GRID, false, defs.get(REST_GRID).type()),
                new AggCall(AggCall.Kind.MIN, CAMPUS_SHARE, false, defs.get(CAMPUS_SHARE).type()),
                new AggCall(AggCall.Kind.AVG, REST_DAYS, false, ColumnType.DOUBLE),
                new AggCall(AggCall.Kind.COUNT, REST_GRID, true, ColumnType.BIGINT),
                new AggCall(AggCall.Kind.COUNT, SUBSCRIBER_ID, true, ColumnType.BIGINT));
    }

    @Test
    void everyGroupingAndSelectionMatchesTheRowByRowReference() {
        List<AggCall> calls = calls();
        for (Case c : FILTERS) {
            for (int[] groups : GROUPINGS) {
                AggregateSpec spec = new AggregateSpec(groups, calls);
                String what = c.name() + ", group by " + Arrays.toString(groups);
                assertEquals(reference(c, groups, calls), actual(Aggregation.run(TABLE, c.filter(), spec), groups.length),
                        what);
            }
        }
    }

    /**
     * A FILTERed SUM of a column without NULLs: groups whose rows all fail the FILTER have rows but no value,
     * so SUM is NULL and $SUM0 is 0 there, while the unfiltered SUM of the same column has a value in every
     * group.
     */
    @Test
    void filteredSumsOfAColumnWithoutNullsTellGroupsWithoutValues() {
        Case prefix = FILTERS.get(4);
        AggCall count = new AggCall(AggCall.Kind.COUNT, -1, false, ColumnType.BIGINT);
        AggCall sum = new AggCall(AggCall.Kind.SUM, REST_DAYS, false, ColumnType.BIGINT);
        List<AggCall> calls = List.of(count, sum, sum.withFilter(prefix.filter()),
                new AggCall(AggCall.Kind.SUM0, REST_DAYS, false, ColumnType.BIGINT, prefix.filter()));
        int[] groups = {CAMPUS_PEERS};
        Map<List<Object>, List<Object>> all = reference(FILTERS.get(0), groups, List.of(count, sum));
        Map<List<Object>, List<Object>> filtered = reference(prefix, groups, List.of(sum));
        Map<List<Object>, List<Object>> expected = new HashMap<>();
        all.forEach((key, aggs) -> {
            Object s = filtered.containsKey(key) ? filtered.get(key).get(0) : null;
            expected.put(key, Arrays.asList(aggs.get(0), aggs.get(1), s, s == null ? 0L : s));
        });
        assertTrue(expected.values().stream().anyMatch(v -> v.get(2) == null), "some group without FILTERed rows");
        assertTrue(expected.values().stream().anyMatch(v -> v.get(2) != null), "some group with FILTERed rows");
        assertEquals(expected, actual(Aggregation.run(TABLE, Filter.TRUE, new AggregateSpec(groups, calls)), 1));
    }

    private static Map<List<Object>, List<Object>> actual(List<Object[]> rows, int groupCount) {
        Map<List<Object>, List<Object>> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(Arrays.asList(Arrays.copyOf(row, groupCount)),
                    Arrays.asList(Arrays.copyOfRange(row, groupCount, row.length)));
        }
        return out;
    }

    /** Per group: the passing rows' values of each aggregated column, read one row at a time. */
    private static Map<List<Object>, List<Object>> reference(Case c, int[] groups, List<AggCall> calls) {
        Map<List<Object>, List<List<Object>>> inputs = new HashMap<>();
        if (groups.length == 0) {
            inputs.put(List.of(), new ArrayList<>());
        }
        for (Partition p : TABLE.partitions()) {
            for (int r = 0; r < p.rows(); r++) {
                if (!c.passes().test(p, r)) {
                    continue;
                }
                List<Object> key = new ArrayList<>();
                for (int g : groups) {
                    key.add(value(p, g, r));
                }
                List<Object> values = new ArrayList<>();
                for (AggCall call : calls) {
                    values.add(call.column() < 0 ? Long.valueOf(1) : raw(p, call.column(), r));
                }
                inputs.computeIfAbsent(key, k -> new ArrayList<>()).add(values);
            }
        }
        Map<List<Object>, List<Object>> out = new HashMap<>();
        inputs.forEach((key, rows) -> {
            List<Object> aggs = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                aggs.add(aggregate(calls.get(i), rows, i));
            }
            out.put(key, aggs);
        });
        return out;
    }

    private static Object aggregate(AggCall call, List<List<Object>> rows, int i) {
        List<Long> v = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.get(i) != null) {
                v.add((Long) row.get(i));
            }
        }
        if (call.kind() == AggCall.Kind.COUNT) {
            return call.distinct() ? (long) new HashSet<>(v).size() : (long) v.size();
        }
        if (v.isEmpty()) {
            return null;
        }
        ColumnType input = TABLE.columns().get(call.column()).type();
        long sum = v.stream().mapToLong(Long::longValue).sum();
        return switch (call.kind()) {
            case SUM -> call.result().kind() == ColumnType.Kind.BIGINT ? sum : SqlValues.ofLong(input, sum);
            case MIN -> SqlValues.ofLong(input, v.stream().mapToLong(Long::longValue).min().getAsLong());
            case MAX -> SqlValues.ofLong(input, v.stream().mapToLong(Long::longValue).max().getAsLong());
            case AVG -> BigDecimal.valueOf(sum, input.scale()).doubleValue() / v.size();
            default -> throw new AssertionError(call);
        };
    }

    /** The stored long of a row ({@code null} for NULL). */
    private static Long raw(Partition p, int column, int r) {
        LongColumn c = (LongColumn) p.column(column);
        return c.nulls() != null && c.nulls().isNull(r) ? null : c.get(r);
    }

    /** The SQL value of a row in the engine's Java form. */
    private static Object value(Partition p, int column, int r) {
        Column c = p.column(column);
        if (c.nulls() != null && c.nulls().isNull(r)) {
            return null;
        }
        if (c instanceof StringColumn s) {
            return s.dictionary()[(int) s.codes().get(r)];
        }
        return SqlValues.ofLong(TABLE.columns().get(column).type(), ((LongColumn) c).get(r));
    }

    @Test
    void distinctValuesAreNotCountedTwiceAcrossPartitions() {
        Set<Long> ids = new HashSet<>();
        for (Partition p : TABLE.partitions()) {
            for (int r = 0; r < p.rows(); r++) {
                ids.add(raw(p, SUBSCRIBER_ID, r));
            }
        }
        AggregateSpec spec = new AggregateSpec(new int[0],
                List.of(new AggCall(AggCall.Kind.COUNT, SUBSCRIBER_ID, true, ColumnType.BIGINT)));
        assertEquals((long) ids.size(), Aggregation.run(TABLE, Filter.TRUE, spec).get(0)[0]);
    }
}
