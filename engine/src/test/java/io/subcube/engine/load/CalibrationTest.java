package io.subcube.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The §B2.15 calibration targets that involve derived columns hold on the default dataset (100 000
 * subscribers × 10 months, profile A), and the profile B cuts give B's targets. One test per target.
 */
class CalibrationTest {

    private static Connection a;
    private static Connection b;

    @BeforeAll
    static void open() throws SQLException {
        a = DriverManager.getConnection("jdbc:subcube:");
        b = DriverManager.getConnection("jdbc:subcube:;profile=B");
    }

    @AfterAll
    static void close() throws SQLException {
        a.close();
        b.close();
    }

    private static double number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    /** Percentage of subscriber_month rows (matching {@code where}) for which {@code condition} holds. */
    private static double pct(Connection c, String condition, String where) throws SQLException {
        return number(c, "SELECT 100 * CAST(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS DOUBLE) / COUNT(*) "
                + "FROM subscriber_month WHERE " + where);
    }

    private static void assertWithin(double value, double low, double high, String what) {
        assertTrue(value >= low && value <= high, what + " = " + value + ", expected in [" + low + ", " + high + "]");
    }

    @Test
    void valueTiersAreTenTwentySixtyTenInEveryCityMonth() throws SQLException {
        List<String> off = new ArrayList<>();
        String sql = "SELECT city_id, month_id, value_tier, 100 * CAST(COUNT(*) AS DOUBLE) / SUM(COUNT(*)) OVER "
                + "(PARTITION BY city_id, month_id) AS pct FROM subscriber_month GROUP BY city_id, month_id, value_tier";
        int groups = 0;
        try (Statement s = a.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                double target = switch (rs.getString(3)) {
                    case "H", "L" -> 10;
                    case "MH" -> 20;
                    default -> 60;
                };
                if (Math.abs(rs.getDouble(4) - target) > 0.2) {
                    off.add(rs.getInt(1) + "/" + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getDouble(4));
                }
                groups++;
            }
        }
        assertEquals(13 * 10 * 4, groups);
        assertEquals(List.of(), off);
    }

    @Test
    void stickinessTiers() throws SQLException {
        assertWithin(pct(a, "stick_tier = 'HIGH'", "TRUE"), 2, 8, "profile A HIGH %");
        assertWithin(pct(a, "stick_tier = 'MID'", "TRUE"), 20, 40, "profile A MID %");
        assertWithin(pct(b, "stick_tier = 'HIGH'", "TRUE"), 0, 2, "profile B HIGH %");
        assertWithin(pct(b, "stick_tier = 'MID'", "TRUE"), 3, 12, "profile B MID %");
    }

    @Test
    void anomalyFlagsOnActiveRows() throws SQLException {
        assertWithin(pct(a, "churn_flag", "status = 'ACTIVE'"), 5, 10, "profile A churn_flag % of ACTIVE");
        assertWithin(pct(b, "churn_flag", "status = 'ACTIVE'"), 10, 20, "profile B churn_flag % of ACTIVE");
    }

    @Test
    void mmsSendersAndHandsetStage() throws SQLException {
        assertWithin(pct(a, "mms_mo_cnt > 0", "TRUE"), 11, 15, "mms_mo_cnt > 0 %");
        assertWithin(pct(a, "esc_stage = 'HANDSET'", "TRUE"), 40, 50, "esc_stage HANDSET %");
    }

    @Test
    void clusterClassesAndAllSixteenGroups() throws SQLException {
        assertWithin(pct(a, "cluster_class = 'LOW'", "TRUE"), 10, 20, "cluster LOW %");
        assertWithin(pct(a, "cluster_class = 'LOCAL'", "TRUE"), 35, 55, "cluster LOCAL %");
        assertEquals(16, number(a, "SELECT COUNT(DISTINCT cluster_group) FROM subscriber_month"));
    }

    @Test
    void valueRisesWithTenure() throws SQLException {
        double h = number(a, "SELECT AVG(tenure_months) FROM subscriber_month WHERE value_tier = 'H'");
        double l = number(a, "SELECT AVG(tenure_months) FROM subscriber_month WHERE value_tier = 'L'");
        assertTrue(h >= 1.5 * l, "mean tenure H " + h + " vs L " + l);
    }

    @Test
    void anomalyRateFallsWithValue() throws SQLException {
        double l = pct(a, "churn_flag", "value_tier = 'L'");
        double m = pct(a, "churn_flag", "value_tier = 'M'");
        double mh = pct(a, "churn_flag", "value_tier = 'MH'");
        double h = pct(a, "churn_flag", "value_tier = 'H'");
        assertTrue(l > m && m > mh && mh >= h, "churn_flag % L " + l + " M " + m + " MH " + mh + " H " + h);
    }

    @Test
    void flaggedSubscribersChurnNextMonthAtLeastFourTimesAsOften() throws SQLException {
        String sql = "SELECT 100 * CAST(SUM(CASE WHEN nxt.status = 'CHURNED' THEN 1 ELSE 0 END) AS DOUBLE) / COUNT(*) "
                + "FROM subscriber_month cur JOIN subscriber_month nxt ON nxt.subscriber_id = cur.subscriber_id "
                + "AND nxt.month_id = MONTH_ADD(cur.month_id, 1) WHERE cur.status <> 'CHURNED' AND cur.churn_flag = ";
        double flagged = number(a, sql + "TRUE");
        double unflagged = number(a, sql + "FALSE");
        assertTrue(flagged >= 4 * unflagged, "P(churned next | flag) " + flagged + " vs not " + unflagged);
    }

    @Test
    void hotspotSegmentsOfLocationMonth() throws SQLException {
        String loc = "SELECT 100 * CAST(SUM(CASE WHEN %s THEN 1 ELSE 0 END) AS DOUBLE) / COUNT(*) FROM location_month l "
                + "LEFT JOIN region g ON g.region_id = l.rest_grid_id";
        assertWithin(number(a, String.format(loc, "g.market_type = 'RURAL'")), 25, 35, "rest grid RURAL %");
        assertWithin(number(a, String.format(loc, "l.school_type IS NOT NULL")), 4, 8, "school_type non-NULL %");
        assertWithin(number(a, String.format(loc, "l.family_flag")), 15, 25, "family_flag %");
        assertWithin(number(a, String.format(loc, "l.migrant_type IS NOT NULL")), 2, 5, "migrant_type non-NULL %");
        assertEquals(3, number(a, "SELECT COUNT(DISTINCT rural_segment) FROM location_month"));
        assertEquals(5, number(a, "SELECT COUNT(DISTINCT mms_segment) FROM location_month"));
    }
}
