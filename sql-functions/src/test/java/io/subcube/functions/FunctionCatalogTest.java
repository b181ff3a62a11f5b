package io.subcube.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalog lists every §B3 function with DOMAIN.md's signature. */
class FunctionCatalogTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void everySignatureAsDomainWritesIt() {
        String all = FunctionCatalog.all().stream().map(s -> s.section() + " " + s.describe())
                .collect(Collectors.joining("\n"));
        assertEquals("""
                B3.22 CHANNEL_FIT(cp DECIMAL(3,2), cc DECIMAL(3,2), pc DECIMAL(3,2)) → DECIMAL(5,2)
                B3.8 CHURN_FLAG(score DECIMAL(5,2)) → BOOLEAN
                B3.8 CHURN_FLAG(score DECIMAL(5,2), cut DECIMAL(5,2)) → BOOLEAN
                B3.7 CHURN_SCORE(mou_total INTEGER, mou_avg3 INTEGER, arpu DECIMAL(12,2), arpu_avg3 DECIMAL(12,2), \
                circle_size INTEGER, circle_size_avg3 INTEGER, competitor_share DECIMAL(5,4), bundle_months_left INTEGER) \
                → DECIMAL(5,2)
                B3.12 CLUSTER_CLASS(mou_total INTEGER, mou_ld_out INTEGER, mou_ld_in INTEGER, mou_roam INTEGER, \
                mou_vpmn INTEGER, mou_intl INTEGER) → VARCHAR
                B3.12 CLUSTER_GROUP(cluster_class VARCHAR, arpu DECIMAL(12,2)) → VARCHAR
                B3.3 CVS(arpu DECIMAL(12,2), return_rate DECIMAL(5,2), arpu_avg3 DECIMAL(12,2), return_rate_avg3 \
                DECIMAL(5,2), tenure_months INTEGER, influence_score DECIMAL(5,2)) → DECIMAL(5,2)
                B3.10 ESC_ACTION(stage VARCHAR) → VARCHAR
                B3.10 ESC_STAGE(data_capable BOOLEAN, vas_months_ever INTEGER, vas_streak_months INTEGER, \
                vas_active_cnt INTEGER) → VARCHAR
                B3.10 ESC_STAGE(data_capable BOOLEAN, vas_months_ever INTEGER, vas_streak_months INTEGER, \
                vas_active_cnt INTEGER, min_streak INTEGER, heavy_cnt INTEGER) → VARCHAR
                B3.19 FAMILY_FLAG(rest_market_type VARCHAR, rest_days INTEGER) → BOOLEAN
                B3.19 FAMILY_PKG_TARGET(group_member BOOLEAN, vpmn_flag BOOLEAN, status VARCHAR, days_since_join \
                INTEGER, family_flag BOOLEAN) → BOOLEAN
                B3.2 INFLUENCE_SCORE(circle_size INTEGER, sms_mo_cnt INTEGER, mms_mo_cnt INTEGER, vas_active_cnt \
                INTEGER) → DECIMAL(5,2)
                B3.26 KPI_BREACH(rule_kind VARCHAR, actual DOUBLE, reference DOUBLE, threshold DOUBLE) → BOOLEAN
                B3.27 KPI_CONTRIB(formula_kind VARCHAR, child_actual DOUBLE, child_ref DOUBLE, parent_actual DOUBLE, \
                parent_ref DOUBLE, sign INTEGER) → DOUBLE
                B3.13 MATRIX_CELL(value_tier VARCHAR, stick_tier VARCHAR, churn_flag BOOLEAN) → INTEGER
                B3.13 MATRIX_KEY(value_tier VARCHAR, stick_tier VARCHAR, churn_flag BOOLEAN, need VARCHAR) → VARCHAR
                B3.18 MIGRANT_TYPE(roam_out_days INTEGER, roam_scope VARCHAR, rural_contact_share DECIMAL(5,4)) \
                → VARCHAR
                B3.14 MKT_PRIORITY(value_tier VARCHAR, stick_tier VARCHAR, churn_flag BOOLEAN) → INTEGER
                B3.21 MMS_SEGMENT(work_market_type VARCHAR, brand VARCHAR, age INTEGER, gender VARCHAR, arpu \
                DECIMAL(12,2), mms_mo_cnt INTEGER, mms_mt_3m INTEGER, news_sub BOOLEAN, mou_total INTEGER) → INTEGER
                B3.28 MONTH_ADD(month_id INTEGER, k INTEGER) → INTEGER
                B3.11 NEED(data_capable BOOLEAN, minternet_class VARCHAR, mnews_class VARCHAR, crbt_class VARCHAR, \
                mou_total INTEGER, mou_avg3 INTEGER) → VARCHAR
                B3.16 POLICY_GROUP(tenure_months INTEGER, return_rate_avg3 DECIMAL(5,2), arpu DECIMAL(12,2)) → INTEGER
                B3.15 PROGRAM_ORDER(value_tier VARCHAR, churn_flag BOOLEAN, bundle_months_left INTEGER, need VARCHAR) \
                → VARCHAR
                B3.1 RETURN_RATE(gross DECIMAL(12,2), cost DECIMAL(12,2)) → DECIMAL(5,2)
                B3.17 RURAL_SEGMENT(rest_market_type VARCHAR, work_grid_id INTEGER, rest_grid_id INTEGER, \
                work_county_id INTEGER, rest_county_id INTEGER, work_city_id INTEGER, rest_city_id INTEGER) → VARCHAR
                B3.20 SCHOOL_TYPE(tenure_months INTEGER, sms_mo_cnt INTEGER, campus_call_share DECIMAL(5,4), \
                campus_peers_10plus INTEGER, join_near_campus BOOLEAN) → VARCHAR
                B3.5 STICK_SCORE(tenure_months INTEGER, bundle_months_left INTEGER, vpmn_flag BOOLEAN, sticky_svc_cnt \
                INTEGER, circle_size INTEGER, onnet_share DECIMAL(5,4)) → DECIMAL(5,2)
                B3.6 STICK_TIER(score DECIMAL(5,2)) → VARCHAR
                B3.6 STICK_TIER(score DECIMAL(5,2), high_cut DECIMAL(5,2), mid_cut DECIMAL(5,2)) → VARCHAR
                B3.4 VALUE_TIER(rank_above BIGINT, n BIGINT) → VARCHAR
                B3.4 VALUE_TIER(rank_above BIGINT, n BIGINT, p1 INTEGER, p2 INTEGER, p3 INTEGER) → VARCHAR
                B3.23 VAS_IND_SCORE(indicator_code VARCHAR, ind_value DOUBLE, best_value DOUBLE) → DOUBLE
                B3.9 VAS_USER_CLASS(subscribed BOOLEAN, first_use_month INTEGER, month_id INTEGER, usage_cnt BIGINT, \
                streak_months INTEGER, loyal_min BIGINT) → VARCHAR
                B3.25 VAS_WEAK(score DOUBLE, full_marks DOUBLE, prev_score DOUBLE, prev2_score DOUBLE) → BOOLEAN""", all);
    }

    @Test
    void parametersAreBoundExactlyWhereAParameterIsUsed() {
        Set<String> withParameters = FunctionCatalog.all().stream().filter(FunctionSignature::takesParameters)
                .map(s -> s.name() + "/" + s.arguments().size()).collect(Collectors.toSet());
        assertEquals(Set.of("INFLUENCE_SCORE/4", "CVS/6", "VALUE_TIER/2", "STICK_SCORE/6", "STICK_TIER/1",
                "CHURN_SCORE/8", "CHURN_FLAG/1", "ESC_STAGE/4", "NEED/6", "CLUSTER_CLASS/6", "CLUSTER_GROUP/2",
                "VAS_WEAK/4", "MIGRANT_TYPE/3", "FAMILY_FLAG/2", "MMS_SEGMENT/9"),
                withParameters);
        Set<String> nullMeaningful = FunctionCatalog.all().stream().filter(FunctionSignature::nullMeaningful)
                .map(FunctionSignature::name).collect(Collectors.toSet());
        assertEquals(Set.of("VAS_USER_CLASS", "NEED", "VAS_IND_SCORE", "VAS_WEAK", "KPI_BREACH"), nullMeaningful);
    }

    /** A valid call of each signature and its result (the worked examples). */
    private static final Map<String, Object[]> SAMPLES = new HashMap<>();

    private static void sample(String name, Object result, Object... args) {
        SAMPLES.put(name + "/" + args.length, new Object[] {result, args});
    }

    static {
        sample("RETURN_RATE", d("92.00"), d("150.00"), d("12.00"));
        sample("INFLUENCE_SCORE", d("42.60"), 45, 120, 6, 2);
        sample("CVS", d("63.57"), d("120.00"), d("92.00"), d("110.00"), d("90.00"), 36, d("42.60"));
        sample("VALUE_TIER", "MH", 100L, 1000L);
        sample("VALUE_TIER", "M", 300L, 1000L, 10, 30, 90);
        sample("STICK_SCORE", d("98.75"), 48, 8, true, 2, 40, d("0.8500"));
        sample("STICK_TIER", "MID", d("75.83"));
        sample("STICK_TIER", "NONE", d("75.83"), d("96"), d("85"));
        sample("CHURN_SCORE", d("40.25"), 120, 300, d("55.00"), d("80.00"), 30, 40, d("0.1500"), 0);
        sample("CHURN_FLAG", true, d("40.25"));
        sample("CHURN_FLAG", true, d("19.00"), d("16"));
        sample("VAS_USER_CLASS", "SILENT", true, 200701, 200809, 0L, 0, 10L);
        sample("ESC_STAGE", "HEAVY", true, 20, 9, 3);
        sample("ESC_STAGE", "REGULAR", true, 14, 6, 2, 3, 3);
        sample("ESC_ACTION", "CONSOLIDATE", "TRIAL");
        sample("NEED", "MNEWS", true, "POTENTIAL", "SILENT", "ACTIVE", 280, 300);
        sample("CLUSTER_CLASS", "LD_IN", 400, 20, 160, 10, 0, 0);
        sample("CLUSTER_GROUP", "LD_IN_MID", "LD_IN", d("45.00"));
        sample("MATRIX_CELL", 8, "MH", "HIGH", false);
        sample("MATRIX_KEY", "MH.HIGH.S.TRAFFIC", "MH", "HIGH", false, "TRAFFIC");
        sample("MKT_PRIORITY", 1, "H", "MID", true);
        sample("PROGRAM_ORDER", "RETAIN>TRAFFIC>NEWSVC", "MH", false, 0, "TRAFFIC");
        sample("POLICY_GROUP", 6, 30, d("90.50"), d("120.00"));
        sample("CHANNEL_FIT", d("47.60"), d("4.25"), d("4.00"), d("3.50"));
        sample("RURAL_SEGMENT", "IN_COUNTY_WORKER", "RURAL", 1090415, 1090412, 10904, 10904, 109, 109);
        sample("MIGRANT_TYPE", "INTER_PROV", 20, "INTER", d("0.4500"));
        sample("FAMILY_FLAG", true, "RESIDENTIAL", 22);
        sample("FAMILY_PKG_TARGET", true, false, false, "ACTIVE", 45, true);
        sample("SCHOOL_TYPE", "STUDENT", 14, 86, d("0.6200"), 3, false);
        sample("MMS_SEGMENT", 5, "CBD", "GOTONE", 33, "M", d("180.00"), 1, 0, true, 600);
        sample("VAS_IND_SCORE", 15 * (39.2 / 60.0), "USAGE_PER_USER", 39.2, 60.0);
        sample("VAS_WEAK", true, 7.98466, 10.0, null, null);
        sample("KPI_BREACH", true, "MIN", 0.633, null, 0.70);
        sample("KPI_CONTRIB", -300000.0, "SUM", 3100000.0, 3400000.0, 6400000.0, 6800000.0, 1);
        sample("MONTH_ADD", 200712, 200801, -1);
    }

    @Test
    void everySignatureCalledThroughTheCatalogGivesTheWorkedExample() {
        assertEquals(SAMPLES.keySet(), FunctionCatalog.all().stream().map(s -> s.name() + "/" + s.arguments().size())
                .collect(Collectors.toSet()));
        for (FunctionSignature s : FunctionCatalog.all()) {
            Object[] sample = SAMPLES.get(s.name() + "/" + s.arguments().size());
            Object result = s.invoke(ScoringParameters.DEFAULTS, (Object[]) sample[1]);
            assertEquals(sample[0], result, s.describe());
            assertEquals(s.returns().javaType(), result.getClass(), s.describe());
            if (result instanceof BigDecimal b) {
                assertEquals(s.returns().scale(), b.scale(), s.describe());
            }
        }
        // the dataset's parameters are what the engine binds
        assertEquals("NONE", FunctionCatalog.named("stick_tier").get(0).invoke(ScoringParameters.forProfile("B"),
                d("75.83")));
    }

    /** G2 on the Java methods themselves: a NULL argument gives NULL, except the meaningful NULLs. */
    @Test
    void everyNullArgumentGivesNullExceptTheMeaningfulOnes() throws Exception {
        Set<String> meaningful = Set.of("VAS_USER_CLASS.first_use_month", "NEED.minternet_class",
                "NEED.mnews_class", "NEED.crbt_class", "VAS_WEAK.prev_score", "VAS_WEAK.prev2_score",
                "KPI_BREACH.reference");
        int checked = 0;
        for (FunctionSignature s : FunctionCatalog.all()) {
            Object[] args = (Object[]) SAMPLES.get(s.name() + "/" + s.arguments().size())[1];
            for (int i = 0; i < args.length; i++) {
                Object[] withNull = args.clone();
                withNull[i] = null;
                Object[] call = withNull;
                if (s.takesParameters()) {
                    call = new Object[args.length + 1];
                    call[0] = ScoringParameters.DEFAULTS;
                    System.arraycopy(withNull, 0, call, 1, args.length);
                }
                Object result = s.method().invoke(null, call);
                String arg = s.name() + "." + s.arguments().get(i).name();
                if (meaningful.contains(arg)) {
                    assertNotNull(result, arg);
                } else {
                    assertNull(result, arg);
                }
                checked++;
            }
        }
        assertEquals(141, checked);
    }

    @Test
    void everyFunctionClassIsListedAndEveryPublicMethodSaysItsSection() {
        for (Class<?> c : List.of(ValueFunctions.class, StickinessFunctions.class, AnomalyFunctions.class,
                VasFunctions.class, ClusterFunctions.class, MatrixFunctions.class, PolicyFunctions.class,
                HotspotFunctions.class, ChannelFunctions.class, HealthFunctions.class, KpiFunctions.class,
                MonthFunctions.class)) {
            for (Method m : c.getDeclaredMethods()) {
                SqlFunction f = m.getAnnotation(SqlFunction.class);
                if (f != null) {
                    assertTrue(FunctionCatalog.named(f.name()).stream().anyMatch(s -> s.method().equals(m)), m.toString());
                }
                if (Modifier.isPublic(m.getModifiers()) && m.getName().endsWith("Batch")) {
                    assertEquals(int.class, m.getParameterTypes()[m.getParameterCount() - 1], m.toString());
                    assertEquals(void.class, m.getReturnType(), m.toString());
                }
            }
        }
    }
}
