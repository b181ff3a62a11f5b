package io.subcube.engine.load.kpi;

import static io.subcube.engine.load.kpi.KpiFixtures.dec;
import static io.subcube.engine.load.kpi.KpiFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert table (DOMAIN.md §B2.14, §B5.1): each month's alerts are exactly DOMAIN §B4 Q9c's rows, alert ids
 * are (rule, month, region) encoded and the same on every load, statuses and causes follow the age rule,
 * due dates and messages follow the rule's row.
 */
class AlertTest {

    private static final String Q9C = "SELECT a.rule_id, k.region_id, k.actual FROM alert_rule a"
            + " JOIN kpi_month k ON k.kpi_code = a.kpi_code AND k.region_level = a.region_level"
            + " JOIN region r ON r.region_id = k.region_id"
            + " WHERE k.month_id = %d AND a.enabled = TRUE AND (a.owner_city_id IS NULL OR a.owner_city_id = r.city_id)"
            + " AND KPI_BREACH(a.rule_kind, k.actual, CASE a.rule_kind WHEN 'TARGET' THEN k.target"
            + " WHEN 'MOM' THEN k.prev_actual END, a.threshold)"
            + " ORDER BY a.rule_id, k.region_id";
    private static final List<Integer> MONTHS = List.of(200803, 200804, 200805, 200806);

    private static Connection c;

    @BeforeAll
    static void open() throws SQLException {
        c = KpiFixtures.connect(KpiFixtures.store());
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void everyMonthsAlertsAreTheRowsOfQ9c() throws SQLException {
        Set<Object> rules = new java.util.HashSet<>();
        for (int month : MONTHS) {
            List<List<Object>> q9c = rows(c, String.format(Q9C, month));
            assertEquals(q9c, rows(c, "SELECT rule_id, region_id, actual FROM alert WHERE month_id = " + month
                    + " ORDER BY rule_id, region_id"), "month " + month);
            q9c.forEach(r -> rules.add(r.get(0)));
        }
        // the grid share rule, the MOM rule and the CRBT target rule fire on this dataset
        assertTrue(rules.containsAll(List.of(1, 2, 5)), rules.toString());
    }

    @Test
    void alertIdsEncodeRuleMonthAndRegionAndAreStableAcrossLoads() throws Exception {
        List<List<Object>> ids = rows(c, "SELECT alert_id, rule_id, month_id, region_id FROM alert ORDER BY alert_id");
        assertTrue(ids.size() > 100, "alerts: " + ids.size());
        for (List<Object> r : ids) {
            long expected = ((((Integer) r.get(1)).longValue() * 1_000_000L + (Integer) r.get(2)) * 100_000_000L)
                    + (Integer) r.get(3);
            assertEquals(expected, r.get(0));
        }
        assertEquals(List.of(List.of((long) ids.size())), rows(c, "SELECT COUNT(DISTINCT alert_id) FROM alert"));
        assertEquals(120080601010207L, AlertDeriver.alertId(1, 200806, 1010207));
        try (Connection again = KpiFixtures.connect(io.subcube.engine.load.StoreLoader.generate(
                KpiFixtures.CONFIG.withMonths(3)))) {
            // a reload (here: the same dataset up to its third month) raises the same alerts under the same ids
            List<List<Object>> reloaded = rows(again, "SELECT alert_id, rule_id, month_id, region_id FROM alert"
                    + " ORDER BY alert_id");
            assertEquals(ids.stream().filter(r -> (Integer) r.get(2) <= 200805).toList(), reloaded);
        }
    }

    @Test
    void statusesFollowTheAlertsAgeAndCausesComeWithAReport() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (List<Object> r : rows(c, "SELECT month_id, status, cause_code IS NULL, COUNT(*) FROM alert"
                + " GROUP BY month_id, status, cause_code IS NULL")) {
            counts.put(r.get(0) + " " + r.get(1) + " " + r.get(2), (Long) r.get(3));
        }
        for (String key : counts.keySet()) {
            String[] p = key.split(" ");
            Set<String> allowed = switch (p[0]) {
                case "200806" -> Set.of("RAISED", "REPORTED");
                case "200805" -> Set.of("CLOSED", "IN_REVIEW", "RETURNED");
                case "200804" -> Set.of("TRACKING");
                default -> Set.of("HISTORY");
            };
            assertTrue(allowed.contains(p[1]), key);
            assertEquals(p[1].equals("RAISED"), Boolean.parseBoolean(p[2]), key);
        }
        long raised = counts.getOrDefault("200806 RAISED true", 0L);
        long reported = counts.getOrDefault("200806 REPORTED false", 0L);
        double share = raised / (double) (raised + reported);
        assertTrue(share > 0.4 && share < 0.8, "RAISED share of the latest month " + share);
        assertEquals(List.of(), rows(c, "SELECT a.alert_id, a.cause_code FROM alert a WHERE a.cause_code IS NOT NULL"
                + " AND a.cause_code NOT IN ('PRODUCT', 'PROMOTION', 'PRICING', 'CHANNEL', 'MARKET', 'CUSTOMER',"
                + " 'COMPETITION')"));
        // NEW_ADDS has its own root cause; NEW_SHARE_2P takes its drivers' (COMPETITION 0.6, CHANNEL 0.4)
        assertEquals(List.of(List.of("CHANNEL")), rows(c, "SELECT DISTINCT cause_code FROM alert WHERE rule_id = 2"
                + " AND cause_code IS NOT NULL"));
        assertEquals(List.of(List.of("CHANNEL"), List.of("COMPETITION")), rows(c, "SELECT DISTINCT cause_code FROM alert"
                + " WHERE rule_id = 1 AND cause_code IS NOT NULL ORDER BY cause_code"));
    }

