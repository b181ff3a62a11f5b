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
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each pushed-down filter and projection shape: EXPLAIN shows it inside the Subcube query node (and no
 * Calcite filter above it), and the rows equal those picked by plain Java over the same fixture rows.
 */
class PushdownTest {

    private static final String[] MARKETS = {"URBAN", "RURAL", "CBD", null, "CAMPUS", "RESIDENTIAL"};
    private static final List<Object[]> REGIONS = new ArrayList<>();
    private static final List<Object[]> SUBSCRIBERS = new ArrayList<>();
    private static Connection conn;

    @BeforeAll
    static void open() throws SQLException {
        for (int i = 0; i < 40; i++) {
            int city = 101 + i % 3;
            String market = MARKETS[i % MARKETS.length];
            REGIONS.add(new Object[] {
                city * 100 + i, "JS-" + i, (i % 4 == 0 ? "Suzhou " : "Nanjing ") + i, "GRID",
                i % 7 == 0 ? null : city, 1, city, i % 5 == 0 ? null : city * 100 + i % 4, market,
                "RURAL".equals(market) ? 1000 + 37 * i : null, null, null, null,
                i % 3 == 0 ? null : new BigDecimal(i * 10 + ".0" + (i % 10)), null, i % 9, null,
                i % 2 == 0 ? new BigDecimal("0." + (1000 + i * 17)) : null});
        }
        for (int i = 1; i <= 30; i++) {
            SUBSCRIBERS.add(new Object[] {(long) i, "135****" + (1000 + i), LocalDate.of(2007, 1 + i % 12, 1 + i),
                i % 2 == 0 ? "M" : "F", 1960 + i, i % 3 == 0 ? "GOTONE" : "SZX", "GENERAL", i % 4 == 0,
                "OWN_STORE", i % 5 == 0});
        }
        StoreBuilder builder = new StoreBuilder();
        Fixtures.add(builder, SubcubeSchema.REGION, 0, REGIONS);
        Fixtures.add(builder, SubcubeSchema.SUBSCRIBER, 0, SUBSCRIBERS);
        conn = SubcubeDriver.connect(builder.build("pushdown fixture"), new Properties());
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    private static String plan(String sql) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
            return b.toString();
        }
    }

    private static List<Long> ids(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        out.sort(null);
        return out;
    }

    private static List<Long> expected(List<Object[]> rows, Predicate<Object[]> p) {
        List<Long> out = new ArrayList<>();
        for (Object[] r : rows) {
            if (p.test(r)) {
                out.add(((Number) r[0]).longValue());
            }
        }
        out.sort(null);
        return out;
    }

    /** The filter is pushed whole: the plan is the Subcube node alone, showing this filter text. */
    private static void assertPushed(String sql, String filterText) throws SQLException {
        String plan = plan(sql);
        assertTrue(plan.contains("SubcubeQuery(") && plan.contains("filter=[" + filterText + "]"), plan);
        assertFalse(plan.contains("EnumerableFilter") || plan.contains("condition="), plan);
    }

    private static Object col(Object[] r, int i) {
        return r[i];
    }

    /** EXPLAIN of a prepared statement, run with the given parameter values. */
    private static String preparedPlan(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("EXPLAIN PLAN FOR " + sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ResultSet rs = ps.executeQuery();
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
            return b.toString();
        }
    }

    private static List<Long> ids(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, params[i]);
            }
        }
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * For each value set, the prepared statement {@code sql} (re-executed, not re-prepared) returns what
     * the same query with those values as literals returns.
     */
    private static void assertSameAsLiterals(String sql, Object[]... valueSets) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (Object[] values : valueSets) {
                String literal = sql;
                for (Object v : values) {
                    String text = v == null ? "NULL" : v instanceof String str ? "'" + str + "'"
                            : v instanceof java.sql.Date d ? "DATE '" + d + "'" : v.toString();
                    literal = literal.replaceFirst("\\?", text);
                }
                assertEquals(ids(literal), ids(ps, values), literal);
            }
        }
    }

    @Test
    void parameterComparisonsArePushed() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE city_id = ? AND market_type = ? AND per_capita_income > ?";
        String plan = preparedPlan(sql, 101, "RURAL", new BigDecimal("100"));
        assertTrue(plan.contains("SubcubeQuery(")
                && plan.contains("filter=[(city_id = ?0 AND market_type = ?1 AND per_capita_income > ?2)]"), plan);
        assertFalse(plan.contains("EnumerableFilter") || plan.contains("condition="), plan);
        String between = preparedPlan("SELECT region_id FROM region WHERE population BETWEEN ? AND ?", 1, 2);
        assertTrue(between.contains("filter=[(population >= ?0 AND population <= ?1)]"), between);
        assertFalse(between.contains("EnumerableFilter"), between);
    }

    @Test
    void parametersGiveTheLiteralQuerysRows() throws SQLException {
        assertSameAsLiterals("SELECT region_id FROM region WHERE city_id = ?",
                new Object[] {101}, new Object[] {102}, new Object[] {999}, new Object[] {null});
        assertSameAsLiterals("SELECT region_id FROM region WHERE city_id = ? AND market_type = ?",
                new Object[] {101, "RURAL"}, new Object[] {102, "URBAN"}, new Object[] {101, "NOWHERE"},
                new Object[] {101, null});
        assertSameAsLiterals("SELECT region_id FROM region WHERE market_type <> ?",
                new Object[] {"RURAL"}, new Object[] {"NOWHERE"}, new Object[] {null});
        assertSameAsLiterals("SELECT region_id FROM region WHERE per_capita_income > ?",
                new Object[] {new BigDecimal("100.005")}, new Object[] {new BigDecimal("100")},
                new Object[] {new BigDecimal("250.5")}, new Object[] {-1});
        assertSameAsLiterals("SELECT region_id FROM region WHERE per_capita_income <= ?",
                new Object[] {new BigDecimal("100.005")}, new Object[] {new BigDecimal("300.03")});
        assertSameAsLiterals("SELECT region_id FROM region WHERE population BETWEEN ? AND ?",
                new Object[] {1100, 1800}, new Object[] {1800, 1100}, new Object[] {0, 5000});
        assertSameAsLiterals("SELECT region_id FROM region WHERE population < ? OR population >= ?",
                new Object[] {1100, 1800}, new Object[] {1500, 1500});
        assertSameAsLiterals("SELECT region_id FROM region WHERE county_id IN (?, ?)",
                new Object[] {10101, 10202}, new Object[] {10300, null});
        assertSameAsLiterals("SELECT subscriber_id FROM subscriber WHERE group_member = ? AND join_date >= ?",
                new Object[] {true, java.sql.Date.valueOf("2007-06-10")},
                new Object[] {false, java.sql.Date.valueOf("2007-03-01")},
                new Object[] {true, java.sql.Date.valueOf("2008-01-01")});
    }

    @Test
    void equalityOnInteger() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE city_id = 102";
        assertPushed(sql, "city_id = 102");
        assertEquals(expected(REGIONS, r -> Integer.valueOf(102).equals(col(r, 6))), ids(sql));
    }

    @Test
    void inListOnVarchar() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE market_type IN ('RURAL', 'CBD', 'NOWHERE')";
        assertPushed(sql, "market_type IN ('CBD', 'NOWHERE', 'RURAL')");
        assertEquals(expected(REGIONS, r -> "RURAL".equals(col(r, 8)) || "CBD".equals(col(r, 8))), ids(sql));
    }

    @Test
    void notInKeepsNullsOut() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE market_type NOT IN ('RURAL', 'CBD')";
        assertPushed(sql, "NOT(market_type IN ('CBD', 'RURAL'))");
        assertEquals(expected(REGIONS, r -> col(r, 8) != null && !List.of("RURAL", "CBD").contains(col(r, 8))),
                ids(sql));
    }

    @Test
    void betweenOnNullableInteger() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE population BETWEEN 1100 AND 1800";
        assertPushed(sql, "(population >= 1100 AND population <= 1800)");
        assertEquals(expected(REGIONS, r -> col(r, 9) != null && (int) col(r, 9) >= 1100 && (int) col(r, 9) <= 1800),
                ids(sql));
    }

    @Test
    void likeOnDictionary() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE region_name LIKE 'Su%'";
        assertPushed(sql, "region_name LIKE 'Su%'");
        assertEquals(expected(REGIONS, r -> ((String) col(r, 2)).startsWith("Su")), ids(sql));
    }

    @Test
    void isNullAndIsNotNull() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE parent_id IS NULL";
        assertPushed(sql, "parent_id IS NULL");
        assertEquals(expected(REGIONS, r -> col(r, 4) == null), ids(sql));
        String notNull = "SELECT region_id FROM region WHERE county_id IS NOT NULL";
        assertPushed(notNull, "NOT(county_id IS NULL)");
        assertEquals(expected(REGIONS, r -> col(r, 7) != null), ids(notNull));
    }

    @Test
    void notOverOrWithNulls() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE NOT (county_id = 10101 OR market_type = 'RURAL')";
        String plan = plan(sql);
        assertTrue(plan.contains("SubcubeQuery(") && !plan.contains("EnumerableFilter"), plan);
        // Three-valued: a NULL operand makes the OR unknown unless the other side is TRUE.
        assertEquals(expected(REGIONS, r -> {
            Boolean a = col(r, 7) == null ? null : col(r, 7).equals(10101);
            Boolean b = col(r, 8) == null ? null : col(r, 8).equals("RURAL");
            Boolean or = Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b) ? Boolean.TRUE
                    : a == null || b == null ? null : Boolean.FALSE;
            return Boolean.FALSE.equals(or);
        }), ids(sql));
    }

    @Test
    void decimalLiteralFinerThanTheColumnScale() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE per_capita_income > 100.005";
        assertPushed(sql, "per_capita_income >= 100.01");
        assertEquals(expected(REGIONS, r -> col(r, 13) != null
                && ((BigDecimal) col(r, 13)).compareTo(new BigDecimal("100.005")) > 0), ids(sql));
        String eq = "SELECT region_id FROM region WHERE per_capita_income = 100.005";
        assertEquals(List.of(), ids(eq));
    }

    @Test
    void dateAndBooleanColumns() throws SQLException {
        String sql = "SELECT subscriber_id FROM subscriber WHERE join_date >= DATE '2007-06-10' AND group_member";
        assertPushed(sql, "(join_date >= DATE '2007-06-10' AND group_member = TRUE)");
        assertEquals(expected(SUBSCRIBERS, r -> !((LocalDate) col(r, 2)).isBefore(LocalDate.of(2007, 6, 10))
                && (Boolean) col(r, 7)), ids(sql));
        String not = "SELECT subscriber_id FROM subscriber WHERE NOT join_near_campus";
        assertEquals(expected(SUBSCRIBERS, r -> !(Boolean) col(r, 9)), ids(not));
    }

    @Test
    void partlyPushableFilterKeepsTheRestAbove() throws SQLException {
        String sql = "SELECT region_id FROM region WHERE city_id = 101 AND UPPER(region_name) LIKE 'SUZHOU%'";
        String plan = plan(sql);
        assertTrue(plan.contains("filter=[city_id = 101]"), plan);
        assertTrue(plan.contains("UPPER"), plan);
        assertEquals(expected(REGIONS, r -> Integer.valueOf(101).equals(col(r, 6))
                && ((String) col(r, 2)).toUpperCase().startsWith("SUZHOU")), ids(sql));
    }

    @Test
    void projectionReadsOnlyTheUsedColumns() throws SQLException {
        String plan = plan("SELECT region_name, population + 1 FROM region");
        assertTrue(plan.contains("columns=[[region_name, population]]"), plan);
        // An aggregate the engine does not evaluate stays in Calcite over a query narrowed to its input.
        String bitAnd = plan("SELECT BIT_AND(population) FROM region WHERE city_id = 103");
        assertTrue(bitAnd.contains("filter=[city_id = 103], columns=[[population]]"), bitAnd);
        assertEquals(List.of(expected(REGIONS, r -> Integer.valueOf(103).equals(col(r, 6))).size() + 0L),
                ids("SELECT COUNT(*) FROM region WHERE city_id = 103"));
    }

    @Test
    void groupingOverAProjectedQueryIsKept() throws SQLException {
        // Regression: a key of the table (region_id) must not be read at a projected column position.
        String sql = "SELECT city_id, COUNT(*) AS n FROM region WHERE county_id IS NOT NULL GROUP BY city_id";
        String plan = plan(sql);
        assertTrue(plan.contains("filter=[NOT(county_id IS NULL)], aggregate=[group=[city_id], aggregates=[COUNT(*)]]"),
                plan);
        assertEquals(List.of(101L, 102L, 103L), ids(sql + " ORDER BY city_id"));
    }

    @Test
    void emptySelection() throws SQLException {
        assertEquals(List.of(), ids("SELECT region_id FROM region WHERE city_id = 999"));
        assertEquals(List.of(0L), ids("SELECT COUNT(*) FROM region WHERE market_type = 'NOWHERE'"));
    }
}
