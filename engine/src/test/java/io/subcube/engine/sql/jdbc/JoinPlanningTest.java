package io.subcube.engine.sql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Joins are planned in the order the query writes them: Calcite's exhaustive join reordering is off
 * (prepare time, issue 7) but each join may swap its inputs, and a 4-way join (§B4 Q13) still plans to three joins with its filters pushed.
 */
class JoinPlanningTest {

    private static final String Q13 = """
            SELECT c.kpi_code, c.root_cause, kc.actual, kc.target
            FROM kpi_tree c JOIN kpi_tree p ON p.kpi_code = c.parent_code JOIN kpi_month kc ON kc.kpi_code = c.kpi_code
            JOIN kpi_month kp ON kp.kpi_code = p.kpi_code AND kp.region_id = kc.region_id AND kp.month_id = kc.month_id
            WHERE p.kpi_code = 'CRBT_FEE_REV' AND kc.region_id = 105 AND kc.month_id = %d ORDER BY c.kpi_code""";

    @Test
    void joinCommuteStays() {
        assertTrue(SubcubePrepare.EXHAUSTIVE_JOIN_RULES.stream()
                .noneMatch(r -> r instanceof org.apache.calcite.rel.rules.JoinCommuteRule));
    }

    @Test
    void fourWayJoinPlansInWrittenOrderWithFiltersPushed() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:subcube:;subscribers=2000;months=2");
             Statement s = c.createStatement()) {
            int month;
            try (ResultSet rs = s.executeQuery("SELECT MIN(month_id) FROM kpi_month")) {
                rs.next();
                month = rs.getInt(1);
            }
            String sql = String.format(Q13, month);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1));
                }
            }
            String text = plan.toString();
            assertEquals(3, text.split("Join\\(", -1).length - 1, text);
            assertTrue(text.contains("filter=[kpi_code = 'CRBT_FEE_REV']"), text);
            assertTrue(text.contains("filter=[(region_id = 105 AND month_id = " + month + ")]"), text);

            List<String> joined = rows(s, sql);
            // The same rows without joins to reorder: the children of the root, each with its own month row.
            List<String> expected = rows(s, String.format("""
                    SELECT c.kpi_code, c.root_cause, kc.actual, kc.target FROM kpi_tree c, kpi_month kc
                    WHERE c.parent_code = 'CRBT_FEE_REV' AND kc.kpi_code = c.kpi_code AND kc.region_id = 105
                      AND kc.month_id = %d
                      AND EXISTS (SELECT 1 FROM kpi_month kp WHERE kp.kpi_code = 'CRBT_FEE_REV'
                                  AND kp.region_id = 105 AND kp.month_id = %d)
                    ORDER BY c.kpi_code""", month, month));
            assertTrue(!joined.isEmpty());
            assertEquals(expected, joined);
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4));
            }
        }
        return rows;
    }
}
