package io.subcube.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.StoreBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GROUP BY, aggregates, ORDER BY and LIMIT pushed into the Subcube query node: EXPLAIN shows them inside it
 * and no Calcite operator doing the same, and the rows equal those computed in plain Java over the fixture.
 * The fixture is {@code vas_usage} over two months with different dictionaries, one month large enough to be
 * split into several parallel tasks, subscriber ids beyond 32 bits in the other, and NULLs in
 * {@code first_use_month}.
 */
class AggregatePushdownTest {

    private static final int MONTH_1 = 202401;
    private static final int MONTH_2 = 202402;
    /** Rows of vas_usage: month_id, subscriber_id, service_code, subscribed, usage_cnt, revenue, first_use_month, streak. */
    private static final List<Object[]> ROWS = new ArrayList<>();
    private static Connection conn;

    @BeforeAll
    static void open() throws SQLException {
        Random random = new Random(7);
        List<Object[]> m1 = rows(random, MONTH_1, 150_000, new String[] {"CRBT", "MMS", "NEWS", "GAME"}, 1, 200_000);
        List<Object[]> m2 = rows(random, MONTH_2, 3_000, new String[] {"MMS", "VIDEO"}, 5_000_000_000L, 50_000);
        ROWS.addAll(m1);
        ROWS.addAll(m2);
        StoreBuilder builder = new StoreBuilder();
        Fixtures.add(builder, SubcubeSchema.VAS_USAGE, MONTH_1, m1);
        Fixtures.add(builder, SubcubeSchema.VAS_USAGE, MONTH_2, m2);
        List<Object[]> services = new ArrayList<>();
        for (String code : new String[] {"CRBT", "MMS", "NEWS", "PLAY"}) {
            services.add(new Object[] {code, code + " zh", code.toLowerCase(Locale.ROOT), "MUSIC", "times", false,
                true, new BigDecimal("5.00"), 10L, "MATURE"});
        }
        Fixtures.add(builder, SubcubeSchema.SERVICE, 0, services);
        conn = SubcubeDriver.connect(builder.build("aggregate pushdown fixture"), new Properties());
    }

