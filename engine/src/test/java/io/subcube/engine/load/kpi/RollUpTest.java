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
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Region roll-up of kpi_month (DOMAIN.md §B2.13): above a KPI's min_level, SUM KPIs are the sum of their
 * child regions (actual and target), RATIO KPIs sum num and den (actual = num/den to 4 decimals), NONE KPIs
 * are the mean of the children weighted by their REV_TOTAL. Checked row by row from the stored table.
 */
class RollUpTest {

    private static Connection c;
    /** "month region kpi" → {actual, num, den, target}. */
    private static final Map<String, BigDecimal[]> ROWS = new HashMap<>();
    /** region → its child regions. */
    private static final Map<Integer, List<Integer>> CHILDREN = new HashMap<>();
    private static final Map<String, String> ROLLUP = new HashMap<>();
    private static final List<Object[]> PARENTS = new ArrayList<>();

    @BeforeAll
    static void open() throws SQLException {
        c = KpiFixtures.connect(KpiFixtures.store());
        for (List<Object> r : rows(c, "SELECT region_id, parent_id FROM region WHERE parent_id IS NOT NULL")) {
            CHILDREN.computeIfAbsent((Integer) r.get(1), k -> new ArrayList<>()).add((Integer) r.get(0));
        }
        for (List<Object> r : rows(c, "SELECT kpi_code, rollup, min_level FROM kpi_tree")) {
            ROLLUP.put((String) r.get(0), (String) r.get(1));
        }
        for (List<Object> r : rows(c, "SELECT k.month_id, k.region_id, k.kpi_code, k.actual, k.num, k.den, k.target,"
                + " CASE WHEN k.region_level = t.min_level THEN 0 ELSE 1 END FROM kpi_month k"
                + " JOIN kpi_tree t ON t.kpi_code = k.kpi_code")) {
            ROWS.put(r.get(0) + " " + r.get(1) + " " + r.get(2), new BigDecimal[] {dec(r.get(3)), dec(r.get(4)),
                dec(r.get(5)), dec(r.get(6))});
            if (((Number) r.get(7)).intValue() == 1) {
                PARENTS.add(new Object[] {r.get(0), r.get(1), r.get(2)});
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    /** The children's values (0 actual, 1 num, 2 den, 3 target) of a parent row, and their REV_TOTAL. */
    private static List<BigDecimal[]> children(Object[] parent) {
        List<BigDecimal[]> out = new ArrayList<>();
        for (int child : CHILDREN.get((Integer) parent[1])) {
            BigDecimal[] v = ROWS.get(parent[0] + " " + child + " " + parent[2]);
            BigDecimal revenue = ROWS.get(parent[0] + " " + child + " REV_TOTAL")[0];
            out.add(new BigDecimal[] {v[0], v[1], v[2], v[3], revenue});
        }
        return out;
    }

    private static BigDecimal sum(List<BigDecimal[]> rows, int column) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal[] r : rows) {
            s = s.add(r[column]);
        }
        return s;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static int check(String rollup, List<String> off) {
        int n = 0;
        for (Object[] p : PARENTS) {
            if (!ROLLUP.get((String) p[2]).equals(rollup)) {
                continue;
            }
            n++;
            BigDecimal[] v = ROWS.get(p[0] + " " + p[1] + " " + p[2]);
            List<BigDecimal[]> kids = children(p);
            boolean ok = switch (rollup) {
                case "SUM" -> same(v[0], sum(kids, 0)) && same(v[3], sum(kids, 3));
                case "RATIO" -> same(v[1], sum(kids, 1)) && same(v[2], sum(kids, 2)) && same(v[0],
                        sum(kids, 2).signum() == 0 ? null : sum(kids, 1).divide(sum(kids, 2), 4, RoundingMode.HALF_UP));
                default -> {
                    BigDecimal actual = BigDecimal.ZERO;
                    BigDecimal target = BigDecimal.ZERO;
                    for (BigDecimal[] k : kids) {
                        actual = actual.add(k[0].multiply(k[4]));
                        target = target.add(k[3].multiply(k[4]));
                    }
                    BigDecimal w = sum(kids, 4);
                    yield same(v[0], actual.divide(w, 4, RoundingMode.HALF_UP))
                            && same(v[3], target.divide(w, 4, RoundingMode.HALF_UP));
                }
            };
            if (!ok) {
                off.add(List.of(p) + " " + List.of(v));
            }
        }
        return n;
    }

    @Test
    void sumKpisAreTheSumOfTheirChildRegionsInActualAndTarget() {
        List<String> off = new ArrayList<>();
        // 9 grid KPIs × 114 parents (counties, cities, province) + 11 CRBT KPIs × the province, × 4 months
        assertEquals((9 * 114 + 11) * 4, check("SUM", off));
        assertEquals(List.of(), off);
    }

    @Test
    void ratioKpisSumNumAndDenAndDivide() {
        List<String> off = new ArrayList<>();
        assertEquals((5 * 114 + 8) * 4, check("RATIO", off));
        assertEquals(List.of(), off);
    }

    @Test
    void noneKpisAreTheRevenueWeightedMeanOfTheirChildren() {
        List<String> off = new ArrayList<>();
        assertEquals(3 * 4, check("NONE", off));
        assertEquals(List.of(), off);
    }

    @Test
    void fixedRatioTargetsHoldAtEveryLevelAndArpuTargetIsRevenueTargetPerRow() throws SQLException {
        assertEquals(List.of(List.of("HV_CHURN_SHARE", new BigDecimal("0.12")), List.of("NEW_SHARE_2P",
                new BigDecimal("0.75")), List.of("NEW_VAS_PEN", new BigDecimal("0.4")), List.of("REPEAT_JOIN_RATIO",
                new BigDecimal("0.05"))), rows(c, "SELECT kpi_code, MIN(target) FROM kpi_month WHERE kpi_code IN"
                + " ('NEW_SHARE_2P', 'HV_CHURN_SHARE', 'NEW_VAS_PEN', 'REPEAT_JOIN_RATIO') GROUP BY kpi_code"
                + " HAVING MIN(target) = MAX(target) AND COUNT(target) = COUNT(*) ORDER BY kpi_code"));
        int n = 0;
        for (Map.Entry<String, BigDecimal[]> e : ROWS.entrySet()) {
            if (!e.getKey().endsWith(" ARPU")) {
                continue;
            }
            n++;
            BigDecimal rows = e.getValue()[2];
            BigDecimal revenueTarget = ROWS.get(e.getKey().replace(" ARPU", " REV_TOTAL"))[3];
            BigDecimal expected = rows.signum() == 0 ? null : revenueTarget.divide(rows, 4, RoundingMode.HALF_UP);
            assertTrue(same(expected, e.getValue()[3]), e.getKey() + " " + List.of(e.getValue()));
        }
        assertEquals(1114 * 4, n);
        assertTrue(Objects.nonNull(ROWS.get("200806 1 ARPU")[3]));
    }
}
