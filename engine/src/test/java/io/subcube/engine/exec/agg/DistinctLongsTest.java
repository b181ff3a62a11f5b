package io.subcube.engine.exec.agg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StoreBuilder;
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
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * {@code COUNT(DISTINCT)} of integer columns against a HashSet per group: ids sorted, nearly sorted, random
 * over the whole 32-bit range, repeated, negative or beyond 2^32, and NULLs, over several partitions of more
 * than one task each, with filters the indexes answer whole, partly or not at all.
 */
class DistinctLongsTest {

    private static final int ROWS = 70_000;
    private static final int MONTHS = 3;
    private static final String[] SERVICES = {"A", "B", "C"};
    private static final Table TABLE = table();
    private static final int MONTH = TABLE.indexOf("month_id");
    private static final int ID = TABLE.indexOf("subscriber_id");
    private static final int SERVICE = TABLE.indexOf("service_code");
    private static final int USAGE = TABLE.indexOf("usage_cnt");
    private static final int FIRST_USE = TABLE.indexOf("first_use_month");

    /** Month 0: ids ascending with jumps forward and back; 1: anything; 2: few ids, each many times. */
    private static long id(int month, int r, SplittableRandom random) {
        return switch (month) {
            case 0 -> r % 4096 == 4095 ? 5_000_000L + r : r % 3 == 0 ? Math.max(0, r - random.nextInt(40)) : r;
            case 1 -> switch (r % 7) {
                case 0 -> -random.nextInt(1000);
                case 1 -> (1L << 32) + random.nextInt(1000);
                case 2 -> random.nextLong(1L << 32);
                default -> r / 2;
            };
            default -> r % 997 + 60_000;
        };
    }

    private static Table table() {
        SplittableRandom random = new SplittableRandom(17);
        StoreBuilder b = new StoreBuilder();
        for (int m = 0; m < MONTHS; m++) {
            List<Object[]> rows = new ArrayList<>();
            for (int r = 0; r < ROWS; r++) {
                Integer firstUse = r % 5 == 0 ? null : 202_301 + r % 12 + 100 * (r % 3);
                rows.add(new Object[] {202_401 + m, id(m, r, random), SERVICES[random.nextInt(3)], r % 2 == 0,
                        (long) random.nextInt(100), new BigDecimal("1.00"), firstUse, 1});
            }
            Fixtures.add(b, SubcubeSchema.VAS_USAGE, 202_401 + m, rows);
        }
        return IndexBuilder.index(b.build("distinct"), 2, IndexFixture.anySize()).table("vas_usage");
    }

    private record Case(String name, Filter filter, BiPredicate<Partition, Integer> passes) {
    }

    private static List<Case> filters() {
        return List.of(
                new Case("every row", Filter.TRUE, (p, r) -> true),
                new Case("indexed", new Filter.Compare(SERVICE, Filter.Op.EQ, "A"), (p, r) -> service(p, r).equals("A")),
                new Case("indexed and scanned", Filter.and(List.of(new Filter.Compare(SERVICE, Filter.Op.EQ, "B"),
                        new Filter.Compare(USAGE, Filter.Op.LT, 7L))),
                        (p, r) -> service(p, r).equals("B") && raw(p, USAGE, r) < 7),
                new Case("none", new Filter.Compare(SERVICE, Filter.Op.EQ, "Z"), (p, r) -> false));
    }

    @Test
    void countsMatchAHashSetPerGroup() {
        List<AggCall> calls = List.of(new AggCall(AggCall.Kind.COUNT, ID, true, ColumnType.BIGINT),
                new AggCall(AggCall.Kind.COUNT, FIRST_USE, true, ColumnType.BIGINT));
        for (Case c : filters()) {
            for (int[] groups : List.of(new int[0], new int[] {MONTH}, new int[] {SERVICE})) {
                Map<List<Object>, List<Object>> actual = new HashMap<>();
                for (Object[] row : Aggregation.run(TABLE, c.filter(), new AggregateSpec(groups, calls))) {
                    actual.put(Arrays.asList(Arrays.copyOf(row, groups.length)),
                            Arrays.asList(Arrays.copyOfRange(row, groups.length, row.length)));
                }
                assertEquals(reference(c, groups), actual, c.name() + ", group by " + Arrays.toString(groups));
            }
        }
    }

    /** Per group, the distinct non-NULL ids and first-use months of the passing rows. */
    private static Map<List<Object>, List<Object>> reference(Case c, int[] groups) {
        Map<List<Object>, List<Set<Long>>> sets = new HashMap<>();
        if (groups.length == 0) {
            sets.put(List.of(), List.of(new HashSet<>(), new HashSet<>()));
        }
        for (Partition p : TABLE.partitions()) {
            for (int r = 0; r < p.rows(); r++) {
                if (!c.passes().test(p, r)) {
                    continue;
                }
                List<Object> key = new ArrayList<>();
                for (int g : groups) {
                    key.add(g == SERVICE ? service(p, r) : (Object) (int) raw(p, g, r));
                }
                List<Set<Long>> s = sets.computeIfAbsent(key, k -> List.of(new HashSet<>(), new HashSet<>()));
                s.get(0).add(raw(p, ID, r));
                LongColumn firstUse = (LongColumn) p.column(FIRST_USE);
                if (!firstUse.nulls().isNull(r)) {
                    s.get(1).add(firstUse.get(r));
                }
            }
        }
        Map<List<Object>, List<Object>> out = new HashMap<>();
        sets.forEach((k, s) -> out.put(k, List.of((long) s.get(0).size(), (long) s.get(1).size())));
        return out;
    }

    private static long raw(Partition p, int column, int r) {
        return ((LongColumn) p.column(column)).get(r);
    }

    private static String service(Partition p, int r) {
        StringColumn s = (StringColumn) p.column(SERVICE);
        return s.dictionary()[(int) s.codes().get(r)];
    }
}
