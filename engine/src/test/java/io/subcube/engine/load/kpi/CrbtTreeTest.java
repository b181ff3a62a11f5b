package io.subcube.engine.load.kpi;

import static io.subcube.engine.load.kpi.KpiFixtures.dec;
import static io.subcube.engine.load.kpi.KpiFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CRBT revenue tree's arithmetic (DOMAIN.md §B5.2): in every city and month a SUM parent is the signed sum
 * of its children and a PRODUCT parent the product of its children within 0.01, in actuals and in targets;
 * CRBT_REV, a FACT, is exactly the sum of its three parts. At the province the same holds within the
 * rounding of the rolled-up averages to 4 decimals (relative 10⁻⁴).
 */
class CrbtTreeTest {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static Connection c;
    /** "month region kpi" → {actual, target}. */
    private static final Map<String, BigDecimal[]> VALUES = new HashMap<>();
    /** kpi_code → {parent_code, formula_kind of the parent, sign}. */
    private static final Map<String, String[]> TREE = new HashMap<>();
    /** "month region level" of every CRBT region-month. */
    private static final java.util.SortedSet<String> KEYS = new java.util.TreeSet<>();

    @BeforeAll
    static void open() throws SQLException {
        c = KpiFixtures.connect(KpiFixtures.store());
        for (List<Object> r : rows(c, "SELECT month_id, region_id, region_level, kpi_code, actual, target FROM kpi_month"
                + " WHERE kpi_code LIKE 'CRBT%'")) {
            VALUES.put(r.get(0) + " " + r.get(1) + " " + r.get(3), new BigDecimal[] {dec(r.get(4)), dec(r.get(5))});
            KEYS.add(r.get(0) + " " + r.get(1) + " " + r.get(2));
        }
        for (List<Object> r : rows(c, "SELECT t.kpi_code, t.parent_code, p.formula_kind, t.sign FROM kpi_tree t"
                + " JOIN kpi_tree p ON p.kpi_code = t.parent_code WHERE t.kpi_code LIKE 'CRBT%'")) {
            TREE.put((String) r.get(0), new String[] {(String) r.get(1), (String) r.get(2), r.get(3).toString()});
        }
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    /** Every SUM or PRODUCT parent of a level whose value (0 actual, 1 target) differs from its children's. */
    private static List<String> mismatches(String level, int column, boolean relative) {
        Map<String, BigDecimal> combined = new HashMap<>();
        int children = 0;
        for (String key : KEYS) {
            String[] k = key.split(" ");
            if (!k[2].equals(level)) {
                continue;
            }
            for (Map.Entry<String, String[]> e : TREE.entrySet()) {
                String[] t = e.getValue();
                if (!t[1].equals("SUM") && !t[1].equals("PRODUCT")) {
                    continue;
                }
                BigDecimal child = VALUES.get(k[0] + " " + k[1] + " " + e.getKey())[column];
                String parent = k[0] + " " + k[1] + " " + t[0];
                boolean product = t[1].equals("PRODUCT");
                combined.merge(parent, product ? child : child.multiply(new BigDecimal(t[2])),
                        product ? BigDecimal::multiply : BigDecimal::add);
                children++;
            }
        }
        // 6 parents (CRBT_REV and five PRODUCT nodes) with 13 children in all, per region and month
        assertEquals(4 * 13 * (level.equals("CITY") ? 13 : 1), children, "children at " + level);
        List<String> off = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : combined.entrySet()) {
            BigDecimal parent = VALUES.get(e.getKey())[column];
            BigDecimal gap = e.getValue().subtract(parent).abs();
            BigDecimal allowed = relative ? parent.abs().multiply(new BigDecimal("0.0001")).max(CENT) : CENT;
            if (gap.compareTo(allowed) > 0) {
                off.add(e.getKey() + (column == 0 ? " actual " : " target ") + parent + ", children give "
                        + e.getValue());
            }
        }
        assertEquals(4 * 6 * (level.equals("CITY") ? 13 : 1), combined.size());
        return off;
    }

    @Test
    void cityActualsAddAndMultiplyUpWithinACent() {
        assertEquals(List.of(), mismatches("CITY", 0, false));
    }

