package io.subcube.engine.load.kpi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The §B2.15 kpi_month calibration target on the default dataset (100,000 subscribers × 10 months, default
 * seed): 5–12% of grid-months have a two-party new-add share (NEW_SHARE_2P) below 0.70, counting the
 * grid-months that have one (a grid without new adds has a NULL share).
 */
class KpiCalibrationTest {

    @Test
    void newShare2pIsBelowSeventyPercentInFiveToTwelvePercentOfGridMonths() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:subcube:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 100 * CAST(SUM(CASE WHEN actual < 0.70 THEN 1 ELSE 0 END) AS DOUBLE)"
                     + " / COUNT(actual), COUNT(actual), COUNT(*) FROM kpi_month"
                     + " WHERE kpi_code = 'NEW_SHARE_2P' AND region_level = 'GRID'")) {
            rs.next();
            double pct = rs.getDouble(1);
            assertTrue(pct >= 5 && pct <= 12, "NEW_SHARE_2P grid-months < 0.70: " + pct + "%");
            assertTrue(rs.getLong(2) > 0.75 * rs.getLong(3), "grid-months with new adds: " + rs.getLong(2)
                    + " of " + rs.getLong(3));
        }
    }
}
