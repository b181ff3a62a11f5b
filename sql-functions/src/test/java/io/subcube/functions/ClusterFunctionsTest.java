package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ClusterFunctionsTest {

    private static final ScoringParameters A = ScoringParameters.DEFAULTS;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String err(Executable e) {
        return assertThrows(DomainException.class, e).getMessage();
    }

    private static String cc(int t, int ldOut, int ldIn, int roam, int vpmn, int intl) {
        return ClusterFunctions.clusterClass(A, t, ldOut, ldIn, roam, vpmn, intl);
    }

    private static String cg(String c, String arpu) {
        return ClusterFunctions.clusterGroup(A, c, d(arpu));
    }

    @Test
    void workedExamplesOfB312() {
        assertEquals("LD_IN", cc(400, 20, 160, 10, 0, 0));
        assertEquals("LD_IN_MID", cg("LD_IN", "45.00"));
        assertEquals("LOW", cc(45, 0, 0, 0, 0, 0));
        assertEquals("VPMN", cc(500, 50, 40, 60, 220, 0));
        assertEquals("ROAM_MID", cg("ROAM", "99.99"));
    }

    @Test
    void classThresholdsOnBothSides() {
        assertEquals("LOW", cc(59, 0, 0, 0, 0, 59));
        assertEquals("INTL", cc(60, 0, 0, 0, 0, 6));
        assertEquals("LOCAL", cc(60, 0, 0, 0, 0, 5));
        assertEquals("INTL", cc(100, 0, 0, 30, 40, 10));      // first match
        assertEquals("ROAM", cc(100, 0, 0, 30, 40, 9));
        assertEquals("VPMN", cc(100, 0, 0, 29, 40, 9));
        assertEquals("LOCAL", cc(100, 0, 0, 29, 39, 9));
        assertEquals("LD_IN", cc(100, 29, 30, 0, 0, 0));
        assertEquals("LD_OUT", cc(100, 30, 30, 0, 0, 0));     // ld_in not > ld_out
        assertEquals("LD_OUT", cc(100, 30, 29, 0, 0, 0));
        assertEquals("LOCAL", cc(100, 29, 29, 0, 0, 0));
        assertEquals("LD_IN", cc(1000, 0, 300, 0, 0, 0));
        assertEquals("LOCAL", cc(1000, 0, 299, 0, 0, 0));
        assertEquals("LOCAL", cc(60, 0, 0, 0, 0, 0));
        assertEquals("LD_OUT", cc(2000, 600, 0, 599, 799, 1));
        // shares compared exactly in integers: 3 of 10 is 30%
        assertEquals("ROAM", cc(70, 0, 0, 21, 0, 0));
        assertEquals("LOCAL", cc(71, 0, 0, 21, 0, 0));
    }

    @Test
    void groupBandsOnBothSides() {
        assertEquals("LOW", cg("LOW", "500.00"));
        assertEquals("LOW", cg("LOW", "0.00"));
        assertEquals("LOCAL_HIGH", cg("LOCAL", "100.00"));
        assertEquals("LOCAL_MID", cg("LOCAL", "99.99"));
        assertEquals("LOCAL_MID", cg("LOCAL", "30.00"));
        assertEquals("LOCAL_LOW", cg("LOCAL", "29.99"));
        assertEquals("LD_OUT_HIGH", cg("LD_OUT", "100.00"));
        assertEquals("LD_OUT_MID", cg("LD_OUT", "30.00"));
        assertEquals("LD_OUT_LOW", cg("LD_OUT", "29.99"));
        assertEquals("LD_IN_MID", cg("LD_IN", "300.00"));
        assertEquals("LD_IN_MID", cg("LD_IN", "30.00"));
        assertEquals("LD_IN_LOW", cg("LD_IN", "29.99"));
        assertEquals("ROAM_HIGH", cg("ROAM", "100.00"));
        assertEquals("ROAM_MID", cg("ROAM", "5.00"));
        assertEquals("VPMN_HIGH", cg("VPMN", "100.00"));
        assertEquals("VPMN_MID", cg("VPMN", "30.00"));
        assertEquals("VPMN_LOW", cg("VPMN", "29.99"));
        assertEquals("INTL_HIGH", cg("INTL", "100.00"));
        assertEquals("INTL_MID", cg("INTL", "99.99"));
        assertEquals("INTL_MID", cg("INTL", "0.00"));
        assertEquals("LOCAL_HIGH", cg("LOCAL", "99.995"));  // cast to 100.00
    }

    @Test
    void everyGroupIsReachedAndBelongsToItsClass() {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String c : Domains.CLUSTER_CLASSES) {
            for (String arpu : new String[] {"0.00", "29.99", "30.00", "99.99", "100.00", "3000.00"}) {
                String g = cg(c, arpu);
                seen.add(g);
                assertEquals(true, g.startsWith(c), c + " " + g);
            }
        }
        assertEquals(new java.util.TreeSet<>(Domains.CLUSTER_GROUPS), seen);
    }

    @Test
    void errorsAndNulls() {
        assertEquals("CLUSTER_CLASS: argument mou_total out of range: 100", err(() -> cc(100, 30, 30, 30, 10, 1)));
        assertEquals("CLUSTER_CLASS: argument mou_total out of range: -1", err(() -> cc(-1, 0, 0, 0, 0, 0)));
        assertEquals("CLUSTER_CLASS: argument mou_ld_out out of range: -1", err(() -> cc(10, -1, 0, 0, 0, 0)));
        assertEquals("CLUSTER_CLASS: argument mou_ld_in out of range: -1", err(() -> cc(10, 0, -1, 0, 0, 0)));
        assertEquals("CLUSTER_CLASS: argument mou_roam out of range: -1", err(() -> cc(10, 0, 0, -1, 0, 0)));
        assertEquals("CLUSTER_CLASS: argument mou_vpmn out of range: -1", err(() -> cc(10, 0, 0, 0, -1, 0)));
        assertEquals("CLUSTER_CLASS: argument mou_intl out of range: -1", err(() -> cc(10, 0, 0, 0, 0, -1)));
        assertEquals("LD_OUT", cc(100, 40, 29, 20, 10, 1));  // parts summing to exactly T are fine
        assertEquals("CLUSTER_GROUP: argument cluster_class out of range: MIGRANT", err(() -> cg("MIGRANT", "1")));
        assertEquals("CLUSTER_GROUP: argument arpu out of range: -0.01", err(() -> cg("LOCAL", "-0.01")));
        assertEquals("CLUSTER_GROUP: argument cluster_class out of range: code 7",
                err(() -> ClusterFunctions.clusterGroupBatch(A, new int[] {7}, new long[1], new int[1], 1)));
        assertNull(ClusterFunctions.clusterClass(A, null, 0, 0, 0, 0, 0));
        assertNull(ClusterFunctions.clusterClass(A, 1, 0, 0, 0, 0, null));
        assertNull(ClusterFunctions.clusterGroup(A, null, d("1")));
        assertNull(ClusterFunctions.clusterGroup(A, "LOW", null));
    }
}
