package io.subcube.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles and [P] parameters chosen per connection reach the derived columns, the SQL functions and sys.parameters. */
class ParametersTest {

    private static final String SMALL = "jdbc:subcube:;subscribers=600;months=2";

    @TempDir
    Path tmp;

    private static List<Object> row(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<Object> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getObject(i));
            }
            return out;
        }
    }

    @Test
    void defaultsAreProfileAAndVisibleInSysParameters() throws SQLException {
        assertEquals(List.of("A"), row(SMALL, "SELECT setting FROM sys.parameters WHERE name = 'profile'"));
        assertEquals(List.of("90.00", "B3.6"),
                row(SMALL, "SELECT setting, section FROM sys.parameters WHERE name = 'stick.high_cut'"));
        assertEquals(List.of("HIGH"), row(SMALL, "SELECT STICK_TIER(90.50)"));
    }

    @Test
    void profileBChangesTheStoredTiersAndTheBoundFunctionAlike() throws SQLException {
        String b = SMALL + ";profile=B";
        assertEquals(List.of("96.00"), row(b, "SELECT setting FROM sys.parameters WHERE name = 'stick.high_cut'"));
        assertEquals(List.of("MID"), row(b, "SELECT STICK_TIER(90.50)"));
        assertEquals(List.of("HIGH"), row(b, "SELECT STICK_TIER(90.50, 90, 70)"));
        assertEquals(List.of(0L), row(b, "SELECT COUNT(*) FROM subscriber_month "
                + "WHERE stick_tier IS DISTINCT FROM STICK_TIER(stick_score) "
                + "OR churn_flag IS DISTINCT FROM CHURN_FLAG(churn_score)"));
        long profileA = (Long) row(SMALL, "SELECT COUNT(*) FROM subscriber_month WHERE stick_tier = 'HIGH'").get(0);
        long profileB = (Long) row(b, "SELECT COUNT(*) FROM subscriber_month WHERE stick_tier = 'HIGH'").get(0);
        assertTrue(profileB < profileA, "B's higher cut leaves fewer HIGH: " + profileB + " vs " + profileA);
    }

    @Test
    void aWeightFromAPropertiesFileReachesStoredScoresAndSql() throws Exception {
        Path file = tmp.resolve("weights.properties");
        Files.writeString(file, "cvs.weight.arpu=0.30\ncvs.weight.influence=0.15\n");
        String url = SMALL + ";parameters_file=" + file;
        assertEquals(List.of("0.30"), row(url, "SELECT setting FROM sys.parameters WHERE name = 'cvs.weight.arpu'"));
        assertEquals(List.of(0L), row(url, "SELECT COUNT(*) FROM subscriber_month WHERE value_score IS DISTINCT FROM "
                + "CVS(arpu, return_rate, arpu_avg3, return_rate_avg3, tenure_months, influence_score)"));
        assertTrue((Long) row(url, "SELECT COUNT(*) FROM subscriber_month WHERE value_score <> "
                + "CVS(arpu, return_rate, arpu_avg3, return_rate_avg3, tenure_months, influence_score)").get(0) == 0);
        List<Object> changed = row(SMALL, "SELECT SUM(value_score) FROM subscriber_month");
        List<Object> reweighted = row(url, "SELECT SUM(value_score) FROM subscriber_month");
        assertTrue(!changed.equals(reweighted), "reweighting changes the stored scores");
    }

    @Test
    void aBadParameterIsNamed() {
        SQLException unknownValue = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(SMALL + ";profile=C"));
        assertTrue(unknownValue.getMessage().contains("profile") && unknownValue.getMessage().contains("C"),
                unknownValue.getMessage());
        SQLException badNumber = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(SMALL + ";stick.high_cut=high"));
        assertTrue(badNumber.getMessage().contains("stick.high_cut") && badNumber.getMessage().contains("high"),
                badNumber.getMessage());
        SQLException missingFile = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(SMALL + ";parameters_file=" + tmp.resolve("none.properties")));
        assertTrue(missingFile.getMessage().contains("parameters_file"), missingFile.getMessage());
    }

    @Test
    void anUnknownKeyInAParametersFileListsTheValidKeys() throws Exception {
        Path file = tmp.resolve("typo.properties");
        Files.writeString(file, "stick.hihg_cut=92\n");
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(SMALL + ";parameters_file=" + file));
        assertTrue(e.getMessage().contains("stick.hihg_cut") && e.getMessage().contains("stick.high_cut"),
                e.getMessage());
    }
}
