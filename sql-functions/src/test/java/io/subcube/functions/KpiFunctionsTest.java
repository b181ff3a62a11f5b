package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class KpiFunctionsTest {

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    /** DOMAIN.md's tolerance for KPI_CONTRIB: relative 1e−9. */
    private static void near(double expected, Double actual) {
        assertTrue(actual != null && Math.abs(actual - expected) <= 1e-9 * Math.abs(expected),
                "expected " + expected + ", got " + actual);
    }

    private static Boolean breach(String kind, Double actual, Double reference, Double threshold) {
        return KpiFunctions.kpiBreach(kind, actual, reference, threshold);
    }

    private static Double contrib(String kind, double ca, double cr, double pa, double pr, int sign) {
        return KpiFunctions.kpiContrib(kind, ca, cr, pa, pr, sign);
    }

    // ---- §B3.26 KPI_BREACH

    @Test
    void kpiBreachWorkedExamplesOfB326() {
        assertEquals(true, breach("MIN", 0.633, null, 0.70));
        assertEquals(false, breach("MIN", 0.70, null, 0.70));
        assertEquals(true, breach("MOM", 65.0, 100.0, 0.70));
        assertEquals(false, breach("MOM", 70.0, 100.0, 0.70));
        assertNull(breach("TARGET", 95.0, 0.0, 0.70));
        assertEquals(true, breach("MAX", 0.18, null, 0.15));
    }

    @Test
    void kpiBreachCutsOnBothSides() {
        assertEquals(true, breach("MIN", 0.6999, null, 0.70));
        assertEquals(false, breach("MIN", 0.7001, 5.0, 0.70));     // MIN ignores the reference
        assertEquals(false, breach("MAX", 0.15, null, 0.15));
        assertEquals(true, breach("MAX", 0.1501, null, 0.15));
        assertEquals(false, breach("MAX", 0.1499, -1.0, 0.15));    // MAX ignores the reference
        assertEquals(true, breach("TARGET", 89.0, 100.0, 0.90));
        assertEquals(false, breach("TARGET", 90.0, 100.0, 0.90));
        assertEquals(false, breach("TARGET", 120.0, 100.0, 0.90));
        assertEquals(true, breach("MOM", 69.0, 100.0, 0.70));
        assertEquals(false, breach("MOM", 71.0, 100.0, 0.70));
        // a negative actual (e.g. net adds) is a value, not an error
        assertEquals(true, breach("MOM", -5.0, 100.0, 0.70));
        assertEquals(true, breach("MIN", -5.0, null, 0.0));
    }

    /** The ratio is computed and compared, never threshold·reference: 8.1/9 = 0.8999…9 < 0.9 although 0.9·9 = 8.1. */
    @Test
    void kpiBreachComparesTheRatioInDouble() {
        assertTrue(8.1 / 9 < 0.9);
        assertTrue(!(8.1 < 0.9 * 9));
        assertEquals(true, breach("TARGET", 8.1, 9.0, 0.90));
        assertEquals(true, breach("MOM", 8.1, 9.0, 0.90));
    }

    @Test
    void kpiBreachNullsAndErrors() {
        assertNull(breach("TARGET", 95.0, null, 0.90));
        assertNull(breach("MOM", 95.0, null, 0.70));
        assertNull(breach("MOM", 95.0, -10.0, 0.70));
        assertNull(breach(null, 0.5, null, 0.70));
        assertNull(breach("MIN", null, null, 0.70));
        assertNull(breach("MIN", 0.5, null, null));
        assertEquals("KPI_BREACH: argument rule_kind out of range: BELOW", err(() -> breach("BELOW", 0.5, null, 0.7)));
        assertEquals("KPI_BREACH: argument rule_kind out of range: min", err(() -> breach("min", 0.5, null, 0.7)));
        assertEquals("KPI_BREACH: argument actual out of range: NaN", err(() -> breach("MIN", Double.NaN, null, 0.7)));
        assertEquals("KPI_BREACH: argument threshold out of range: Infinity",
                err(() -> breach("MIN", 0.5, null, Double.POSITIVE_INFINITY)));
        assertEquals("KPI_BREACH: argument reference out of range: NaN", err(() -> breach("MOM", 0.5, Double.NaN, 0.7)));
        assertEquals("KPI_BREACH: argument reference out of range: -Infinity",
                err(() -> breach("TARGET", 0.5, Double.NEGATIVE_INFINITY, 0.7)));
        // the core: codes in, TRUE/FALSE/NULL out, NaN reference = NULL
        assertEquals(KpiFunctions.TRUE, KpiFunctions.kpiBreach(Domains.RULE_MIN, 0.633, Double.NaN, 0.70));
        assertEquals(KpiFunctions.NULL, KpiFunctions.kpiBreach(Domains.RULE_TARGET, 95, Double.NaN, 0.70));
        assertEquals(KpiFunctions.FALSE, KpiFunctions.kpiBreach(Domains.RULE_MOM, 70, 100, 0.70));
        assertEquals("KPI_BREACH: argument rule_kind out of range: code 4",
                err(() -> KpiFunctions.kpiBreach(4, 1, 1, 1)));
    }

    // ---- §B3.27 KPI_CONTRIB

    @Test
    void kpiContribWorkedExamplesOfB327() {
        Double users = contrib("PRODUCT", 950000, 1000000, 4560000, 5000000, 1);
        Double fee = contrib("PRODUCT", 4.80, 5.00, 4560000, 5000000, 1);
        near(-245_008.7255, users);
        near(-194_991.2745, fee);
        near(-440_000, users + fee);
        assertEquals(-440_000, users + fee, 1e-9 * 440_000);
        near(-300_000, contrib("SUM", 3100000, 3400000, 6400000, 6800000, 1));
        near(-300, contrib("SUM", 1200, 900, 300, 700, -1));
    }

    @Test
    void productUsesTheLogMeanAndItsLimit() {
        // pa = pr: L = pa, so the children's contributions are pa·ln(ratio) and add up to 0 when the ratios cancel
        near(1000 * Math.log(2), contrib("PRODUCT", 2, 1, 1000, 1000, 1));
        near(1000 * Math.log(0.5), contrib("PRODUCT", 1, 2, 1000, 1000, 1));
        // the parts add up to the gap on random products
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            double xa = r.nextDouble(1, 1e6), xr = r.nextDouble(1, 1e6), ya = r.nextDouble(0.01, 50),
                    yr = r.nextDouble(0.01, 50);
            double pa = xa * ya, pr = xr * yr;
            double sum = contrib("PRODUCT", xa, xr, pa, pr, 1) + contrib("PRODUCT", ya, yr, pa, pr, 1);
            assertEquals(pa - pr, sum, 1e-9 * Math.max(Math.abs(pa), Math.abs(pr)));
        }
    }

    @Test
    void kpiContribNullsAndErrors() {
        assertNull(contrib("DRIVERS", 950000, 1000000, 4560000, 5000000, 1));
        assertNull(contrib("LEAF", 950000, 1000000, 4560000, 5000000, 1));
        assertNull(contrib("PRODUCT", 0, 1000000, 4560000, 5000000, 1));
        assertNull(contrib("PRODUCT", 950000, -1, 4560000, 5000000, 1));
        assertNull(contrib("PRODUCT", 950000, 1000000, 0, 5000000, 1));
        assertNull(contrib("PRODUCT", 950000, 1000000, 4560000, -5000000, 1));
        // SUM takes any values, zero and negative included
        near(-10, contrib("SUM", -5, 5, 0, 0, 1));
        assertNull(KpiFunctions.kpiContrib(null, 1.0, 1.0, 1.0, 1.0, 1));
        assertNull(KpiFunctions.kpiContrib("SUM", 1.0, null, 1.0, 1.0, 1));
        assertNull(KpiFunctions.kpiContrib("SUM", 1.0, 1.0, 1.0, 1.0, null));
        assertEquals("KPI_CONTRIB: argument formula_kind out of range: RATIO",
                err(() -> contrib("RATIO", 1, 1, 1, 1, 1)));
        assertEquals("KPI_CONTRIB: argument sign out of range: 0", err(() -> contrib("SUM", 1, 1, 1, 1, 0)));
        assertEquals("KPI_CONTRIB: argument sign out of range: 2", err(() -> contrib("PRODUCT", 1, 1, 1, 1, 2)));
        assertEquals("KPI_CONTRIB: argument child_actual out of range: NaN",
                err(() -> contrib("SUM", Double.NaN, 1, 1, 1, 1)));
        assertEquals("KPI_CONTRIB: argument parent_ref out of range: Infinity",
                err(() -> contrib("PRODUCT", 1, 1, 1, Double.POSITIVE_INFINITY, 1)));
        // the core: codes in, NaN for NULL
        assertTrue(Double.isNaN(KpiFunctions.kpiContrib(Domains.FORMULA_LEAF, 1, 1, 1, 1, 1)));
        assertEquals(-300.0, KpiFunctions.kpiContrib(Domains.FORMULA_SUM, 1200, 900, 300, 700, -1));
        assertEquals("KPI_CONTRIB: argument formula_kind out of range: code -1",
                err(() -> KpiFunctions.kpiContrib(-1, 1, 1, 1, 1, 1)));
    }
}
