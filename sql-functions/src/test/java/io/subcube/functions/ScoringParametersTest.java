package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringParametersTest {

    private static final ScoringParameters A = ScoringParameters.DEFAULTS;
    private static final ScoringParameters B = ScoringParameters.forProfile("B");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static String value(ScoringParameters p, String key) {
        return p.entries().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static String error(Map<String, String> overrides) {
        return assertThrows(IllegalArgumentException.class, () -> A.with(overrides)).getMessage();
    }

    @Test
    void profilesAAndB() {
        assertEquals("A", A.profile());
        assertEquals("B", B.profile());
        assertSame(A, ScoringParameters.forProfile("a"));
        assertEquals(B, ScoringParameters.forProfile("b"));
        assertEquals("90.00", value(A, "stick.high_cut"));
        assertEquals("70.00", value(A, "stick.mid_cut"));
        assertEquals("32.00", value(A, "churn.cut"));
        assertEquals("96.00", value(B, "stick.high_cut"));
        assertEquals("85.00", value(B, "stick.mid_cut"));
        assertEquals("16.00", value(B, "churn.cut"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringParameters.forProfile("C"));
        assertEquals("unknown scoring profile: C (valid: A, B)", e.getMessage());
    }

    @Test
    void everyDefaultAsEntries() {
        StringBuilder sb = new StringBuilder();
        for (ScoringParameters.Entry e : A.entries()) {
            sb.append(e.key()).append('=').append(e.value()).append(' ').append(e.section()).append('\n');
            assertTrue(!e.description().isBlank());
        }
        assertEquals("""
                profile=A G5
                influence.weight.circle=0.40 B3.2
                influence.weight.messages=0.30 B3.2
                influence.weight.vas=0.30 B3.2
                influence.cap.circle=100 B3.2
                influence.cap.messages=300 B3.2
                influence.cap.vas=5 B3.2
                cvs.weight.arpu=0.25 B3.3
                cvs.weight.return_rate=0.15 B3.3
                cvs.weight.arpu_avg3=0.15 B3.3
                cvs.weight.return_rate_avg3=0.10 B3.3
                cvs.weight.tenure=0.15 B3.3
                cvs.weight.influence=0.20 B3.3
                cvs.cap.arpu=200.00 B3.3
                cvs.cap.arpu_avg3=200.00 B3.3
                cvs.cap.tenure=60 B3.3
                value_tier.p1=10 B3.4
                value_tier.p2=30 B3.4
                value_tier.p3=90 B3.4
                stick.base=45 B3.5
                stick.tenure=20 B3.5
                stick.tenure_cap=36 B3.5
                stick.bundle_long=12 B3.5
                stick.bundle_short=6 B3.5
                stick.vpmn=10 B3.5
                stick.sticky_each=3 B3.5
                stick.sticky_max=6 B3.5
                stick.circle=4 B3.5
                stick.circle_cap=50 B3.5
                stick.onnet=3 B3.5
                stick.high_cut=90.00 B3.6
                stick.mid_cut=70.00 B3.6
                churn.mou=30 B3.7
                churn.arpu=20 B3.7
                churn.circle=20 B3.7
                churn.competitor=20 B3.7
                churn.competitor_cap=0.50 B3.7
                churn.expiry.soon=10 B3.7
                churn.expiry.none=5 B3.7
                churn.expiry.later=0 B3.7
                churn.cut=32.00 B3.8
                esc.min_streak=3 B3.10
                esc.heavy_cnt=3 B3.10
                need.voice_ratio=0.80 B3.11
                cluster.low_minutes=60 B3.12
                cluster.intl_share=0.10 B3.12
                cluster.roam_share=0.30 B3.12
                cluster.vpmn_share=0.40 B3.12
                cluster.ld_in_share=0.30 B3.12
                cluster.ld_out_share=0.30 B3.12
                cluster.arpu_high=100.00 B3.12
                cluster.arpu_mid=30.00 B3.12
                migrant.roam_days=15 B3.18
                migrant.rural_share=0.30 B3.18
                family.rest_days=15 B3.19
                mms.high_arpu=200.00 B3.21
                mms.low_traffic=100 B3.21
                vas_weak.ratio=0.80 B3.25
                drill.contrib_share=0.20 B5.4
                drill.severity=0.05 B5.4
                """, sb.toString());
        assertEquals(ScoringParameters.keys(), A.entries().stream().map(ScoringParameters.Entry::key).toList());
    }

    @Test
    void profileIsAppliedFirstThenIndividualOverrides() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("stick.high_cut", "95");   // listed before profile: still applied after it
        o.put("profile", "b");
        ScoringParameters p = A.with(o);
        assertEquals("B", p.profile());
        assertEquals("95.00", value(p, "stick.high_cut"));
        assertEquals("85.00", value(p, "stick.mid_cut"));
        assertEquals("16.00", value(p, "churn.cut"));
        assertEquals("ScoringParameters[profile=B, stick.high_cut=95.00]", p.toString());
        // switching profile back resets the profile's cuts but keeps other overrides
        ScoringParameters q = p.with(Map.of("cvs.weight.arpu", "0.2")).with(Map.of("profile", "A"));
        assertEquals("90.00", value(q, "stick.high_cut"));
        assertEquals("0.20", value(q, "cvs.weight.arpu"));
        assertEquals("ScoringParameters[profile=A, cvs.weight.arpu=0.20]", q.toString());
    }

    @Test
    void equalityByValue() {
        assertEquals(A, A.with(Map.of("cvs.weight.arpu", "0.250")));
        assertSame(A, A.with(Map.of()));
        assertEquals(A.hashCode(), A.with(Map.of("churn.cut", "32")).hashCode());
        assertEquals(B, A.with(Map.of("profile", "B")));
        assertNotEquals(A, A.with(Map.of("churn.cut", "31.99")));
        assertNotEquals(A, B);
        // profile B with A's cuts is still profile B
        ScoringParameters bWithACuts = B.with(Map.of("stick.high_cut", "90", "stick.mid_cut", "70", "churn.cut", "32"));
        assertNotEquals(A, bWithACuts);
        assertEquals("ScoringParameters[profile=A]", A.toString());
    }

    @Test
    void unknownKeyListsTheValidOnes() {
        String m = error(Map.of("cvs.weight.foo", "0.1"));
        assertTrue(m.startsWith("unknown scoring parameter: cvs.weight.foo=0.1 (valid keys: profile, "
                + "influence.weight.circle, "), m);
        assertTrue(m.endsWith("drill.severity)"), m);
    }

    @Test
    void unparsableAndOutOfRangeValuesNameKeyAndValue() {
        assertEquals("scoring parameter cvs.weight.arpu: not a number: abc", error(Map.of("cvs.weight.arpu", "abc")));
        assertEquals("scoring parameter cvs.weight.arpu out of range: 1.5 (must be in [0, 1], at most 4 decimals)",
                error(Map.of("cvs.weight.arpu", "1.5")));
        assertEquals("scoring parameter cvs.weight.arpu out of range: -0.1 (must be in [0, 1], at most 4 decimals)",
                error(Map.of("cvs.weight.arpu", "-0.1")));
        assertEquals("scoring parameter value_tier.p1 out of range: 0 (must be in [1, 99], an integer)",
                error(Map.of("value_tier.p1", "0")));
        assertEquals("scoring parameter value_tier.p1 out of range: 10.5 (must be in [1, 99], an integer)",
                error(Map.of("value_tier.p1", "10.5")));
        assertEquals("scoring parameter stick.high_cut out of range: 100.01 (must be in [0, 100], at most 2 decimals)",
                error(Map.of("stick.high_cut", "100.01")));
        assertEquals("scoring parameter churn.competitor_cap out of range: 0 (must be in (0, 1], at most 4 decimals)",
                error(Map.of("churn.competitor_cap", "0")));
        assertEquals("scoring parameter cvs.cap.tenure out of range: 0 (must be in [1, 1000000], an integer)",
                error(Map.of("cvs.cap.tenure", "0")));
        assertEquals("scoring parameter profile: unknown value C (valid: A, B)", error(Map.of("profile", "C")));
    }

    @Test
    void constraintsBetweenParameters() {
        assertEquals("scoring parameters value_tier.p1=30, value_tier.p2=30, value_tier.p3=90: need 0 < p1 < p2 < p3 < 100",
                error(Map.of("value_tier.p1", "30")));
        assertEquals("scoring parameters stick.mid_cut=91.00, stick.high_cut=90.00: need stick.mid_cut <= stick.high_cut",
                error(Map.of("stick.mid_cut", "91")));
        assertEquals("scoring parameters cluster.arpu_mid=120.00, cluster.arpu_high=100.00: "
                + "need cluster.arpu_mid <= cluster.arpu_high", error(Map.of("cluster.arpu_mid", "120")));
        assertEquals("scoring parameters cvs.weight.arpu=0.30, cvs.weight.return_rate=0.15, cvs.weight.arpu_avg3=0.15, "
                + "cvs.weight.return_rate_avg3=0.10, cvs.weight.tenure=0.15, cvs.weight.influence=0.20: "
                + "CVS weights must sum to at most 1 (sum 1.05)", error(Map.of("cvs.weight.arpu", "0.30")));
        assertEquals("scoring parameters influence.weight.circle=0.50, influence.weight.messages=0.30, "
                + "influence.weight.vas=0.30: INFLUENCE_SCORE weights must sum to at most 1 (sum 1.1)",
                error(Map.of("influence.weight.circle", "0.5")));
        assertTrue(error(Map.of("churn.mou", "31")).endsWith("CHURN_SCORE points (with the largest expiry points) "
                + "must sum to at most 100 (sum 101)"));
        // moving weight between two factors in one call is fine
        ScoringParameters p = A.with(Map.of("cvs.weight.arpu", "0.30", "cvs.weight.influence", "0.15"));
        assertEquals("0.30", value(p, "cvs.weight.arpu"));
        // a mid cut above profile B's high cut only works together with a high cut
        assertEquals("96.00", value(B.with(Map.of("stick.mid_cut", "96")), "stick.mid_cut"));
    }

    @Test
    void overridesChangeTheResults() {
        // CVS example 1 without the influence factor: 63.57 - 8.52
        ScoringParameters noInfluence = A.with(Map.of("cvs.weight.influence", "0"));
        assertEquals(d("55.05"), ValueFunctions.cvs(noInfluence, d("120.00"), d("92.00"), d("110.00"), d("90.00"),
                36, d("42.60")));
        ScoringParameters highCut = B.with(Map.of("stick.high_cut", "95"));
        assertEquals("HIGH", StickinessFunctions.stickTier(highCut, d("95.50")));
        assertEquals("MID", StickinessFunctions.stickTier(B, d("95.50")));
        ScoringParameters tiers = A.with(Map.of("value_tier.p1", "5", "value_tier.p2", "25", "value_tier.p3", "95"));
        assertEquals("MH", ValueFunctions.valueTier(tiers, 5L, 100L));
        assertEquals("M", ValueFunctions.valueTier(tiers, 93L, 100L));
        assertEquals("HEAVY", VasFunctions.escStage(A.with(Map.of("esc.heavy_cnt", "2")), true, 14, 6, 2));
        assertEquals("REGULAR", VasFunctions.escStage(A, true, 14, 6, 2));
        assertEquals("TRIAL", VasFunctions.escStage(A.with(Map.of("esc.min_streak", "7")), true, 14, 6, 2));
        assertEquals("NONE", VasFunctions.need(A, true, "LOYAL", "ACTIVE", "ACTIVE", 280, 300));
        assertEquals("TRAFFIC", VasFunctions.need(A.with(Map.of("need.voice_ratio", "0.95")), true, "LOYAL",
                "ACTIVE", "ACTIVE", 280, 300));
        assertEquals("LOCAL", ClusterFunctions.clusterClass(A, 400, 20, 100, 10, 0, 0));
        assertEquals("LD_IN", ClusterFunctions.clusterClass(A.with(Map.of("cluster.ld_in_share", "0.25")),
                400, 20, 100, 10, 0, 0));
        assertEquals("LOCAL_HIGH", ClusterFunctions.clusterGroup(A.with(Map.of("cluster.arpu_high", "80")), "LOCAL",
                d("85.00")));
        assertEquals(d("38.25"), AnomalyFunctions.churnScore(A.with(Map.of("churn.expiry.none", "3")), 120, 300,
                d("55.00"), d("80.00"), 30, 40, d("0.1500"), 0));
        assertEquals(d("98.75"), StickinessFunctions.stickScore(A, 48, 8, true, 2, 40, d("0.8500")));
        assertEquals(d("100.00"), StickinessFunctions.stickScore(A.with(Map.of("stick.base", "50")), 48, 8, true, 2,
                40, d("0.8500")));  // Max 100
        assertEquals(d("36.60"), ValueFunctions.influenceScore(A.with(Map.of("influence.cap.circle", "150")), 45,
                120, 6, 2));
    }

    @Test
    void drillDownCutsOfB54() {
        assertEquals(0.20, A.drillContribShare());
        assertEquals(0.05, A.drillSeverity());
        ScoringParameters p = A.with(Map.of("drill.contrib_share", "0.25", "drill.severity", "0.1"));
        assertEquals(0.25, p.drillContribShare());
        assertEquals(0.10, p.drillSeverity());
        assertEquals("scoring parameter drill.severity out of range: 1.5 (must be in [0, 1], at most 4 decimals)",
                error(Map.of("drill.severity", "1.5")));
    }

    @Test
    void keysAreLowerCaseDotted() {
        List<String> keys = ScoringParameters.keys();
        assertEquals(60, keys.size());
        for (String k : keys) {
            assertTrue(k.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*"), k);
        }
    }
}