    private static List<Object[]> rows(Random random, int month, int n, String[] services, long firstId, int ids) {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Object[] {month, firstId + random.nextInt(ids), services[random.nextInt(services.length)],
                random.nextBoolean(), (long) random.nextInt(1000), BigDecimal.valueOf(random.nextInt(100_000), 2),
                random.nextInt(10) < 3 ? null : 202001 + random.nextInt(12), random.nextInt(24)});
        }
        return out;
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    private static String plan(String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (List<String> row : query("EXPLAIN PLAN FOR " + sql)) {
            b.append(row.get(0)).append('\n');
        }
        return b.toString();
    }

    /** Rows as normalised text values: exact numbers without trailing zeros, doubles to 6 places. */
    private static List<List<String>> query(String sql) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return read(rs);
        }
    }

    private static List<List<String>> read(ResultSet rs) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= n; c++) {
                row.add(text(rs.getObject(c)));
            }
            out.add(row);
        }
        return out;
    }

    private static String text(Object v) {
        if (v == null) {
            return "NULL";
        } else if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.6f", d);
        } else if (v instanceof Number num) {
            return new BigDecimal(num.toString()).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    /** The pushed node holds this text and no Calcite operator of the listed kinds is left. */
    private static void assertPushed(String sql, String text, String... replaced) throws SQLException {
        String plan = plan(sql);
        assertTrue(plan.contains("SubcubeQuery(") && plan.contains(text), plan);
        for (String op : replaced) {
            assertFalse(plan.contains(op), plan);
        }
    }

    /** Reference GROUP BY in plain Java: per key, the aggregates {@code agg} computes over the group's rows. */
    private static List<List<String>> reference(Predicate<Object[]> where, Function<Object[], List<Object>> key,
                                                Function<List<Object[]>, List<Object>> agg) {
        Map<String, List<Object[]>> groups = new TreeMap<>();
        Map<String, List<Object>> keys = new TreeMap<>();
        for (Object[] r : ROWS) {
            if (where.test(r)) {
                List<Object> k = key.apply(r);
                groups.computeIfAbsent(k.toString(), x -> new ArrayList<>()).add(r);
                keys.put(k.toString(), k);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, List<Object[]>> e : groups.entrySet()) {
            List<String> row = new ArrayList<>();
            for (Object v : keys.get(e.getKey())) {
                row.add(text(v));
            }
            for (Object v : agg.apply(e.getValue())) {
                row.add(text(v));
            }
            out.add(row);
        }
        return sorted(out);
    }

    private static List<Object> stats(List<Object[]> g) {
        long count = g.size();
        BigDecimal sum = BigDecimal.ZERO;
        Integer minFirst = null;
        long maxUsage = Long.MIN_VALUE;
        long firstCount = 0;
        java.util.Set<Long> subscribers = new java.util.HashSet<>();
        for (Object[] r : g) {
            sum = sum.add((BigDecimal) r[5]);
            maxUsage = Math.max(maxUsage, (Long) r[4]);
            if (r[6] != null) {
                firstCount++;
                minFirst = minFirst == null ? (Integer) r[6] : Math.min(minFirst, (Integer) r[6]);
            }
            subscribers.add((Long) r[1]);
        }
        return List.of(count, sum, minFirst == null ? "NULL" : minFirst, maxUsage,
                sum.doubleValue() / count, firstCount, (long) subscribers.size());
    }

    private static final String STATS = "COUNT(*), SUM(revenue), MIN(first_use_month), MAX(usage_cnt), AVG(revenue),"
            + " COUNT(first_use_month), COUNT(DISTINCT subscriber_id)";

    @Test
    void groupByDictionaryColumnAcrossPartitions() throws SQLException {
        String sql = "SELECT service_code, " + STATS + " FROM vas_usage WHERE usage_cnt >= 100 GROUP BY service_code";
        assertPushed(sql, "aggregate=[group=[service_code], aggregates=[COUNT(*), SUM(revenue), MIN(first_use_month),"
                + " MAX(usage_cnt), ", "EnumerableAggregate");
        assertEquals(reference(r -> (Long) r[4] >= 100, r -> List.of(r[2]), AggregatePushdownTest::stats),
                sorted(query(sql)));
    }

    @Test
    void aggregateWithoutGroupByGivesOneRowEvenOverNoRows() throws SQLException {
        String sql = "SELECT " + STATS + " FROM vas_usage WHERE service_code = 'NONE'";
        assertPushed(sql, "aggregate=[group=[]", "EnumerableAggregate");
        assertEquals(List.of(List.of("0", "NULL", "NULL", "NULL", "NULL", "0", "0")), query(sql));
        String all = "SELECT " + STATS + " FROM vas_usage";
        assertEquals(reference(r -> true, r -> List.of(), AggregatePushdownTest::stats), query(all));
    }

    @Test
    void groupByNullableAndSeveralColumns() throws SQLException {
        String sql = "SELECT month_id, subscribed, first_use_month, COUNT(*), SUM(usage_cnt) FROM vas_usage"
                + " GROUP BY month_id, subscribed, first_use_month";
        assertPushed(sql, "aggregate=[group=[month_id, subscribed, first_use_month]", "EnumerableAggregate");
        assertEquals(reference(r -> true, r -> java.util.Arrays.asList(r[0], r[3], r[6]),
                g -> List.of((long) g.size(), g.stream().mapToLong(r -> (Long) r[4]).sum())), sorted(query(sql)));
    }

    @Test
    void groupByWideRangeColumnIsHashed() throws SQLException {
        String sql = "SELECT subscriber_id, COUNT(*), SUM(usage_cnt), MAX(service_code) FROM vas_usage"
                + " WHERE streak_months < 12 GROUP BY subscriber_id";
        assertPushed(sql, "aggregate=[group=[subscriber_id]", "EnumerableAggregate");
        assertEquals(reference(r -> (Integer) r[7] < 12, r -> List.of(r[1]),
                g -> List.of((long) g.size(), g.stream().mapToLong(r -> (Long) r[4]).sum(),
                        g.stream().map(r -> (String) r[2]).max(String::compareTo).orElseThrow())),
                sorted(query(sql)));
    }

    @Test
    void minAndMaxOfStringsMergeAcrossDictionaries() throws SQLException {
        String sql = "SELECT MIN(service_code), MAX(service_code), COUNT(DISTINCT subscribed) FROM vas_usage";
        assertPushed(sql, "aggregates=[MIN(service_code), MAX(service_code), COUNT(DISTINCT subscribed)]",
                "EnumerableAggregate");
        assertEquals(List.of(List.of("CRBT", "VIDEO", "2")), query(sql));
        // All three on one column: Calcite groups by it first, and the pushed query does the grouping.
        String sameColumn = "SELECT MIN(service_code), MAX(service_code), COUNT(DISTINCT service_code) FROM vas_usage";
        assertTrue(plan(sameColumn).contains("aggregate=[group=[service_code]"), plan(sameColumn));
        assertEquals(List.of(List.of("CRBT", "VIDEO", "5")), query(sameColumn));
    }

    @Test
    void countDistinctIsOneBitmapPerGroup() throws SQLException {
        String sql = "SELECT COUNT(DISTINCT subscriber_id) FROM vas_usage WHERE usage_cnt > 500";
        assertPushed(sql, "aggregates=[COUNT(DISTINCT subscriber_id)]", "EnumerableAggregate");
        assertEquals(reference(r -> (Long) r[4] > 500, r -> List.of(),
                g -> List.of(g.stream().map(r -> r[1]).distinct().count())), query(sql));
        String grouped = "SELECT month_id, COUNT(DISTINCT subscriber_id) FROM vas_usage GROUP BY month_id";
        assertPushed(grouped, "aggregates=[COUNT(DISTINCT subscriber_id)]", "EnumerableAggregate");
        assertEquals(reference(r -> true, r -> List.of(r[0]),
                g -> List.of(g.stream().map(r -> r[1]).distinct().count())), sorted(query(grouped)));
    }

    @Test
    void topNOverAggregate() throws SQLException {
        String sql = "SELECT service_code, SUM(revenue) AS rev FROM vas_usage GROUP BY service_code"
                + " ORDER BY rev DESC, service_code LIMIT 3";
        assertPushed(sql, "fetch=[3]", "EnumerableAggregate", "EnumerableSort", "EnumerableLimit");
        List<List<String>> all = reference(r -> true, r -> List.of(r[2]), g -> List.of(
                g.stream().map(r -> (BigDecimal) r[5]).reduce(BigDecimal.ZERO, BigDecimal::add)));
        all.sort(Comparator.comparing((List<String> r) -> new BigDecimal(r.get(1))).reversed()
                .thenComparing(r -> r.get(0)));
        assertEquals(all.subList(0, 3), query(sql));
        assertEquals(all.subList(1, 3), query(sql.replace("LIMIT 3", "LIMIT 2 OFFSET 1")));
        assertEquals(List.of(), query(sql.replace("LIMIT 3", "LIMIT 0")));
    }

    @Test
    void topNOverRows() throws SQLException {
        String sql = "SELECT subscriber_id, month_id, usage_cnt, first_use_month FROM vas_usage"
                + " WHERE service_code = 'MMS' ORDER BY first_use_month NULLS FIRST, usage_cnt DESC, subscriber_id,"
                + " month_id LIMIT 7";
        assertPushed(sql, "fetch=[7]", "EnumerableSort", "EnumerableLimit");
        List<Object[]> expected = new ArrayList<>(ROWS.stream().filter(r -> "MMS".equals(r[2])).toList());
        expected.sort(Comparator.comparing((Object[] r) -> (Integer) r[6], Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing((Object[] r) -> -(Long) r[4]).thenComparing(r -> (Long) r[1])
                .thenComparing(r -> (Integer) r[0]));
        List<List<String>> want = new ArrayList<>();
        for (Object[] r : expected.subList(0, 7)) {
            want.add(List.of(text(r[1]), text(r[0]), text(r[4]), text(r[6])));
        }
        assertEquals(want, query(sql));
    }

    @Test
    void factRowsAreGroupedBeforeTheJoinWithADimensionOnItsKey() throws SQLException {
        // Services without a catalogue row (GAME, VIDEO) drop out of the inner join; PLAY has no usage rows.
        String sql = "SELECT u.service_code, s.name_en, SUM(u.revenue) AS rev, COUNT(*) AS n"
                + " FROM vas_usage u JOIN service s ON s.service_code = u.service_code WHERE u.month_id = " + MONTH_1
                + " GROUP BY u.service_code, s.name_en ORDER BY rev DESC, u.service_code LIMIT 2";
        String plan = plan(sql);
        assertTrue(plan.contains("aggregate=[group=[service_code], aggregates=[SUM(revenue), COUNT(*)]]")
                && !plan.contains("EnumerableAggregate"), plan);
        List<List<String>> want = reference(r -> (Integer) r[0] == MONTH_1 && !"GAME".equals(r[2]),
                r -> List.of(r[2], ((String) r[2]).toLowerCase(Locale.ROOT)), g -> List.of(
                        g.stream().map(r -> (BigDecimal) r[5]).reduce(BigDecimal.ZERO, BigDecimal::add), (long) g.size()));
        want.sort(Comparator.comparing((List<String> r) -> new BigDecimal(r.get(2))).reversed()
                .thenComparing(r -> r.get(0)));
        assertEquals(want.subList(0, 2), query(sql));
        // With the dimension written first the rule applies the same way.
        String flipped = "SELECT s.name_en, COUNT(*) FROM service s JOIN vas_usage u ON u.service_code = s.service_code"
                + " GROUP BY s.name_en, u.service_code";
        assertTrue(plan(flipped).contains("aggregate=[group=[service_code], aggregates=[COUNT(*)]]"), plan(flipped));
        assertEquals(reference(r -> List.of("CRBT", "MMS", "NEWS").contains(r[2]),
                r -> List.of(((String) r[2]).toLowerCase(Locale.ROOT)), g -> List.of((long) g.size())),
                sorted(query(flipped)));
    }

    /** Subscribers of month 1 with a MMS row of usage above {@code usage} in month 1. */
    private static java.util.Set<Long> mmsUsers(long usage) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Object[] r : ROWS) {
            if ((Integer) r[0] == MONTH_1 && "MMS".equals(r[2]) && (Long) r[4] > usage) {
                ids.add((Long) r[1]);
            }
        }
        return ids;
    }

    @Test
    void semiJoinBecomesAKeySetFilter() throws SQLException {
        String in = "SELECT service_code, COUNT(*) FROM vas_usage WHERE month_id = " + MONTH_1 + " AND service_code <> 'MMS'"
                + " AND subscriber_id IN (SELECT subscriber_id FROM vas_usage WHERE month_id = " + MONTH_1
                + " AND service_code = 'MMS' AND usage_cnt > 900) GROUP BY service_code";
        assertPushed(in, "subscriber_id IN (SELECT subscriber_id FROM vas_usage WHERE", "Join", "EnumerableAggregate");
        java.util.Set<Long> ids = mmsUsers(900);
        List<List<String>> want = reference(r -> (Integer) r[0] == MONTH_1 && !"MMS".equals(r[2]) && ids.contains(r[1]),
                r -> List.of(r[2]), g -> List.of((long) g.size()));
        assertEquals(want, sorted(query(in)));
        String exists = "SELECT u.service_code, COUNT(*) FROM vas_usage u WHERE u.month_id = " + MONTH_1
                + " AND u.service_code <> 'MMS' AND EXISTS (SELECT 1 FROM vas_usage m WHERE m.subscriber_id = u.subscriber_id"
                + " AND m.month_id = " + MONTH_1 + " AND m.service_code = 'MMS' AND m.usage_cnt > 900) GROUP BY u.service_code";
        assertPushed(exists, "subscriber_id IN (SELECT subscriber_id FROM vas_usage WHERE", "Join");
        assertEquals(want, sorted(query(exists)));
    }

    @Test
    void semiJoinParametersAreBoundInsideTheKeyQuery() throws SQLException {
        String sql = "SELECT COUNT(*) FROM vas_usage WHERE month_id = ? AND service_code = ? AND subscriber_id IN"
                + " (SELECT subscriber_id FROM vas_usage WHERE month_id = ? AND service_code = 'MMS' AND usage_cnt > ?)";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (long usage : new long[] {990, 500, 2000}) {
                ps.setInt(1, MONTH_1);
                ps.setString(2, "CRBT");
                ps.setInt(3, MONTH_1);
                ps.setLong(4, usage);
                java.util.Set<Long> ids = mmsUsers(usage);
                long want = ROWS.stream().filter(r -> (Integer) r[0] == MONTH_1 && "CRBT".equals(r[2])
                        && ids.contains(r[1])).count();
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(List.of(List.of(String.valueOf(want))), read(rs));
                }
            }
        }
    }

    @Test
    void notInStaysAJoin() throws SQLException {
        // NOT IN is an anti-join with NULL rules of its own; it is not rewritten.
        String sql = "SELECT COUNT(*) FROM vas_usage WHERE month_id = " + MONTH_2 + " AND first_use_month NOT IN"
                + " (SELECT first_use_month FROM vas_usage WHERE month_id = " + MONTH_2 + " AND usage_cnt > 995)";
        assertFalse(plan(sql).contains("IN (SELECT"), plan(sql));
        java.util.Set<Object> inner = new java.util.HashSet<>();
        for (Object[] r : ROWS) {
            if ((Integer) r[0] == MONTH_2 && (Long) r[4] > 995) {
                inner.add(r[6]);
            }
        }
        long want = inner.contains(null) ? 0 : ROWS.stream().filter(r -> (Integer) r[0] == MONTH_2 && r[6] != null
                && !inner.contains(r[6])).count();
        assertEquals(List.of(List.of(String.valueOf(want))), query(sql));
    }

    @Test
    void joinColumnsEquatedWithConstantsAreFilteredOnBothSides() throws SQLException {
        String sql = "SELECT a.subscriber_id, b.subscriber_id, b.usage_cnt FROM vas_usage a JOIN vas_usage b"
                + " ON b.month_id = a.month_id AND b.service_code = a.service_code"
                + " WHERE a.month_id = ? AND a.service_code = ? AND a.usage_cnt > 995 AND b.usage_cnt < 3";
        try (PreparedStatement ex = conn.prepareStatement("EXPLAIN PLAN FOR " + sql)) {
            ex.setInt(1, MONTH_2);
            ex.setString(2, "VIDEO");
            String plan = String.join("\n", read(ex.executeQuery()).stream().map(r -> r.get(0)).toList());
            assertTrue(plan.contains("filter=[(usage_cnt < 3 AND month_id = ?0 AND service_code = ?1)]"), plan);
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (String service : new String[] {"VIDEO", "MMS"}) {
                ps.setInt(1, MONTH_2);
                ps.setString(2, service);
                List<List<String>> want = new ArrayList<>();
                List<Object[]> left = ROWS.stream().filter(a -> (Integer) a[0] == MONTH_2 && service.equals(a[2])
                        && (Long) a[4] > 995).toList();
                List<Object[]> right = ROWS.stream().filter(b -> (Integer) b[0] == MONTH_2 && service.equals(b[2])
                        && (Long) b[4] < 3).toList();
                for (Object[] a : left) {
                    for (Object[] b : right) {
                        want.add(List.of(text(a[1]), text(b[1]), text(b[4])));
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(sorted(want), sorted(read(rs)));
                }
            }
        }
    }

    @Test
    void theNullPaddedSideOfALeftJoinTakesTheConstantsToo() throws SQLException {
        String sql = "SELECT a.subscriber_id, a.usage_cnt, b.usage_cnt FROM vas_usage a LEFT JOIN vas_usage b"
                + " ON b.subscriber_id = a.subscriber_id AND b.month_id = a.month_id AND b.service_code = 'VIDEO'"
                + " WHERE a.month_id = " + MONTH_2 + " AND a.service_code = 'MMS' AND a.usage_cnt > 900";
        String plan = plan(sql);
        assertTrue(plan.contains("filter=[(service_code = 'VIDEO' AND month_id = " + MONTH_2 + ")]"), plan);
        Map<Long, List<Long>> video = new java.util.HashMap<>();
        for (Object[] b : ROWS) {
            if ((Integer) b[0] == MONTH_2 && "VIDEO".equals(b[2])) {
                video.computeIfAbsent((Long) b[1], k -> new ArrayList<>()).add((Long) b[4]);
            }
        }
        List<List<String>> want = new ArrayList<>();
        for (Object[] a : ROWS) {
            if ((Integer) a[0] == MONTH_2 && "MMS".equals(a[2]) && (Long) a[4] > 900) {
                List<Long> partners = video.get((Long) a[1]);
                if (partners == null) {
                    want.add(List.of(text(a[1]), text(a[4]), "NULL"));
                } else {
                    partners.forEach(u -> want.add(List.of(text(a[1]), text(a[4]), text(u))));
                }
            }
        }
        assertEquals(sorted(want), sorted(query(sql)));
    }

    @Test
    void theLargerSideOfAJoinIsFilteredByTheKeysOfTheSmaller() throws SQLException {
        String sql = "SELECT a.service_code, b.service_code, COUNT(*) FROM vas_usage a JOIN vas_usage b"
                + " ON b.subscriber_id = a.subscriber_id WHERE a.month_id = " + MONTH_1 + " AND a.service_code = 'MMS'"
                + " AND a.usage_cnt > 990 AND b.month_id = " + MONTH_1 + " GROUP BY a.service_code, b.service_code";
        String plan = plan(sql);
        assertTrue(plan.contains("subscriber_id IN (SELECT subscriber_id FROM vas_usage WHERE (month_id = " + MONTH_1
                + " AND service_code = 'MMS' AND usage_cnt > 990))"), plan);
        Map<Long, List<Object[]>> right = new java.util.HashMap<>();
        for (Object[] b : ROWS) {
            if ((Integer) b[0] == MONTH_1) {
                right.computeIfAbsent((Long) b[1], k -> new ArrayList<>()).add(b);
            }
        }
        Map<String, Long> want = new TreeMap<>();
        for (Object[] a : ROWS) {
            if ((Integer) a[0] == MONTH_1 && "MMS".equals(a[2]) && (Long) a[4] > 990) {
                for (Object[] b : right.getOrDefault((Long) a[1], List.of())) {
                    want.merge("MMS|" + b[2], 1L, Long::sum);
                }
            }
        }
        List<List<String>> expected = new ArrayList<>();
        want.forEach((k, n) -> expected.add(List.of(k.split("\\|")[0], k.split("\\|")[1], String.valueOf(n))));
        assertEquals(sorted(expected), sorted(query(sql)));
    }

    @Test
    void topNOverAJoinWithADimensionRunsOnTheFactRows() throws SQLException {
        // GAME and VIDEO have no catalogue row; MMS is filtered out of the dimension: neither may reach the top 5.
        String sql = "SELECT u.subscriber_id, u.month_id, u.usage_cnt, s.name_en FROM vas_usage u JOIN service s"
                + " ON s.service_code = u.service_code WHERE s.name_en <> 'mms' AND u.subscribed = TRUE"
                + " ORDER BY u.usage_cnt DESC, u.subscriber_id, u.month_id LIMIT 5 OFFSET 2";
        String plan = plan(sql);
        assertTrue(plan.contains("service_code IN (SELECT service_code FROM service WHERE name_en <> 'mms')")
                && plan.contains("fetch=[7]"), plan);
        List<Object[]> expected = new ArrayList<>(ROWS.stream().filter(r -> List.of("CRBT", "NEWS").contains(r[2])
                && (Boolean) r[3]).toList());
        expected.sort(Comparator.comparing((Object[] r) -> -(Long) r[4]).thenComparing(r -> (Long) r[1])
                .thenComparing(r -> (Integer) r[0]));
        List<List<String>> want = new ArrayList<>();
        for (Object[] r : expected.subList(2, 7)) {
            want.add(List.of(text(r[1]), text(r[0]), text(r[4]), ((String) r[2]).toLowerCase(Locale.ROOT)));
        }
        assertEquals(want, query(sql));
    }

    @Test
    void havingIsEvaluatedOnThePushedGroups() throws SQLException {
        String sql = "SELECT service_code, COUNT(*) AS n, SUM(revenue) AS rev, AVG(usage_cnt) AS avg_use FROM vas_usage"
                + " GROUP BY service_code HAVING (COUNT(*) > 37000 AND SUM(revenue) >= 100.5) OR NOT (AVG(usage_cnt) < 499.9)";
        assertPushed(sql, "having=[", "EnumerableAggregate", "EnumerableFilter");
        assertEquals(reference(r -> true, r -> List.of(r[2]), g -> {
            BigDecimal rev = g.stream().map(r -> (BigDecimal) r[5]).reduce(BigDecimal.ZERO, BigDecimal::add);
            return List.of((long) g.size(), rev, g.stream().mapToLong(r -> (Long) r[4]).average().orElseThrow());
        }).stream().filter(r -> Long.parseLong(r.get(1)) > 37000 && new BigDecimal(r.get(2)).compareTo(new BigDecimal("100.5")) >= 0
                || Double.parseDouble(r.get(3)) >= 499.9).toList(), sorted(query(sql)));
        // A HAVING on a group column whose every value is NULL-free, and one that keeps nothing.
        String none = "SELECT first_use_month, COUNT(*) FROM vas_usage GROUP BY first_use_month HAVING first_use_month IS NULL"
                + " AND COUNT(*) < 0";
        assertPushed(none, "having=[", "EnumerableFilter");
        assertEquals(List.of(), query(none));
    }

    @Test
    void havingParametersAreBoundPerExecution() throws SQLException {
        String sql = "SELECT service_code, COUNT(*) FROM vas_usage GROUP BY service_code HAVING COUNT(*) > ?";
        assertPushed(sql, "having=[count(*) > ?0]", "EnumerableFilter", "EnumerableAggregate");
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (long least : new long[] {40000, 1000, 0}) {
                ps.setLong(1, least);
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(reference(r -> true, r -> List.of(r[2]), g -> List.of((long) g.size())).stream()
                            .filter(r -> Long.parseLong(r.get(1)) > least).toList(), sorted(read(rs)));
                }
            }
        }
    }

    @Test
    void parametersAreBoundPerExecutionOfAPushedAggregate() throws SQLException {
        String sql = "SELECT service_code, COUNT(*) FROM vas_usage WHERE month_id = ? GROUP BY service_code";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int month : new int[] {MONTH_1, MONTH_2, 202403}) {
                ps.setInt(1, month);
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(reference(r -> (Integer) r[0] == month, r -> List.of(r[2]),
                            g -> List.of((long) g.size())), sorted(read(rs)));
                }
            }
        }
    }

    @Test
    void aggregatesTheEngineDoesNotEvaluateStayInCalcite() throws SQLException {
        // SUM(DISTINCT): Calcite sums above a pushed grouping by (service_code, usage_cnt).
        String sql = "SELECT service_code, SUM(DISTINCT usage_cnt) FROM vas_usage GROUP BY service_code";
        String plan = plan(sql);
        assertTrue(plan.contains("EnumerableAggregate") && plan.contains("group=[service_code, usage_cnt]"), plan);
        assertEquals(reference(r -> true, r -> List.of(r[2]),
                g -> List.of(g.stream().mapToLong(r -> (Long) r[4]).distinct().sum())), sorted(query(sql)));
    }
}
