package io.subcube.engine.load.kpi;

import static io.subcube.engine.load.kpi.KpiFixtures.dec;
import static io.subcube.engine.load.kpi.KpiFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * kpi_month's derived columns (DOMAIN.md §B2.13): prev_actual is the actual of MONTH_ADD(month_id, −1) (NULL
 * in the first month), attainment = actual/target and mom_ratio = actual/prev_actual (NULL when the divisor
 * is NULL or 0); the min-level target of a SUM KPI is the mean actual of up to 3 previous months (the own
 * actual in the first) times a factor in [0.95, 1.15].
 */
class KpiMonthColumnsTest {

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
    void prevActualIsLastMonthsActualAndNullInTheFirstMonth() throws SQLException {
        assertEquals(List.of(List.of(1114L * 14 + 14 * 22, 0L)), rows(c, "SELECT COUNT(*), COUNT(prev_actual)"
                + " FROM kpi_month WHERE month_id = 200803"));
        assertEquals(List.of(), rows(c, "SELECT k.month_id, k.region_id, k.kpi_code FROM kpi_month k"
                + " LEFT JOIN kpi_month p ON p.region_id = k.region_id AND p.kpi_code = k.kpi_code"
                + " AND p.month_id = MONTH_ADD(k.month_id, -1) WHERE k.month_id > 200803"
                + " AND (k.prev_actual <> p.actual OR (k.prev_actual IS NULL) <> (p.actual IS NULL))"));
    }

    @Test
    void attainmentAndMomRatioDivideTheDecimals() throws SQLException {
        int withPrev = 0;
        int zeroPrev = 0;
        for (List<Object> r : rows(c, "SELECT actual, target, prev_actual, attainment, mom_ratio FROM kpi_month")) {
            BigDecimal actual = dec(r.get(0));
            check(actual, dec(r.get(1)), (Double) r.get(3));
            BigDecimal prev = dec(r.get(2));
            check(actual, prev, (Double) r.get(4));
            withPrev += r.get(4) == null ? 0 : 1;
            zeroPrev += prev != null && prev.signum() == 0 ? 1 : 0;
        }
        assertTrue(withPrev > 20_000 && zeroPrev > 0, withPrev + " " + zeroPrev);
    }

    private static void check(BigDecimal dividend, BigDecimal divisor, Double quotient) {
        if (dividend == null || divisor == null || divisor.signum() == 0) {
            assertNull(quotient);
        } else {
            assertEquals(dividend.doubleValue() / divisor.doubleValue(), quotient, Math.abs(quotient) * 1e-12);
        }
    }

    @Test
    void minLevelTargetsOfSumKpisAreTheRecentMeanTimesTheUplift() throws SQLException {
        Map<String, BigDecimal> actual = new HashMap<>();
        List<List<Object>> all = rows(c, "SELECT k.month_id, k.region_id, k.kpi_code, k.actual, k.target"
                + " FROM kpi_month k JOIN kpi_tree t ON t.kpi_code = k.kpi_code"
                + " WHERE t.rollup = 'SUM' AND k.region_level = t.min_level AND t.formula_kind NOT IN ('SUM', 'PRODUCT')"
                + " ORDER BY k.month_id");
        List<String> off = new ArrayList<>();
        for (List<Object> r : all) {
            int month = (Integer) r.get(0);
            String key = r.get(1) + " " + r.get(2);
            actual.put(month + " " + key, dec(r.get(3)));
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (int back = 1; back <= 3; back++) {
                BigDecimal a = actual.get(io.subcube.functions.MonthFunctions.monthAdd(month, -back) + " " + key);
                if (a != null) {
                    sum = sum.add(a);
                    n++;
                }
            }
            BigDecimal mean = n == 0 ? dec(r.get(3)) : sum.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
            BigDecimal target = dec(r.get(4));
            BigDecimal low = mean.multiply(new BigDecimal("0.95"));
            BigDecimal high = mean.multiply(new BigDecimal("1.15"));
            BigDecimal slack = new BigDecimal("0.0001");
            boolean negative = mean.signum() < 0;
            BigDecimal min = (negative ? high : low).subtract(slack);
            BigDecimal max = (negative ? low : high).add(slack);
            if (target.compareTo(min) < 0 || target.compareTo(max) > 0) {
                off.add(r + " mean " + mean);
            }
        }
        assertEquals(List.of(), off);
        assertEquals((7 * 1000 + 5 * 13) * 4, all.size());
    }

    @Test
    void aShockedCountyShowsInTheMonthOverMonthRatioOfNewAdds() throws SQLException {
        // the generator's joiner shocks (§B2.13) cut some county-months' new adds to 30–70% of normal
        List<List<Object>> low = rows(c, "SELECT COUNT(*) FROM kpi_month WHERE kpi_code = 'NEW_ADDS'"
                + " AND region_level = 'COUNTY' AND mom_ratio < 0.7");
        assertTrue(((Number) low.get(0).get(0)).longValue() > 0);
    }
}
