package io.subcube.engine.sql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statements run through the plan cache return exactly what they return prepared as written (a connection
 * with {@code planCache=false}): the same rows, column labels and types, errors and positions. Each group
 * of statements differs only in literals the cache lifts, so all but the first run from a cached plan;
 * statements whose literals cannot be lifted without changing their meaning are prepared as written.
 */
class PlanCacheTest {

    private static final String DATA = "jdbc:subcube:;subscribers=2000;months=3";

    private static Connection cached;
    private static Connection written;

    @BeforeAll
    static void open() throws SQLException {
        cached = DriverManager.getConnection(DATA);
        written = DriverManager.getConnection(DATA + ";planCache=false");
    }

    @AfterAll
    static void close() throws SQLException {
        cached.close();
        written.close();
    }

    /** A statement's result: a header line of column label, type, precision, scale, nullability, then rows. */
    private static List<String> result(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return result(s, sql);
        }
    }

    private static List<String> result(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder header = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                header.append(md.getColumnLabel(i)).append(':').append(md.getColumnTypeName(i)).append('(')
                        .append(md.getPrecision(i)).append(',').append(md.getScale(i)).append(')')
                        .append(md.isNullable(i)).append(':').append(md.getColumnClassName(i)).append(' ');
            }
            out.add(header.toString());
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.append(v).append(v == null ? "" : "/" + v.getClass().getSimpleName()).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static PlanCache cache() throws SQLException {
        return PlanCaches.of(cached);
    }

    /**
     * Each statement gives the same result with and without the cache; returns how many of them ran
     * from a plan cached before.
     */
    private static long assertSameResults(String... statements) throws SQLException {
        long before = cache().hits();
        for (String sql : statements) {
            List<String> expected = result(written, sql);
            assertEquals(expected, result(cached, sql), sql);
        }
        return cache().hits() - before;
    }

    /** All statements run from one plan: the first one's, or one cached before. */
    private static void assertServedFromOnePlan(String... statements) throws SQLException {
        long misses = cache().misses();
        long hits = assertSameResults(statements);
        long prepared = cache().misses() - misses;
        assertTrue(prepared <= 1, "shapes prepared: " + prepared);
        assertEquals(statements.length, hits + prepared);
    }

    private static String matrixCell(int month, int city, String tier, String stick, boolean churn) {
        return "SELECT COUNT(*) AS subs FROM subscriber_month WHERE month_id = " + month + " AND city_id = " + city
                + " AND value_tier = '" + tier + "' AND stick_tier = '" + stick + "' AND churn_flag = " + churn;
    }

    @Test
    void matrixCellsWithNewLiteralsShareOnePlan() throws SQLException {
        assertServedFromOnePlan(
                matrixCell(200803, 105, "H", "MID", true),
                matrixCell(200804, 109, "MH", "NONE", false),
                matrixCell(200805, 101, "L", "HIGH", true),
                matrixCell(200805, 999, "NOWHERE", "MID", false),
                matrixCell(200812, 103, "M", "MID", true));
    }

    @Test
    void laterStatementsOfALexicalShapeAreLexedNotParsed() throws SQLException {
        long lexed = cache().lexed();
        assertServedFromOnePlan(
                matrixCell(200806, 105, "H", "MID", true),
                matrixCell(200807, 109, "MH", "NONE", false),
                matrixCell(200808, 101, "L", "HIGH", true),
                matrixCell(200809, 103, "M", "MID", false));
        assertTrue(cache().lexed() - lexed >= 3, "lexed: " + (cache().lexed() - lexed));
    }

    @Test
    void whatTheLexerKeepsAsWrittenDecidesItsShape() throws SQLException {
        // Literals in comments, strings holding quotes, comment markers and '?', quoted names, a kept LIMIT
        // that changes, TRUE lifted beside IS TRUE kept, a prefixed string: each statement is compared with
        // its result prepared as written.
        String sql = "SELECT plan_code, brand /* brand = 'x' or 5 */ AS \"b'rand\" FROM plan -- limit 99\n"
                + "WHERE brand = '%s' AND plan_code <> 'it''s -- /* ?' AND (monthly_fee > %s) IS TRUE"
                + " AND %s = %s ORDER BY plan_code LIMIT %s";
        assertSameResults(
                String.format(sql, "GOTONE", "10", "TRUE", "TRUE", "3"),
                String.format(sql, "MZONE", "20.5", "FALSE", "TRUE", "3"),
                String.format(sql, "GOTONE", "0", "TRUE", "TRUE", "5"),
                String.format(sql, "SZX", "1e1", "TRUE", "TRUE", "2"),
                String.format(sql, "it''s", "10", "TRUE", "TRUE", "3"));
        String prefixed = "SELECT COUNT(*) FROM plan WHERE brand = %s'GOTONE' AND monthly_fee > %s";
        assertSameResults(String.format(prefixed, "", "5"), String.format(prefixed, "N", "5"),
                String.format(prefixed, "", "7"), String.format(prefixed, "N", "9"));
    }

    @Test
    void signedNumbersAreParsedEachTime() throws SQLException {
        String sql = "SELECT COUNT(*) FROM subscriber_month WHERE arpu > %s AND month_id = 200804";
        long lexed = cache().lexed();
        assertSameResults(String.format(sql, "-5"), String.format(sql, "-7"), String.format(sql, "- 9"));
        assertEquals(lexed, cache().lexed());
    }

    @Test
    void decimalsIntegersAndNegativeNumbers() throws SQLException {
        String sql = "SELECT COUNT(*), SUM(arpu), MIN(value_score) FROM subscriber_month"
                + " WHERE arpu > %s AND value_score BETWEEN %s AND %s AND tenure_months NOT BETWEEN %s AND %s"
                + " AND subscriber_id <> %s AND onnet_share >= %s";
        assertServedFromOnePlan(
                String.format(sql, "12.5", "10.25", "80", "-5", "3", "7", "0.70"),
                String.format(sql, "0", "0", "100", "10", "-10", "1", "0"),
                String.format(sql, "100.00", "50.5", "50.5", "0", "0", "3000000000", "0.0001"),
                String.format(sql, "-1", "20", "10", "-2147483648", "2147483647", "-1", "1.0000"));
    }

    @Test
    void inListsOfStringsAndNumbers() throws SQLException {
        String sql = "SELECT value_tier, stick_tier, COUNT(*) AS n FROM subscriber_month"
                + " WHERE value_tier IN (%s) AND city_id NOT IN (%s) GROUP BY value_tier, stick_tier ORDER BY 1, 2";
        assertServedFromOnePlan(
                String.format(sql, "'H', 'MH'", "105, 109"),
                String.format(sql, "'L', 'M'", "101, 999"),
                String.format(sql, "'H', 'NOWHERE'", "105, 105"));
    }

    @Test
    void datesAndBooleans() throws SQLException {
        String sql = "SELECT subscriber_id, join_date, group_member FROM subscriber"
                + " WHERE join_date >= DATE '%s' AND group_member = %s AND gender = '%s' ORDER BY subscriber_id";
        assertServedFromOnePlan(
                String.format(sql, "2007-06-10", "TRUE", "F"),
                String.format(sql, "2001-01-01", "FALSE", "M"),
                String.format(sql, "1969-12-31", "true", "M"));
    }

    @Test
    void comparisonsCalciteEvaluatesAboveTheScanBindTheSameValues() throws SQLException {
        // OR with a condition the engine cannot push keeps the lifted comparison in Calcite's generated code.
        String sql = "SELECT COUNT(*) FROM subscriber_month WHERE month_id = %s AND (value_tier = '%s'"
                + " OR arpu > %s OR tenure_months < %s OR churn_flag = %s OR UPPER(status) = 'NONE')";
        assertServedFromOnePlan(
                String.format(sql, "200804", "H", "150.5", "3", "TRUE"),
                String.format(sql, "200805", "L", "20", "-1", "FALSE"));
        String dates = "SELECT COUNT(*) FROM subscriber WHERE join_date = DATE '%s' OR join_date > DATE '%s'"
                + " OR UPPER(gender) = 'X'";
        assertServedFromOnePlan(String.format(dates, "2007-02-03", "2007-11-01"),
                String.format(dates, "2007-05-06", "2007-09-15"));
        String doubles = "SELECT table_name, row_count FROM sys.tables WHERE bytes_per_row > %s AND row_count >= %s"
                + " ORDER BY table_name";
        assertServedFromOnePlan(String.format(doubles, "1.5", "0"), String.format(doubles, "4e1", "10"),
                String.format(doubles, "0.1", "2000"));
    }

    @Test
    void joinsHavingSubqueriesAndSetOperations() throws SQLException {
        String join = "SELECT r.region_name, COUNT(*) AS subs FROM subscriber_month s JOIN region r"
                + " ON r.region_id = s.county_id AND r.parent_id = %s WHERE s.month_id = %s GROUP BY r.region_name"
                + " HAVING r.region_name <> '%s' ORDER BY 1";
        assertServedFromOnePlan(String.format(join, "105", "200804", "x"), String.format(join, "109", "200803", "y"));
        String sub = "WITH m AS (SELECT * FROM subscriber_month WHERE month_id = %s)"
                + " SELECT COUNT(*) FROM m WHERE m.subscriber_id IN (SELECT subscriber_id FROM subscriber WHERE gender = '%s')"
                + " AND EXISTS (SELECT 1 FROM region WHERE region_id > %s)"
                + " UNION ALL SELECT COUNT(*) FROM region WHERE parent_id = %s";
        assertServedFromOnePlan(String.format(sub, "200804", "F", "0", "105"),
                String.format(sub, "200805", "M", "999999", "1"));
    }

    @Test
    void literalsShapingTheResultStayAndMakeTheirOwnPlans() throws SQLException {
        String sql = "SELECT CASE WHEN value_tier = '%s' THEN 'top' ELSE 'rest' END AS band, '%s' AS tag, %s AS n,"
                + " COUNT(*) AS subs, SUM(0.70 * arpu) FROM subscriber_month WHERE month_id = 200804"
                + " GROUP BY 1 ORDER BY 1 LIMIT %s";
        long misses = cache().misses();
        assertEquals(0, assertSameResults(String.format(sql, "H", "a", "7", "5"), String.format(sql, "MH", "bc", "7.5", "5"),
                String.format(sql, "H", "a", "7", "1")));
        assertEquals(misses + 3, cache().misses());
    }

    @Test
    void nullLiteralsAreNotLifted() throws SQLException {
        String sql = "SELECT COUNT(*) FROM subscriber_month WHERE city_id = NULL OR month_id = %s"
                + " OR county_id IN (%s, NULL)";
        assertServedFromOnePlan(String.format(sql, "200804", "10503"), String.format(sql, "200803", "10101"));
        assertTrue(result(cached, "SELECT COUNT(*) FROM subscriber_month WHERE city_id = NULL").contains("0/Long|"));
    }

    @Test
    void literalsThatDoNotFitTheColumnTypeArePreparedAsWritten() throws SQLException {
        String sql = "SELECT COUNT(*) FROM subscriber_month WHERE city_id = %s AND arpu < %s";
        assertSameResults(String.format(sql, "105", "30"));
        // A string for an INTEGER column, a number beyond INTEGER, a fraction finer than DECIMAL(12,2):
        // their shape is cached, but binding them would change the comparison, so none runs from it.
        assertEquals(0, assertSameResults(String.format(sql, "'105'", "30"), String.format(sql, "3000000000", "30"),
                String.format(sql, "105", "30.005"), String.format(sql, "105.5", "30")));
    }

    @Test
    void explainShowsTheLiteralsAsWritten() throws SQLException {
        String sql = "EXPLAIN PLAN FOR " + matrixCell(200804, 105, "H", "MID", true);
        List<String> plan = result(cached, sql);
        assertEquals(result(written, sql), plan);
        assertTrue(plan.toString().contains("month_id = 200804"), plan.toString());
    }

    @Test
    void errorsNameThePositionInTheStatementAsWritten() {
        String sql = "SELECT plan_code FROM plan WHERE brand = 'GOTONE' AND fee > 5";
        SQLException e = assertThrows(SQLException.class, () -> result(cached, sql));
        assertTrue(e.getMessage().contains("Column 'fee' not found"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1, column " + (sql.indexOf("fee") + 1)), e.getMessage());
        assertEquals(assertThrows(SQLException.class, () -> result(written, sql)).getMessage(), e.getMessage());
        String syntax = "SELECT plan_code FROM plan WHERE brand = 'GOTONE' AND";
        assertEquals(assertThrows(SQLException.class, () -> result(written, syntax)).getMessage(),
                assertThrows(SQLException.class, () -> result(cached, syntax)).getMessage());
    }

    @Test
    void failuresWhileRowsAreProducedKeepTheirMessage() {
        String sql = "SELECT CAST(status AS INTEGER) FROM subscriber_month WHERE month_id = %s";
        String expected = assertThrows(SQLException.class, () -> result(written, String.format(sql, "200804"))).getMessage();
        assertTrue(expected.contains("cannot convert a string to a number"), expected);
        assertEquals(expected, assertThrows(SQLException.class, () -> result(cached, String.format(sql, "200804"))).getMessage());
        assertEquals(expected, assertThrows(SQLException.class, () -> result(cached, String.format(sql, "200805"))).getMessage());
    }

    @Test
    void maxRowsAndReservedColumnNames() throws SQLException {
        String sql = "SELECT kpi_code, rollup FROM kpi_tree WHERE rollup <> '%s' ORDER BY kpi_code";
        for (String value : List.of("SUM", "RATIO", "none")) {
            try (Statement s = cached.createStatement(); Statement w = written.createStatement()) {
                s.setMaxRows(2);
                w.setMaxRows(2);
                List<String> rows = result(s, String.format(sql, value));
                assertEquals(result(w, String.format(sql, value)), rows);
                assertEquals(3, rows.size());
            }
        }
    }

    @Test
    void theCacheKeepsTheMostRecentlyUsedShapes() throws SQLException {
        try (Connection c = DriverManager.getConnection(DATA + ";planCacheSize=2")) {
            PlanCache cache = PlanCaches.of(c);
            String a = "SELECT COUNT(*) FROM region WHERE region_id > %s";
            String b = "SELECT COUNT(*) FROM region WHERE parent_id = %s";
            String d = "SELECT COUNT(*) FROM plan WHERE brand = '%s'";
            for (String sql : List.of(a, b, a, d, a, b)) {
                result(c, String.format(sql, "1"));
                assertTrue(cache.size() <= 2);
            }
            // a, b, a(hit), d (evicts b), a(hit), b (miss again, evicts d).
            assertEquals(2, cache.hits());
            assertEquals(4, cache.misses());
            assertEquals(2, cache.size());
        }
    }

    @Test
    void eachConnectionPlansWithItsOwnScoringParameters() throws SQLException {
        String sql = "SELECT stick_tier, churn_flag, COUNT(*) FROM subscriber_month WHERE month_id = %s"
                + " GROUP BY stick_tier, churn_flag ORDER BY 1, 2";
        try (Connection b = DriverManager.getConnection(DATA + ";profile=B");
             Connection bWritten = DriverManager.getConnection(DATA + ";profile=B;planCache=false")) {
            List<String> profileA = result(cached, String.format(sql, "200804"));
            List<String> profileB = result(b, String.format(sql, "200804"));
            assertNotEquals(profileA, profileB);
            assertEquals(result(bWritten, String.format(sql, "200804")), profileB);
            assertEquals(result(bWritten, String.format(sql, "200805")), result(b, String.format(sql, "200805")));
            assertEquals(1, PlanCaches.of(b).hits());
        }
    }

    @Test
    void theCacheCanBeTurnedOff() throws SQLException {
        assertNull(PlanCaches.of(written));
        try (Connection c = DriverManager.getConnection(DATA + ";planCacheSize=0")) {
            assertNull(PlanCaches.of(c));
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(DATA + ";planCacheSize=many"));
    }

    @Test
    void concurrentStatementsOnOneConnection() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Statement> statements = new ArrayList<>();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            String[] tiers = {"H", "MH", "M", "L"};
            for (int t = 0; t < 4; t++) {
                int thread = t;
                // Calcite registers a connection's statements in a plain map: create them on one thread.
                Statement mine = cached.createStatement();
                Statement reference = written.createStatement();
                statements.addAll(List.of(mine, reference));
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 20; k++) {
                        String sql = matrixCell(200803 + k % 3, 101 + (k + thread) % 13, tiers[k % 4], "MID", k % 2 == 0);
                        if (!result(reference, sql).equals(result(mine, sql))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
            for (Statement s : statements) {
                s.close();
            }
        }
    }

    @Test
    void aClosedConnectionsCacheIsCollected() throws Exception {
        WeakReference<PlanCache> ref = openRunAndClose();
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
            // A weak map lets go of the values of collected keys when it is next used.
            PlanCaches.of(cached);
        }
        assertNull(ref.get());
    }

    private static WeakReference<PlanCache> openRunAndClose() throws SQLException {
        try (Connection c = DriverManager.getConnection(DATA)) {
            result(c, matrixCell(200804, 105, "H", "MID", true));
            PlanCache cache = PlanCaches.of(c);
            assertNotNull(cache);
            assertFalse(cache.size() == 0);
            return new WeakReference<>(cache);
        }
    }
}