    @Test
    void referenceThresholdAndDueDateComeFromTheRuleAndKpiMonth() throws SQLException {
        List<List<Object>> r = rows(c, "SELECT a.rule_id, a.month_id, a.reference, a.threshold, a.due_date,"
                + " CASE u.rule_kind WHEN 'TARGET' THEN k.target WHEN 'MOM' THEN k.prev_actual END, u.threshold,"
                + " u.complete_days, a.kpi_code, u.kpi_code FROM alert a JOIN alert_rule u ON u.rule_id = a.rule_id"
                + " JOIN kpi_month k ON k.region_id = a.region_id AND k.month_id = a.month_id AND k.kpi_code = a.kpi_code");
        assertEquals(rows(c, "SELECT COUNT(*) FROM alert").get(0).get(0), (long) r.size());
        for (List<Object> row : r) {
            assertEquals(dec(row.get(5)), dec(row.get(2)), row.toString());
            assertEquals(dec(row.get(6)), dec(row.get(3)), row.toString());
            LocalDate due = YearMonth.of((Integer) row.get(1) / 100, (Integer) row.get(1) % 100).atEndOfMonth()
                    .plusDays((Integer) row.get(7));
            assertEquals(Date.valueOf(due), row.get(4), row.toString());
            assertEquals(row.get(9), row.get(8));
        }
    }

    @Test
    void theGridShareMessageGivesPercentagesWithOneDecimal() throws SQLException {
        List<List<Object>> r = rows(c, "SELECT a.message, a.actual, g.region_name FROM alert a"
                + " JOIN region g ON g.region_id = a.region_id WHERE a.rule_id = 1 AND a.month_id = 200806"
                + " ORDER BY a.region_id LIMIT 1");
        String share = dec(r.get(0).get(1)).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        assertEquals("2008年6月" + r.get(0).get(2) + "兩方新增市場占有率為" + share + ",低於70.0%,請關注並及時通過經營分析系統上報原因。"
                + " / Jun 2008 " + r.get(0).get(2) + ": Two-party new-add market share is " + share
                + ", below the alert threshold 70.0%; please report the cause.", r.get(0).get(0));
        List<String> wrong = new ArrayList<>();
        for (List<Object> m : rows(c, "SELECT message FROM alert WHERE rule_id = 3 OR rule_id = 5")) {
            String text = (String) m.get(0);
            if (!text.contains("的9") || !text.contains("% of the target ")) {
                wrong.add(text);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
