package io.subcube.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.subcube.datasets.testing.RangeAssertions.assertWithin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.testing.Calibration;
import io.subcube.datasets.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calibration check of DOMAIN.md §B2.15 targets for the DERIVED columns, computed with local copies of the
 * §B3 formulas (profile A) over the moderate dataset: the generated raw data must be able to hit them
 * once the real functions derive the columns at load.
 */
class CalibrationCheckTest {

    private static Calibration cal;
    private static Map<String, Double> f;

    @BeforeAll
    static void compute() {
        cal = new Calibration(Fixtures.moderate());
        f = cal.figures;
    }

    private static void within(String key, double lo, double hi) {
        assertWithin(key, f.get(key), lo, hi);
    }

    @Test
    void valueTiers() {
        within("tier.H.share", 0.098, 0.102);
        within("tier.MH.share", 0.198, 0.202);
        within("tier.L.share", 0.098, 0.102);
        assertTrue(f.get("tier.H.meanTenure") >= 1.5 * f.get("tier.L.meanTenure"));
        // churn_flag rate L > M > MH >= H
        assertTrue(f.get("tier.L.flagRate") > f.get("tier.M.flagRate"));
        assertTrue(f.get("tier.M.flagRate") > f.get("tier.MH.flagRate"));
        assertTrue(f.get("tier.MH.flagRate") >= f.get("tier.H.flagRate"));
    }

    @Test
    void stickinessAndAnomaly() {
        within("stick.HIGH", 0.02, 0.08);
        within("stick.MID", 0.20, 0.40);
        within("churn_flag|ACTIVE", 0.05, 0.10);
        assertTrue(f.get("P(churn next|flag)") >= 4 * f.get("P(churn next|no flag)"));
        // profile B cut points (96/85, churn 16)
        within("profileB.stick.HIGH", 0.0, 0.02);
        within("profileB.stick.MID", 0.03, 0.12);
        within("profileB.churn_flag|ACTIVE", 0.10, 0.20);
    }

    @Test
    void ladderAndClusters() {
        within("esc.HANDSET", 0.40, 0.50);
        within("cluster.LOW", 0.10, 0.20);
        within("cluster.LOCAL", 0.35, 0.55);
        assertEquals(16, cal.clusterGroups.size(), cal.clusterGroups.toString());
    }

    @Test
    void segments() {
        within("mms_mo_cnt>0", 0.11, 0.15);
        within("restGrid.RURAL", 0.25, 0.35);
        within("school_type", 0.04, 0.08);
        within("family_flag", 0.15, 0.25);
        within("migrant_type", 0.02, 0.05);
    }
}