    @Test
    void cityTargetsAddAndMultiplyUpWithinACent() {
        assertEquals(List.of(), mismatches("CITY", 1, false));
    }

    @Test
    void provinceActualsAndTargetsHoldUpToTheRoundingOfAverages() {
        assertEquals(List.of(), mismatches("PROVINCE", 0, true));
        assertEquals(List.of(), mismatches("PROVINCE", 1, true));
    }

    @Test
    void crbtRevenueIsExactlyItsThreeParts() {
        List<String> off = new ArrayList<>();
        for (String key : KEYS) {
            String[] k = key.split(" ");
            String at = k[0] + " " + k[1] + " ";
            BigDecimal parts = VALUES.get(at + "CRBT_FEE_REV")[0].add(VALUES.get(at + "CRBT_INFO_REV")[0])
                    .add(VALUES.get(at + "CRBT_12530_REV")[0]);
            if (parts.compareTo(VALUES.get(at + "CRBT_REV")[0]) != 0) {
                off.add(key);
            }
        }
        assertEquals(List.of(), off);
    }

    @Test
    void partsAndFactorsArePlausible() {
        Map<String, double[]> bounds = Map.of("CRBT_AVG_FEE", new double[] {3.5, 5.5}, "CRBT_DL_PRICE",
                new double[] {1.0, 2.2}, "CRBT_VOICE_PRICE", new double[] {0.6, 1.1}, "CRBT_DL_PER_USER",
                new double[] {1.0, 5.0}, "CRBT_MIN_PER_CALLER", new double[] {2, 15});
        for (String key : KEYS) {
            String[] k = key.split(" ");
            String at = k[0] + " " + k[1] + " ";
            for (Map.Entry<String, double[]> b : bounds.entrySet()) {
                double v = VALUES.get(at + b.getKey())[0].doubleValue();
                assertTrue(v >= b.getValue()[0] && v <= b.getValue()[1], key + " " + b.getKey() + " " + v);
            }
            double total = VALUES.get(at + "CRBT_REV")[0].doubleValue();
            double fee = VALUES.get(at + "CRBT_FEE_REV")[0].doubleValue() / total;
            double info = VALUES.get(at + "CRBT_INFO_REV")[0].doubleValue() / total;
            assertTrue(fee >= 0.49 && fee <= 0.76 && info >= 0.14 && info <= 0.39 && fee + info <= 0.93,
                    key + " " + fee + " " + info);
        }
    }

    @Test
    void callersAndMinutesFitTheRevenueWithinACentOnRandomInputs() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            long revenue = 1 + r.nextLong((long) Math.pow(10, 3 + r.nextInt(9)));
            long price = 5_000 + r.nextLong(5_000);
            long perCaller = 20_000 + r.nextLong(100_000);
            double estimate = (double) revenue * Dec4.ONE / ((double) perCaller * price);
            long callers = Math.max(1, Math.round(estimate));
            long[] fit = CrbtSplit.callersAndMinutes(revenue, callers, perCaller, price);
            String what = revenue + " " + callers + " " + perCaller + " " + price + " → " + List.of(fit[0], fit[1]);
            assertEquals(0, fit[1] % fit[0], "whole callers × 4-decimal minutes per caller: " + what);
            long stored = Dec4.ratio(revenue, fit[1]);
            BigDecimal product = BigDecimal.valueOf(fit[1], 4).multiply(BigDecimal.valueOf(stored, 4),
                    MathContext.DECIMAL128);
            assertTrue(product.subtract(BigDecimal.valueOf(revenue, 4)).abs().compareTo(CENT) <= 0, what);
            // the nudges stay small: price within 0.02 (or the caller count is tiny), minutes per caller within 0.1
            // beyond what whole callers force (half a caller's share; less than one caller forces anything)
            assertTrue(Math.abs(stored - price) <= 200 || fit[0] <= 2, what + " price " + stored);
            assertTrue(estimate < 1 || Math.abs(fit[1] / fit[0] - perCaller) <= 1_000 + perCaller / (2 * callers), what);
        }
    }
}
