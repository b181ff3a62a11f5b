package io.subcube.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * §B2.16's invariant for location_month: every derived column equals its §B3.17–B3.21 function applied to
 * the stored columns of the row and the joins §B2.3 names.
 */
class LocationSegmentsTest {

    private static final String JOINED = " FROM location_month l "
            + "JOIN subscriber_month s ON s.subscriber_id = l.subscriber_id AND s.month_id = l.month_id "
            + "JOIN subscriber b ON b.subscriber_id = l.subscriber_id "
            + "LEFT JOIN region w ON w.region_id = l.work_grid_id LEFT JOIN region r ON r.region_id = l.rest_grid_id "
            + "LEFT JOIN vas_usage n ON n.subscriber_id = l.subscriber_id AND n.month_id = l.month_id "
            + "AND n.service_code = 'MNEWS' ";

    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:subcube:;subscribers=5000;months=3");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertNone(String column, String function) throws SQLException {
        assertEquals(0, count("SELECT COUNT(*)" + JOINED + "WHERE l." + column + " IS DISTINCT FROM " + function),
                column + " = " + function);
        assertTrue(count("SELECT COUNT(*) FROM location_month WHERE " + column + " IS NOT NULL") > 0,
                column + " is never set");
    }

    @Test
    void ruralSegment() throws SQLException {
        assertNone("rural_segment", "RURAL_SEGMENT(r.market_type, l.work_grid_id, l.rest_grid_id, w.county_id, "
                + "r.county_id, w.city_id, r.city_id)");
    }

    @Test
    void migrantType() throws SQLException {
        assertNone("migrant_type", "MIGRANT_TYPE(l.roam_out_days, l.roam_scope, l.rural_contact_share)");
    }

    @Test
    void familyFlag() throws SQLException {
        assertNone("family_flag", "FAMILY_FLAG(r.market_type, l.rest_days)");
    }

    @Test
    void schoolType() throws SQLException {
        assertNone("school_type", "SCHOOL_TYPE(s.tenure_months, s.sms_mo_cnt, l.campus_call_share, "
                + "l.campus_peers_10plus, b.join_near_campus)");
    }

    @Test
    void mmsSegment() throws SQLException {
        assertNone("mms_segment", "MMS_SEGMENT(w.market_type, s.brand, l.month_id / 100 - b.birth_year, b.gender, "
                + "s.arpu, s.mms_mo_cnt, s.mms_mt_3m, COALESCE(n.subscribed, FALSE), s.mou_total)");
    }
}
