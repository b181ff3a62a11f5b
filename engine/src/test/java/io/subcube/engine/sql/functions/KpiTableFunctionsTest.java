package io.subcube.engine.sql.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.exec.kpi.DrillStep;
import io.subcube.engine.exec.kpi.KpiStoreFixture;
import io.subcube.engine.exec.kpi.SplitRow;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KPI_DRILL and KPI_REGION_SPLIT through JDBC: columns and types, each arity, SQL on top, errors. */
class KpiTableFunctionsTest {

    private static final int M = 200809;
    private static Connection conn;

    @BeforeAll
    static void open() throws SQLException {
        KpiStoreFixture f = new KpiStoreFixture().suzhouCounty()
                .kpi("CRBT_FEE_REV", null, "PRODUCT", 1, "1", "UP", "SUM", null, "CITY")
                .kpi("CRBT_PAY_USERS", "CRBT_FEE_REV", "DRIVERS", 1, "1", "UP", "SUM", null, "CITY")
                .kpi("CRBT_AVG_FEE", "CRBT_FEE_REV", "DRIVERS", 1, "1", "UP", "RATIO", null, "CITY")
                .kpi("CRBT_NEW_PAY", "CRBT_PAY_USERS", "LEAF", 1, "0.5", "UP", "SUM", "PROMOTION", "CITY")
                .kpi("CRBT_LOST_PAY", "CRBT_PAY_USERS", "LEAF", 1, "0.5", "DOWN", "SUM", "CUSTOMER", "CITY")
                .kpi("NEW_SHARE_2P", null, "DRIVERS", 1, "1", "UP", "RATIO", null, "GRID")
                .rule(1, "NEW_SHARE_2P", "GRID", "MIN", "0.70")
                .fact(M, 105, "CITY", "CRBT_FEE_REV", "4560000", "5000000")
                .fact(M, 105, "CITY", "CRBT_PAY_USERS", "950000", "1000000")
                .fact(M, 105, "CITY", "CRBT_AVG_FEE", "4.80", "5.00")
                .fact(M, 105, "CITY", "CRBT_NEW_PAY", "40000", "50000")
                .fact(M, 105, "CITY", "CRBT_LOST_PAY", "33600", "30000")
                .ratio(M, 10503, "COUNTY", "NEW_SHARE_2P", "150", "200", "0.80")
                .ratio(M, 1050301, "GRID", "NEW_SHARE_2P", "60", "100", "0.75")
                .ratio(M, 1050302, "GRID", "NEW_SHARE_2P", "90", "100", "0.75");
        conn = SubcubeDriver.connect(f.build(), new Properties());
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    private static List<List<Object>> query(String sql) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rows(rs);
        }
    }

    private static List<List<Object>> rows(ResultSet rs) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                row.add(rs.getObject(i));
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void drillColumnsAndTypesAreTheDeclaredOnes() throws SQLException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM TABLE(KPI_DRILL('CRBT_FEE_REV', 105, 200809))")) {
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(DrillStep.COLUMNS.size(), md.getColumnCount());
            for (int i = 0; i < DrillStep.COLUMNS.size(); i++) {
                assertEquals(DrillStep.COLUMNS.get(i).name(), md.getColumnLabel(i + 1));
            }
            assertEquals(Types.INTEGER, md.getColumnType(1));
            assertEquals(Types.DECIMAL, md.getColumnType(6));
            assertEquals(4, md.getScale(6));
            assertEquals(Types.DOUBLE, md.getColumnType(9));
            assertEquals(Types.BOOLEAN, md.getColumnType(15));
            List<List<Object>> rows = rows(rs);
            // paths: FEE_REV → PAY_USERS → NEW_PAY, FEE_REV → PAY_USERS → LOST_PAY, FEE_REV → AVG_FEE
            assertEquals(8, rows.size());
            assertEquals(List.of(1, 0, "CRBT_FEE_REV"), rows.get(0).subList(0, 3));
            assertEquals(new BigDecimal("4560000.0000"), rows.get(0).get(5));
            assertEquals(-245008.7255, (Double) rows.get(1).get(8), 1e-4);
        }
    }

    @Test
    void lowerCaseNamesFiltersAndOrderingWorkOnTop() throws SQLException {
        List<List<Object>> rows = query("SELECT kpi_code, root_cause, cause_class, ROUND(gap_share, 4) AS share"
                + " FROM TABLE(kpi_drill('CRBT_FEE_REV', 105, 200809)) WHERE path_end ORDER BY gap_share DESC");
        assertEquals(3, rows.size());
        assertEquals(List.of("CRBT_AVG_FEE", "CRBT_NEW_PAY", "CRBT_LOST_PAY"),
                rows.stream().map(r -> r.get(0)).toList());
        assertNull(rows.get(0).get(1));
        assertEquals("PROMOTION", rows.get(1).get(1));
        assertEquals("UNCERTAIN", rows.get(2).get(2));
        List<List<Object>> summary = query("SELECT DISTINCT controllable_share + uncertain_share"
                + " FROM TABLE(KPI_DRILL('CRBT_FEE_REV', 105, 200809, 'TARGET'))");
        assertEquals(1.0, (Double) summary.get(0).get(0), 1e-12);
    }

    @Test
    void regionSplitOfTheDomainExampleSumsToTheCountyGap() throws SQLException {
        List<List<Object>> rows = query("SELECT region_id, contribution, breached, rule_id, parent_gap"
                + " FROM TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', 10503, 200809, 'THRESHOLD', 0.70))");
        assertEquals(2, rows.size());
        assertEquals(1050301, rows.get(0).get(0));
        assertEquals(-0.05, (Double) rows.get(0).get(1), 1e-12);
        assertEquals(true, rows.get(0).get(2));
        assertEquals(1, rows.get(0).get(3));
        assertEquals(0.10, (Double) rows.get(1).get(1), 1e-12);
        assertEquals(false, rows.get(1).get(2));
        List<List<Object>> sum = query("SELECT SUM(contribution), MIN(parent_gap)"
                + " FROM TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', 10503, 200809))");
        // against the county's target 0.80: −0.10 + 0.05
        assertEquals(-0.05, (Double) sum.get(0).get(0), 1e-12);
        assertEquals(-0.05, (Double) sum.get(0).get(1), 1e-12);
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', 10503, 200809))")) {
            assertEquals(SplitRow.COLUMNS.size(), rs.getMetaData().getColumnCount());
            assertEquals("contribution", rs.getMetaData().getColumnLabel(13));
        }
    }

    @Test
    void argumentsMayBeBoundAndJoinedWithTables() throws SQLException {
        // Calcite cannot type a bare ? in a table function call before it resolves the function: CAST it
        try (PreparedStatement ps = conn.prepareStatement("SELECT r.region_name, s.contribution"
                + " FROM TABLE(KPI_REGION_SPLIT(CAST(? AS VARCHAR), CAST(? AS INTEGER), CAST(? AS INTEGER),"
                + " 'THRESHOLD', 0.7)) s"
                + " JOIN region r ON r.region_id = s.region_id ORDER BY s.contribution")) {
            ps.setString(1, "NEW_SHARE_2P");
            ps.setInt(2, 10503);
            ps.setInt(3, M);
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> rows = rows(rs);
                assertEquals(List.of("grid A", "grid B"), rows.stream().map(r -> r.get(0)).toList());
            }
        }
    }

    @Test
    void nullArgumentsGiveNoRows() throws SQLException {
        assertTrue(query("SELECT * FROM TABLE(KPI_DRILL(CAST(NULL AS VARCHAR), 105, 200809))").isEmpty());
        assertTrue(query("SELECT * FROM TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', 10503, CAST(NULL AS INTEGER)))")
                .isEmpty());
    }

    @Test
    void badArgumentsAreSqlExceptionsNamingTheProblem() {
        // read row by row, the function's message is the whole message
        SQLException plain = assertThrows(SQLException.class,
                () -> query("SELECT * FROM TABLE(KPI_DRILL('CRBT', 105, 200809))"));
        assertEquals("KPI_DRILL: unknown kpi_code 'CRBT' (not in kpi_tree)", plain.getMessage());
        // under a sort or an aggregate Calcite prefixes the statement, the message stays in it
        assertSqlError("KPI_DRILL: unknown kpi_code 'CRBT' (not in kpi_tree)",
                "SELECT * FROM TABLE(KPI_DRILL('CRBT', 105, 200809))");
        assertSqlError("KPI_DRILL: unknown region_id 7 (not in region)",
                "SELECT * FROM TABLE(KPI_DRILL('CRBT_FEE_REV', 7, 200809))");
        assertSqlError("KPI_DRILL: no kpi_month data for month_id 200810 (it has 200809 to 200809)",
                "SELECT * FROM TABLE(KPI_DRILL('CRBT_FEE_REV', 105, 200810))");
        assertSqlError("KPI_DRILL: CRBT_FEE_REV is kept down to CITY level (min_level), but region 10503 is a COUNTY",
                "SELECT * FROM TABLE(KPI_DRILL('CRBT_FEE_REV', 10503, 200809)) ORDER BY depth");
        assertSqlError("KPI_REGION_SPLIT: unknown reference 'BUDGET'; expected TARGET, PREVIOUS or THRESHOLD",
                "SELECT COUNT(*) FROM TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', 10503, 200809, 'BUDGET'))");
    }

    private static void assertSqlError(String expected, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> query(sql));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
