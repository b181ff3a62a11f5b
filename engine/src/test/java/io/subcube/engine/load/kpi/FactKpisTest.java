package io.subcube.engine.load.kpi;

import static io.subcube.engine.load.kpi.KpiFixtures.dec;
import static io.subcube.engine.load.kpi.KpiFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every FACT row of kpi_month, at every level, equals the SQL aggregate over the subscriber_month rows of its
 * region and month (DOMAIN.md §B2.13 "a test checks it"), and CRBT_REV the CRBT revenue of vas_usage placed
 * by the subscriber's city that month; regions without rows have zero sums and NULL ratios.
 */
class FactKpisTest {

    private static Connection c;

    @BeforeAll
    static void open() throws SQLException {
        c = KpiFixtures.connect(KpiFixtures.store());
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    private static final String AGGREGATES = "SELECT month_id, %s, COUNT(*), SUM(arpu), SUM(rev_voice), SUM(rev_vas),"
            + " SUM(CASE WHEN tenure_months = 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN status = 'CHURNED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN status <> 'CHURNED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN value_tier IN ('H', 'MH') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN value_tier IN ('H', 'MH') AND churn_flag THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN tenure_months = 0 AND vas_active_cnt > 0 THEN 1 ELSE 0 END)"
            + " FROM subscriber_month GROUP BY month_id, %s";

    /** (month, region) → [rows, Σarpu, Σvoice, Σvas, adds, churns, active, hv, hvChurn, newVas]. */
    private static Map<String, BigDecimal[]> aggregates() throws SQLException {
        Map<String, BigDecimal[]> out = new HashMap<>();
        for (String level : List.of("grid_id", "county_id", "city_id", "province_id")) {
            for (List<Object> row : rows(c, String.format(AGGREGATES, level, level))) {
                BigDecimal[] a = new BigDecimal[10];
                for (int i = 0; i < 10; i++) {
                    a[i] = dec(row.get(i + 2));
                }
                out.put(row.get(0) + "/" + row.get(1), a);
            }
        }
        return out;
    }

    private static BigDecimal ratio(BigDecimal num, BigDecimal den) {
        return den.signum() == 0 ? null : num.divide(den, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static void same(BigDecimal expected, Object actual, String what, List<String> off) {
        BigDecimal a = dec(actual);
        boolean equal = expected == null ? a == null : a != null && expected.compareTo(a) == 0;
        if (!equal) {
            off.add(what + ": kpi_month " + a + ", SQL " + expected);
        }
    }

    @Test
    void everyFactRowIsTheAggregateOfItsSubscriberMonthRows() throws SQLException {
        Map<String, BigDecimal[]> agg = aggregates();
        BigDecimal[] none = new BigDecimal[10];
        java.util.Arrays.fill(none, BigDecimal.ZERO);
        List<String> off = new ArrayList<>();
        int checked = 0;
        for (List<Object> row : rows(c, "SELECT k.month_id, k.region_id, k.kpi_code, k.actual, k.num, k.den"
                + " FROM kpi_month k JOIN kpi_tree t ON t.kpi_code = k.kpi_code"
                + " WHERE t.source = 'FACT' AND k.kpi_code <> 'CRBT_REV'")) {
            BigDecimal[] a = agg.getOrDefault(row.get(0) + "/" + row.get(1), none);
            String what = row.get(2) + " " + row.get(0) + "/" + row.get(1);
            Object actual = row.get(3);
            switch ((String) row.get(2)) {
                case "REV_TOTAL" -> same(a[1], actual, what, off);
                case "REV_VOICE" -> same(a[2], actual, what, off);
                case "REV_VAS" -> same(a[3], actual, what, off);
                case "NEW_ADDS" -> same(a[4], actual, what, off);
                case "CHURNS" -> same(a[5], actual, what, off);
                case "NET_ADDS" -> same(a[4].subtract(a[5]), actual, what, off);
                case "SUBS_ACTIVE" -> same(a[6], actual, what, off);
                case "ARPU" -> ratioRow(a[1], a[0], row, what, off);
                case "HV_CHURN_SHARE" -> ratioRow(a[8], a[7], row, what, off);
                case "NEW_VAS_PEN" -> ratioRow(a[9], a[4], row, what, off);
                default -> off.add("unexpected FACT KPI " + what);
            }
            checked++;
        }
        assertEquals(List.of(), off.subList(0, Math.min(20, off.size())));
        // 10 KPIs × 1,114 regions (1,000 grids, 100 counties, 13 cities, the province) × 4 months
        assertEquals(10 * 1114 * 4, checked);
    }

    private static void ratioRow(BigDecimal num, BigDecimal den, List<Object> row, String what, List<String> off) {
        same(num, row.get(4), what + " num", off);
        same(den, row.get(5), what + " den", off);
        same(ratio(num, den), row.get(3), what, off);
    }

    @Test
    void crbtRevenueIsTheCrbtRevenueOfVasUsageByTheSubscribersCity() throws SQLException {
        Map<String, BigDecimal> expected = new HashMap<>();
        for (String level : List.of("city_id", "province_id")) {
            for (List<Object> row : rows(c, "SELECT s.month_id, s." + level + ", SUM(u.revenue) FROM vas_usage u"
                    + " JOIN subscriber_month s ON s.subscriber_id = u.subscriber_id AND s.month_id = u.month_id"
                    + " WHERE u.service_code = 'CRBT' GROUP BY s.month_id, s." + level)) {
                expected.put(row.get(0) + "/" + row.get(1), dec(row.get(2)));
            }
        }
        List<List<Object>> kpi = rows(c, "SELECT month_id, region_id, actual FROM kpi_month WHERE kpi_code = 'CRBT_REV'");
        assertEquals(14 * 4, kpi.size());
        List<String> off = new ArrayList<>();
        for (List<Object> row : kpi) {
            same(expected.getOrDefault(row.get(0) + "/" + row.get(1), BigDecimal.ZERO), row.get(2),
                    "CRBT_REV " + row.get(0) + "/" + row.get(1), off);
        }
        assertEquals(List.of(), off);
        assertTrue(expected.values().stream().allMatch(v -> v.signum() > 0));
    }

    @Test
    void everyKpiHasOneRowPerRegionFromItsMinLevelUpInEveryMonth() throws SQLException {
        assertEquals(List.of(), rows(c, "SELECT t.kpi_code, k.month_id, COUNT(*) FROM kpi_tree t"
                + " JOIN kpi_month k ON k.kpi_code = t.kpi_code GROUP BY t.kpi_code, t.min_level, k.month_id"
                + " HAVING COUNT(*) <> CASE t.min_level WHEN 'GRID' THEN 1114 ELSE 14 END"));
        assertEquals(List.of(List.of(36L, 4L, 4L * (14 * 1114 + 22 * 14))),
                rows(c, "SELECT COUNT(DISTINCT kpi_code), COUNT(DISTINCT month_id), COUNT(*) FROM kpi_month"));
        assertEquals(List.of(), rows(c, "SELECT k.region_id, k.region_level FROM kpi_month k"
                + " JOIN region r ON r.region_id = k.region_id WHERE r.region_level <> k.region_level"));
    }
}
