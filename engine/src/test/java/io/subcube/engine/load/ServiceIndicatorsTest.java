package io.subcube.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** §B2.9 service_indicator derived from service_month: its rows, its bests and its scores. */
class ServiceIndicatorsTest {

    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:subcube:;subscribers=300;months=10");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static List<Object> row(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<Object> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getObject(i));
            }
            return out;
        }
    }

    @Test
    void nineIndicatorsPerRegionServiceAndMonthByLifecycle() throws SQLException {
        // 10 months x (province + 13 cities) x 10 services, 9 indicators each
        assertEquals(List.of(1_400L, 9L, 9L), row("SELECT COUNT(*), MIN(c), MAX(c) FROM (SELECT COUNT(*) AS c "
                + "FROM service_indicator GROUP BY month_id, region_id, service_code) t"));
        assertEquals(List.of(0L), row("SELECT COUNT(*) FROM service_indicator i JOIN service s "
                + "ON s.service_code = i.service_code WHERE (s.lifecycle = 'MATURE' AND i.indicator_code = 'CAGR3') "
                + "OR (s.lifecycle = 'GROWTH' AND i.indicator_code = 'GROWTH_CONTRIB')"));
        assertEquals(List.of(60.0, 40.0), row("SELECT SUM(CASE WHEN dimension = 'SCALE' THEN full_marks END) * 1.0, "
                + "SUM(CASE WHEN dimension = 'HEALTH' THEN full_marks END) * 1.0 FROM service_indicator "
                + "WHERE month_id = 200809 AND region_id = 1 AND service_code = 'MMS'").stream()
                .map(v -> ((Number) v).doubleValue()).toList());
    }

    @Test
    void bestIsTheMaximumOverTheCitiesAndScoreIsTheFunctionOfTheRow() throws SQLException {
        assertEquals(List.of(0L), row("SELECT COUNT(*) FROM service_indicator i JOIN (SELECT month_id, service_code, "
                + "indicator_code, MAX(ind_value) AS m FROM service_indicator WHERE region_id > 100 "
                + "GROUP BY month_id, service_code, indicator_code) b ON b.month_id = i.month_id "
                + "AND b.service_code = i.service_code AND b.indicator_code = i.indicator_code "
                + "WHERE i.best_value IS DISTINCT FROM b.m"));
        assertEquals(List.of(0L), row("SELECT COUNT(*) FROM service_indicator "
                + "WHERE score IS DISTINCT FROM VAS_IND_SCORE(indicator_code, ind_value, best_value)"));
    }

    @Test
    void indValueFollowsTheFormulaOfItsIndicator() throws SQLException {
        assertEquals(List.of(0L), row("SELECT COUNT(*) FROM service_indicator i JOIN service_month m "
                + "ON m.month_id = i.month_id AND m.region_id = i.region_id AND m.service_code = i.service_code "
                + "WHERE ABS(i.ind_value - CASE i.indicator_code "
                + "WHEN 'REV_COMPLETION' THEN CAST(m.revenue_ytd AS DOUBLE) / CAST(m.revenue_plan_ytd AS DOUBLE) "
                + "WHEN 'PENETRATION' THEN CAST(m.using_users AS DOUBLE) / m.paying_base "
                + "WHEN 'GROWTH_CONTRIB' THEN m.growth_contrib WHEN 'CAGR3' THEN m.cagr3 "
                + "WHEN 'REV_PER_USER' THEN CAST(m.revenue_ytd AS DOUBLE) / m.avg_paying_users_ytd / MOD(m.month_id, 100) "
                + "WHEN 'USAGE_PER_USER' THEN CAST(m.usage_volume AS DOUBLE) / m.using_users "
                + "WHEN 'SATISFACTION' THEN CAST(m.satisfaction AS DOUBLE) "
                + "WHEN 'COMPLAINTS' THEN m.complaints * 10000.0E0 / m.using_users "
                + "WHEN 'PAYING_RATE' THEN CAST(m.paying_users AS DOUBLE) / m.using_users "
                + "WHEN 'VOL_REV_MATCH' THEN 1 - CAST(m.pkg_overcharge_rev AS DOUBLE) / CAST(m.service_revenue AS DOUBLE) "
                + "END) > 1e-9 * ABS(i.ind_value) + 1e-12"));
    }
}
