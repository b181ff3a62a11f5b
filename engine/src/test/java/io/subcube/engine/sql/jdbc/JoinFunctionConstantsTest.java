package io.subcube.engine.sql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.exec.kpi.KpiStoreFixture;
import io.subcube.engine.storage.Store;
import io.subcube.functions.KpiFunctions;
import io.subcube.functions.MonthFunctions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A join column equated with a §B3 function of the other side's constant (§B4 Q9b:
 * {@code prev.month_id = MONTH_ADD(cur.month_id, -1)} with {@code cur.month_id = 200801}): the other side's query
 * reads that one month, computed at planning from a literal and when the statement is bound from a parameter
 * (prepared statements, and ad hoc statements run from the plan cache with their literals as parameters), and
 * the rows are those of the join computed in plain Java. The fixture's kpi_month spans a year boundary
 * (200711–200802), with regions missing in some months and NULL actuals.
 */
class JoinFunctionConstantsTest {

    private static final int[] MONTHS = {200711, 200712, 200801, 200802};
    private static final String[] KPIS = {"NEW_ADDS", "CHURNS"};
    private static final String Q9B = """
            SELECT cur.region_id, prev.actual AS last_month, cur.actual AS this_month
            FROM kpi_month cur JOIN kpi_month prev ON prev.region_id = cur.region_id AND prev.kpi_code = cur.kpi_code
             AND prev.month_id = MONTH_ADD(cur.month_id, -1)
            WHERE cur.month_id = %s AND cur.kpi_code = 'NEW_ADDS' AND cur.region_level = 'COUNTY'
              AND KPI_BREACH('MOM', cur.actual, prev.actual, 0.70) ORDER BY cur.region_id""";
    /** The partner two months back, a function of a function of the constant. */
    private static final String TWO_BACK = """
            SELECT cur.region_id, p2.actual AS two_back, cur.actual AS this_month
            FROM kpi_month cur JOIN kpi_month p2 ON p2.region_id = cur.region_id AND p2.kpi_code = cur.kpi_code
             AND p2.month_id = MONTH_ADD(MONTH_ADD(cur.month_id, -1), -1)
            WHERE cur.month_id = %s AND cur.kpi_code = 'CHURNS' ORDER BY cur.region_id""";

    /** actual by month, region, kpi; a key present with a null value is a row with a NULL actual. */
    private static final Map<List<Object>, BigDecimal> ACTUAL = new HashMap<>();
    private static final Map<Integer, String> LEVEL = new HashMap<>();
    private static Store store;
    private static Connection cached;
    private static Connection written;

