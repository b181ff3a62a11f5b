package io.subcube.engine.sql.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drill-downs on a generated dataset: region splits add up to the parent's gap computed from kpi_month
 * (RATIO to num/den − t, SUM to actual − target), KPI_DRILL's contributions are Q13's, and a SUM or PRODUCT
 * parent's children (all of them, by Q13) add up to its gap, and the children flagged by a rule are its alerts.
 */
class KpiDrillDatasetTest {

    private static Connection conn;
    private static int month;

    @BeforeAll
    static void open() throws SQLException {
        conn = DriverManager.getConnection("jdbc:subcube:;subscribers=20000;months=4");
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(month_id) FROM kpi_month")) {
            rs.next();
            month = rs.getInt(1);
        }
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    /** num, den, actual and target of a kpi_month row. */
    private static BigDecimal[] row(String kpi, int region) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT num, den, actual, target FROM kpi_month"
                + " WHERE month_id = ? AND region_id = ? AND kpi_code = ?")) {
            ps.setInt(1, month);
            ps.setInt(2, region);
            ps.setString(3, kpi);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), kpi + " at " + region);
                return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                    rs.getBigDecimal(4)};
            }
        }
    }

    /** Sum of contribution and the parent_gap, per parent region, of a split. */
    private static Map<Integer, double[]> groups(String call) throws SQLException {
        Map<Integer, double[]> out = new HashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT parent_region_id, SUM(contribution), MIN(parent_gap),"
                     + " MAX(parent_gap), COUNT(*) FROM TABLE(" + call + ") GROUP BY parent_region_id")) {
            while (rs.next()) {
                assertEquals(rs.getDouble(3), rs.getDouble(4));
                out.put(rs.getInt(1), new double[] {rs.getDouble(2), rs.getDouble(3), rs.getLong(5)});
            }
        }
        return out;
    }

    @Test
    void ratioSplitsAddUpToTheCountysShareMinusItsTarget() throws SQLException {
        List<Integer> counties = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT region_id FROM region WHERE parent_id = 105 ORDER BY region_id")) {
            while (rs.next()) {
                counties.add(rs.getInt(1));
            }
        }
        assertFalse(counties.isEmpty());
        for (int county : counties) {
            BigDecimal[] k = row("NEW_SHARE_2P", county);
            double expected = k[0].doubleValue() / k[1].doubleValue() - k[3].doubleValue();
            double[] g = groups("KPI_REGION_SPLIT('NEW_SHARE_2P', " + county + ", " + month + ")").get(county);
            assertEquals(expected, g[1], 1e-12, "parent_gap of " + county);
            assertEquals(expected, g[0], 1e-12, "contributions of " + county);
        }
    }

    @Test
    void ratioSplitAgainstTheSeventyPercentLineIsQ5() throws SQLException {
        String q5 = "SELECT r.region_id, (k.num - 0.70 * k.den) / NULLIF(p.den, 0) AS gap_contrib"
                + " FROM kpi_month k JOIN region r ON r.region_id = k.region_id"
                + " JOIN kpi_month p ON p.region_id = r.parent_id AND p.kpi_code = k.kpi_code AND p.month_id = k.month_id"
                + " WHERE k.month_id = " + month + " AND k.kpi_code = 'NEW_SHARE_2P' AND r.parent_id = 10503"
                + " ORDER BY gap_contrib, r.region_id";
        String split = "SELECT region_id, contribution FROM TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', 10503, " + month
                + ", 'THRESHOLD', 0.70)) WHERE depth = 1";
        List<Object[]> expected = pairs(q5);
        List<Object[]> actual = pairs(split);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], actual.get(i)[0]);
            assertEquals(((Number) expected.get(i)[1]).doubleValue(), (Double) actual.get(i)[1], 1e-12);
        }
        BigDecimal[] k = row("NEW_SHARE_2P", 10503);
        assertEquals(k[0].doubleValue() / k[1].doubleValue() - 0.70,
                actual.stream().mapToDouble(r -> (Double) r[1]).sum(), 1e-12);
    }

    private static List<Object[]> pairs(String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Object[] {rs.getInt(1), rs.getObject(2)});
            }
        }
        return out;
    }

    @Test
    void sumSplitsAddUpToEachParentsGapAtEveryDepth() throws SQLException {
        Map<Integer, double[]> g = groups("KPI_REGION_SPLIT('REV_TOTAL', 105, " + month + ")");
        assertTrue(g.containsKey(105));
        for (Map.Entry<Integer, double[]> e : g.entrySet()) {
            BigDecimal[] k = row("REV_TOTAL", e.getKey());
            double gap = k[2].subtract(k[3]).doubleValue();
            assertEquals(gap, e.getValue()[1], 1e-6, "parent_gap of " + e.getKey());
            assertEquals(gap, e.getValue()[0], 1e-6, "contributions of " + e.getKey());
        }
    }

    @Test
    void childrenFlaggedByARuleAreThatRulesAlerts() throws SQLException {
        // rule 5 watches CRBT_REV in every city, rule 1 NEW_SHARE_2P in every grid
        List<Integer> cities = ints("SELECT region_id FROM alert WHERE rule_id = 5 AND month_id = " + month
                + " ORDER BY region_id");
        assertFalse(cities.isEmpty(), "no CRBT alert to compare with");
        assertEquals(cities,
                ints("SELECT region_id FROM TABLE(KPI_REGION_SPLIT('CRBT_REV', 1, " + month + "))"
                        + " WHERE breached AND rule_id = 5 ORDER BY region_id"));
        assertEquals(ints("SELECT a.region_id FROM alert a JOIN region r ON r.region_id = a.region_id"
                        + " WHERE a.rule_id = 1 AND a.month_id = " + month + " AND r.parent_id = 10503"
                        + " ORDER BY a.region_id"),
                ints("SELECT region_id FROM TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', 10503, " + month + "))"
                        + " WHERE breached AND rule_id = 1 ORDER BY region_id"));
    }

    private static List<Integer> ints(String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    @Test
    void treeContributionsAreQ13sAndAddUpToTheParentsGap() throws SQLException {
        // Q13 for every SUM and PRODUCT parent at Suzhou: each child's KPI_CONTRIB, summed per parent
        String q13 = "SELECT p.kpi_code, c.kpi_code, kp.actual - kp.target,"
                + " KPI_CONTRIB(p.formula_kind, kc.actual, kc.target, kp.actual, kp.target, c.sign)"
                + " FROM kpi_tree c JOIN kpi_tree p ON p.kpi_code = c.parent_code"
                + " JOIN kpi_month kc ON kc.kpi_code = c.kpi_code"
                + " JOIN kpi_month kp ON kp.kpi_code = p.kpi_code AND kp.region_id = kc.region_id"
                + " AND kp.month_id = kc.month_id"
                + " WHERE p.formula_kind IN ('SUM', 'PRODUCT') AND kc.region_id = 105 AND kc.month_id = " + month;
        Map<String, Double> contrib = new HashMap<>();
        Map<String, double[]> sums = new HashMap<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(q13)) {
            while (rs.next()) {
                double c = rs.getDouble(4);
                assertFalse(rs.wasNull(), rs.getString(2));
                contrib.put(rs.getString(2), c);
                double[] sum = sums.computeIfAbsent(rs.getString(1), k -> new double[2]);
                sum[0] = rs.getDouble(3);
                sum[1] += c;
            }
        }
        assertTrue(sums.keySet().containsAll(List.of("CRBT_REV", "CRBT_FEE_REV", "REV_TOTAL", "NET_ADDS")));
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            // a PRODUCT parent equals the product of its children within 0.01 (§B5.2), so its log-mean parts
            // add up to its gap within about as much
            assertEquals(e.getValue()[0], e.getValue()[1], 0.05 + Math.abs(e.getValue()[0]) * 1e-9, e.getKey());
        }
        int checked = 0;
        for (String kpi : List.of("CRBT_REV", "REV_TOTAL", "NET_ADDS")) {
            try (Statement s = conn.createStatement();
                 ResultSet rs = s.executeQuery("SELECT kpi_code, contrib, controllable_share, uncertain_share"
                         + " FROM TABLE(KPI_DRILL('" + kpi + "', 105, " + month + ")) WHERE contrib IS NOT NULL")) {
                while (rs.next()) {
                    assertEquals(contrib.get(rs.getString(1)), rs.getDouble(2),
                            1e-9 * Math.abs(rs.getDouble(2)), rs.getString(1));
                    double shares = rs.getDouble(3) + rs.getDouble(4);
                    if (!rs.wasNull()) {
                        assertEquals(1.0, shares, 1e-12);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no contribution checked");
    }
}
