package io.subcube.engine.sql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.junit.jupiter.api.Test;

/** Which literals a statement's shape lifts to parameters, and the shape text that results. */
class StatementShapeTest {

    private static final SqlParser.Config PARSER = SqlParser.config()
            .withUnquotedCasing(Casing.TO_LOWER).withConformance(SqlConformanceEnum.LENIENT);

    private static StatementShape shape(String sql) {
        return StatementShape.of(sql, PARSER);
    }

    private static String text(String sql) {
        return shape(sql).text();
    }

    private static List<Object> values(String sql) {
        return shape(sql).literals().stream().map(LiftedLiteral::value).toList();
    }

    @Test
    void matrixCellLiftsAllFivePredicates() {
        String sql = "SELECT COUNT(*) AS subs FROM subscriber_month WHERE month_id = 202409 AND city_id = 105"
                + " AND value_tier = 'H' AND stick_tier = 'MID' AND churn_flag = TRUE";
        assertEquals("SELECT COUNT(*) AS subs FROM subscriber_month WHERE month_id = ? AND city_id = ?"
                + " AND value_tier = ? AND stick_tier = ? AND churn_flag = ?", text(sql));
        assertEquals(List.of(new BigDecimal("202409"), new BigDecimal("105"), "H", "MID", true), values(sql));
    }

    @Test
    void comparisonsBetweenInListsAndBothSidesAreLifted() {
        assertEquals("SELECT a FROM t WHERE ? < x AND y BETWEEN ? AND ? AND z NOT IN (?, ?) AND w <> ?"
                        + " AND v NOT BETWEEN ? AND ? OR NOT (u >= ?)",
                text("SELECT a FROM t WHERE 5 < x AND y BETWEEN -1.5 AND 4e1 AND z NOT IN ('a', 'b''c') AND w <> 0.70"
                        + " AND v NOT BETWEEN 1 AND 2 OR NOT (u >= DATE '2008-04-01')"));
        assertEquals(List.of(new BigDecimal("5"), new BigDecimal("-1.5"), new BigDecimal("4E+1"), "a", "b'c",
                        new BigDecimal("0.70"), BigDecimal.ONE, new BigDecimal("2"),
                        (int) LocalDate.of(2008, 4, 1).toEpochDay()),
                values("SELECT a FROM t WHERE 5 < x AND y BETWEEN -1.5 AND 4e1 AND z NOT IN ('a', 'b''c')"
                        + " AND w <> 0.70 AND v NOT BETWEEN 1 AND 2 OR NOT (u >= DATE '2008-04-01')"));
    }

    @Test
    void onHavingSubqueriesAndWithAreLifted() {
        assertEquals("WITH m AS (SELECT * FROM s WHERE month_id = ?) SELECT r.name, COUNT(*) FROM m"
                        + " JOIN r ON r.id = m.county_id AND r.parent_id = ? WHERE m.id IN (SELECT id FROM u WHERE g = ?)"
                        + " AND EXISTS (SELECT 1 FROM r WHERE id = ?) GROUP BY r.name HAVING r.name <> ?"
                        + " UNION ALL SELECT 'x', 1 FROM r WHERE id > (SELECT MIN(id) FROM r WHERE p = ?) ORDER BY 1",
                text("WITH m AS (SELECT * FROM s WHERE month_id = 200804) SELECT r.name, COUNT(*) FROM m"
                        + " JOIN r ON r.id = m.county_id AND r.parent_id = 105 WHERE m.id IN (SELECT id FROM u WHERE g = 'F')"
                        + " AND EXISTS (SELECT 1 FROM r WHERE id = 7) GROUP BY r.name HAVING r.name <> 'y'"
                        + " UNION ALL SELECT 'x', 1 FROM r WHERE id > (SELECT MIN(id) FROM r WHERE p = 3) ORDER BY 1"));
    }

    @Test
    void literalsThatShapeTheResultOrThePlanStay() {
        String sql = "SELECT 'tag', 7, CASE WHEN a = 1 THEN 'one' END, CAST(b AS DECIMAL(5, 2)) FROM t"
                + " WHERE UPPER(c) = 'X' AND d LIKE 'Su%' AND e = NULL AND f IN (1, NULL) AND g + 1 = 2"
                + " AND h > CURRENT_DATE - INTERVAL '1' DAY AND i = N'n' AND j = X'0A' AND 1 = 1"
                + " AND k = TIMESTAMP '2008-01-01 00:00:00' AND (l = 3) IS TRUE"
                + " GROUP BY 1 HAVING COUNT(*) > 5 ORDER BY 2 LIMIT 10 OFFSET 2";
        assertEquals(sql.replace("f IN (1, NULL)", "f IN (?, NULL)"), text(sql));
    }

    @Test
    void longInListsStayAsTheyArePlannedAsAJoin() {
        StringBuilder items = new StringBuilder("1");
        for (int i = 2; i <= 20; i++) {
            items.append(", ").append(i);
        }
        String sql = "SELECT a FROM t WHERE x IN (" + items + ")";
        assertEquals(sql, text(sql));
    }

    @Test
    void positionsHoldAcrossLinesTabsAndCarriageReturns() {
        String sql = "SELECT a\r\nFROM t\n\tWHERE x = 'multi\nline' AND\ty = -\t7\rAND z = 'é'";
        assertEquals("SELECT a\r\nFROM t\n\tWHERE x = ? AND\ty = ?\rAND z = ?", text(sql));
        assertEquals(List.of("multi\nline", new BigDecimal("-7"), "é"), values(sql));
    }

    @Test
    void statementsWithoutAShape() {
        assertNull(shape("EXPLAIN PLAN FOR SELECT a FROM t WHERE x = 1"));
        assertNull(shape("SELECT a FROM t WHERE x = ? AND y = 1"));
        assertNull(shape("SELECT a FORM t"));
        assertNull(shape("INSERT INTO t VALUES (1)"));
    }

    @Test
    void aStatementWithNothingToLiftIsItsOwnShape() {
        assertEquals("SELECT COUNT(*) FROM t", text("SELECT COUNT(*) FROM t"));
        assertEquals(List.of(), values("SELECT COUNT(*) FROM t"));
    }
}