    @BeforeAll
    static void open() throws SQLException {
        Random random = new Random(9);
        for (int r = 0; r < 16; r++) {
            LEVEL.put(10501 + r, "COUNTY");
            LEVEL.put(1050101 + r, "GRID");
        }
        KpiStoreFixture fixture = new KpiStoreFixture();
        for (int month : MONTHS) {
            for (Map.Entry<Integer, String> region : LEVEL.entrySet()) {
                for (String kpi : KPIS) {
                    if (random.nextInt(10) == 0) {
                        continue;
                    }
                    BigDecimal actual = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(10_000_000), 4);
                    ACTUAL.put(List.of(month, region.getKey(), kpi), actual);
                    fixture.fact(month, region.getKey(), region.getValue(), kpi,
                            actual == null ? null : actual.toPlainString(), null);
                }
            }
        }
        store = fixture.build();
        cached = SubcubeDriver.connect(store, new Properties());
        Properties noCache = new Properties();
        noCache.setProperty(PlanCaches.ENABLED, "false");
        written = SubcubeDriver.connect(store, noCache);
    }

    @AfterAll
    static void close() throws SQLException {
        cached.close();
        written.close();
    }

    /** Q9b's rows computed in Java: region, last month's and this month's actual, ordered by region. */
    private static List<List<String>> q9b(Integer month) {
        List<List<String>> out = new ArrayList<>();
        if (month == null || month % 100 < 1 || month % 100 > 12) {
            return out;
        }
        int previous = MonthFunctions.monthAdd(month.intValue(), -1);
        LEVEL.keySet().stream().sorted().forEach(region -> {
            List<Object> cur = List.of(month, region, "NEW_ADDS");
            List<Object> prev = List.of(previous, region, "NEW_ADDS");
            if ("COUNTY".equals(LEVEL.get(region)) && ACTUAL.containsKey(cur) && ACTUAL.containsKey(prev)) {
                BigDecimal c = ACTUAL.get(cur);
                BigDecimal p = ACTUAL.get(prev);
                if (c != null && Boolean.TRUE.equals(KpiFunctions.kpiBreach("MOM", c.doubleValue(),
                        p == null ? null : p.doubleValue(), 0.70))) {
                    out.add(List.of(region.toString(), text(p), text(c)));
                }
            }
        });
        return out;
    }

    /** TWO_BACK's rows computed in Java. */
    private static List<List<String>> twoBack(int month) {
        List<List<String>> out = new ArrayList<>();
        int p2 = MonthFunctions.monthAdd(month, -2);
        LEVEL.keySet().stream().sorted().forEach(region -> {
            List<Object> c = List.of(month, region, "CHURNS");
            List<Object> k2 = List.of(p2, region, "CHURNS");
            if (ACTUAL.containsKey(c) && ACTUAL.containsKey(k2)) {
                out.add(List.of(region.toString(), text(ACTUAL.get(k2)), text(ACTUAL.get(c))));
            }
        });
        return out;
    }

    private static String text(Object v) {
        return v == null ? "NULL" : v instanceof BigDecimal bd ? bd.stripTrailingZeros().toPlainString() : v.toString();
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

    private static List<List<String>> query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return read(rs);
        }
    }

    private static String plan(String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (List<String> row : query(cached, "EXPLAIN PLAN FOR " + sql)) {
            b.append(row.get(0)).append('\n');
        }
        return b.toString();
    }

    private static String preparedPlan(String sql) throws SQLException {
        try (PreparedStatement ps = cached.prepareStatement("EXPLAIN PLAN FOR " + sql)) {
            ps.setInt(1, 200801);
            StringBuilder b = new StringBuilder();
            for (List<String> row : read(ps.executeQuery())) {
                b.append(row.get(0)).append('\n');
            }
            return b.toString();
        }
    }

    /** The lines of the plan that are queries over kpi_month. */
    private static List<String> scans(String plan) {
        return plan.lines().filter(l -> l.contains("SubcubeQuery(table=[[subcube, kpi_month]]")).toList();
    }

    @Test
    void literalMonthIsComputedAtPlanning() throws SQLException {
        String plan = plan(String.format(Q9B, 200801));
        List<String> scans = scans(plan);
        assertEquals(2, scans.size(), plan);
        assertTrue(scans.stream().anyMatch(l -> l.contains(
                "filter=[(month_id = 200801 AND kpi_code = 'NEW_ADDS' AND region_level = 'COUNTY')]")), plan);
        assertTrue(scans.stream().anyMatch(l -> l.contains("filter=[(kpi_code = 'NEW_ADDS' AND month_id = 200712)]")),
                plan);
    }

    @Test
    void parameterMonthIsComputedWhenBound() throws SQLException {
        String plan = preparedPlan(String.format(Q9B, "?"));
        List<String> scans = scans(plan);
        assertEquals(2, scans.size(), plan);
        assertTrue(scans.stream().anyMatch(l -> l.contains(
                "filter=[(month_id = ?0 AND kpi_code = 'NEW_ADDS' AND region_level = 'COUNTY')]")), plan);
        assertTrue(scans.stream().anyMatch(l -> l.contains(
                "filter=[(kpi_code = 'NEW_ADDS' AND month_id = MONTH_ADD(?0, -1))]")), plan);
    }

    @Test
    void aFunctionOfAFunctionOfTheConstant() throws SQLException {
        String plan = preparedPlan(String.format(TWO_BACK, "?"));
        assertTrue(scans(plan).stream().anyMatch(l -> l.contains(
                "filter=[(kpi_code = 'CHURNS' AND month_id = MONTH_ADD(MONTH_ADD(?0, -1), -1))]")), plan);
        String literal = plan(String.format(TWO_BACK, 200801));
        assertTrue(scans(literal).stream().anyMatch(l -> l.contains(
                "filter=[(kpi_code = 'CHURNS' AND month_id = 200711)]")), literal);
        try (PreparedStatement ps = cached.prepareStatement(String.format(TWO_BACK, "?"))) {
            for (int month : new int[] {200801, 200802, 200712}) {
                ps.setInt(1, month);
                List<List<String>> want = twoBack(month);
                // 200712 has no month two before it in the fixture
                assertEquals(month == 200712, want.isEmpty(), "month " + month + " has rows");
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(want, read(rs), "month " + month);
                }
                assertEquals(want, query(written, String.format(TWO_BACK, month)), "as written, month " + month);
            }
        }
    }

    @Test
    void preparedStatementGivesEachMonthsRowsAndNoneForNull() throws SQLException {
        try (PreparedStatement ps = cached.prepareStatement(String.format(Q9B, "?"))) {
            boolean someRows = false;
            // 200711 has no month before it in the fixture; 200813 is no month at all, and no row has it.
            for (int month : new int[] {200801, 200802, 200712, 200711, 200805, 200813}) {
                ps.setInt(1, month);
                List<List<String>> want = q9b(month);
                someRows |= !want.isEmpty();
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(want, read(rs), "month " + month);
                }
            }
            assertTrue(someRows);
            ps.setNull(1, Types.INTEGER);
            try (ResultSet rs = ps.executeQuery()) {
                assertEquals(List.of(), read(rs));
            }
        }
    }

    @Test
    void adHocStatementsRunFromOneCachedPlan() throws SQLException {
        PlanCache cache = PlanCaches.of(cached);
        long hits = cache.hits();
        int[] months = {200801, 200802, 200712, 200711, 200813};
        for (int month : months) {
            assertEquals(q9b(month), query(cached, String.format(Q9B, month)), "month " + month);
        }
        assertTrue(cache.hits() - hits >= months.length - 1, "statements run from a cached plan");
    }

    @Test
    void literalStatementsPlannedAsWritten() throws SQLException {
        for (int month : new int[] {200801, 200802, 200712, 200711, 200813}) {
            assertEquals(q9b(month), query(written, String.format(Q9B, month)), "month " + month);
        }
        // MONTH_ADD is not defined for 200813: nothing is computed at planning, and the join has no rows.
        List<String> scans = scans(plan(String.format(Q9B, 200813)));
        assertTrue(scans.stream().anyMatch(l -> l.contains("filter=[kpi_code = 'NEW_ADDS']")), scans.toString());
    }

    @Test
    void theNullPaddedSideOfALeftJoinIsNarrowedToo() throws SQLException {
        String sql = """
                SELECT cur.region_id, prev.actual FROM kpi_month cur LEFT JOIN kpi_month prev
                ON prev.region_id = cur.region_id AND prev.kpi_code = cur.kpi_code
                 AND prev.month_id = MONTH_ADD(cur.month_id, -1)
                WHERE cur.month_id = ? AND cur.kpi_code = 'CHURNS' AND cur.region_level = 'GRID' ORDER BY cur.region_id""";
        String plan = preparedPlan(sql);
        assertTrue(plan.contains("filter=[(kpi_code = 'CHURNS' AND month_id = MONTH_ADD(?0, -1))]"), plan);
        try (PreparedStatement ps = cached.prepareStatement(sql)) {
            ps.setInt(1, 200801);
            List<List<String>> want = new ArrayList<>();
            LEVEL.keySet().stream().sorted().filter(r -> "GRID".equals(LEVEL.get(r))
                    && ACTUAL.containsKey(List.of(200801, r, "CHURNS"))).forEach(r -> {
                        List<Object> prev = List.of(200712, r, "CHURNS");
                        want.add(List.of(r.toString(), text(ACTUAL.get(prev))));
                    });
            assertTrue(want.stream().anyMatch(r -> !ACTUAL.containsKey(List.of(200712, Integer.valueOf(r.get(0)),
                    "CHURNS"))), "some region has no partner");
            try (ResultSet rs = ps.executeQuery()) {
                assertEquals(want, read(rs));
            }
        }
    }
}
