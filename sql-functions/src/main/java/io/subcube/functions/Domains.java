package io.subcube.functions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value lists of the VARCHAR-valued §B3 functions and of their coded arguments, in DOMAIN.md order. Cores
 * and batch forms carry a VARCHAR as its {@code int} index (code) in its list; {@link #code} and
 * {@code LIST.get(code)} convert.
 */
public final class Domains {

    /** §B3.4 VALUE_TIER. */
    public static final List<String> VALUE_TIERS = List.of("H", "MH", "M", "L");
    /** §B3.6 STICK_TIER. */
    public static final List<String> STICK_TIERS = List.of("HIGH", "MID", "NONE");
    /** §B3.9 VAS_USER_CLASS (also the class arguments of NEED). */
    public static final List<String> USER_CLASSES = List.of("POTENTIAL", "TRIAL", "SILENT", "ACTIVE", "LOYAL");
    /** §B3.10 ESC_STAGE. */
    public static final List<String> ESC_STAGES = List.of("HANDSET", "POTENTIAL", "TRIAL", "REGULAR", "HEAVY");
    /** §B3.10 ESC_ACTION. */
    public static final List<String> ESC_ACTIONS = List.of("UPGRADE_HANDSET", "EXPERIENCE", "CONSOLIDATE", "CATALYSE");
    /** §B3.11 NEED; the first three are also the service order of its rule. */
    public static final List<String> NEEDS = List.of("MINTERNET", "MNEWS", "CRBT", "TRAFFIC", "NONE");
    /** §B3.12 CLUSTER_CLASS, in the order §B3.12 lists their groups. */
    public static final List<String> CLUSTER_CLASSES = List.of("LOW", "LOCAL", "LD_OUT", "LD_IN", "ROAM", "VPMN",
            "INTL");
    /** §B3.12 CLUSTER_GROUP, in DOMAIN.md's order. */
    public static final List<String> CLUSTER_GROUPS = List.of("LOW", "LOCAL_HIGH", "LOCAL_MID", "LOCAL_LOW",
            "LD_OUT_HIGH", "LD_OUT_MID", "LD_OUT_LOW", "LD_IN_MID", "LD_IN_LOW", "ROAM_HIGH", "ROAM_MID", "VPMN_HIGH",
            "VPMN_MID", "VPMN_LOW", "INTL_HIGH", "INTL_MID");
    /**
     * §B3.13 MATRIX_KEY: all 4·3·2·5 keys, by matrix cell then need, so that
     * {@code code = 5·(cell − 1) + need} = {@code 5·(2·(3·tier + stick) + (churn_flag ? 0 : 1)) + need}.
     */
    public static final List<String> MATRIX_KEYS = matrixKeys();
    /**
     * §B3.15 PROGRAM_ORDER: {@code code = (retain first ? 0 : 2) + (need is a service ? 0 : 1)}.
     */
    public static final List<String> PROGRAM_ORDERS = List.of("RETAIN>NEWSVC>TRAFFIC", "RETAIN>TRAFFIC>NEWSVC",
            "NEWSVC>TRAFFIC>RETAIN", "TRAFFIC>NEWSVC>RETAIN");

    /** §B2.4 region.market_type of a grid (RURAL_SEGMENT, FAMILY_FLAG, MMS_SEGMENT arguments). */
    public static final List<String> MARKET_TYPES = List.of("URBAN", "RESIDENTIAL", "CBD", "CAMPUS", "SCHOOL",
            "TRANSPORT", "RURAL");
    /** §B2.1 brand (MMS_SEGMENT argument). */
    public static final List<String> BRANDS = List.of("GOTONE", "MZONE", "SZX");
    /** §B2.2 gender (MMS_SEGMENT argument). */
    public static final List<String> GENDERS = List.of("M", "F");
    /** §B2.1 status (FAMILY_PKG_TARGET argument). */
    public static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "CHURNED");
    /** §B2.3 roam_scope (MIGRANT_TYPE argument). */
    public static final List<String> ROAM_SCOPES = List.of("NONE", "INTRA", "INTER");
    /** §B3.17 RURAL_SEGMENT. */
    public static final List<String> RURAL_SEGMENTS = List.of("LEFT_BEHIND", "IN_COUNTY_WORKER", "OUT_COUNTY_WORKER");
    /** §B3.18 MIGRANT_TYPE. */
    public static final List<String> MIGRANT_TYPES = List.of("INTRA_PROV", "INTER_PROV");
    /** §B3.20 SCHOOL_TYPE. */
    public static final List<String> SCHOOL_TYPES = List.of("STUDENT", "NEW_STUDENT");
    /** §B3.24 indicator codes, in the table's order (code = row number − 1). */
    public static final List<String> INDICATORS = List.of("REV_COMPLETION", "PENETRATION", "GROWTH_CONTRIB", "CAGR3",
            "REV_PER_USER", "USAGE_PER_USER", "SATISFACTION", "COMPLAINTS", "PAYING_RATE", "VOL_REV_MATCH");
    /** §B2.9 service_indicator.dimension. */
    public static final List<String> DIMENSIONS = List.of("SCALE", "HEALTH");
    /** §B2.6 service.lifecycle (which of GROWTH_CONTRIB and CAGR3 is scored, §B2.9). */
    public static final List<String> LIFECYCLES = List.of("MATURE", "GROWTH");
    /** §B3.26 KPI_BREACH rule_kind (alert_rule.rule_kind, §B2.14). */
    public static final List<String> RULE_KINDS = List.of("MIN", "MAX", "TARGET", "MOM");
    /** §B3.27 KPI_CONTRIB formula_kind (kpi_tree.formula_kind, §B2.12). */
    public static final List<String> FORMULA_KINDS = List.of("SUM", "PRODUCT", "DRIVERS", "LEAF");

    // Codes the cores use by name.
    static final int TIER_H = 0, TIER_MH = 1, TIER_M = 2, TIER_L = 3;
    static final int STICK_HIGH = 0, STICK_MID = 1, STICK_NONE = 2;
    static final int CLASS_POTENTIAL = 0, CLASS_TRIAL = 1, CLASS_SILENT = 2, CLASS_ACTIVE = 3, CLASS_LOYAL = 4;
    static final int ESC_HANDSET = 0, ESC_POTENTIAL = 1, ESC_TRIAL = 2, ESC_REGULAR = 3, ESC_HEAVY = 4;
    static final int NEED_MINTERNET = 0, NEED_MNEWS = 1, NEED_CRBT = 2, NEED_TRAFFIC = 3, NEED_NONE = 4;
    static final int CC_LOW = 0, CC_LOCAL = 1, CC_LD_OUT = 2, CC_LD_IN = 3, CC_ROAM = 4, CC_VPMN = 5, CC_INTL = 6;
    static final int MKT_URBAN = 0, MKT_RESIDENTIAL = 1, MKT_CBD = 2, MKT_CAMPUS = 3, MKT_SCHOOL = 4,
            MKT_TRANSPORT = 5, MKT_RURAL = 6;
    static final int BRAND_GOTONE = 0, BRAND_MZONE = 1, BRAND_SZX = 2;
    static final int GENDER_M = 0, GENDER_F = 1;
    static final int STATUS_ACTIVE = 0;
    static final int ROAM_NONE = 0, ROAM_INTRA = 1, ROAM_INTER = 2;
    static final int RURAL_LEFT_BEHIND = 0, RURAL_IN_COUNTY = 1, RURAL_OUT_COUNTY = 2;
    static final int MIGRANT_INTRA = 0, MIGRANT_INTER = 1;
    static final int SCHOOL_STUDENT = 0, SCHOOL_NEW_STUDENT = 1;
    static final int DIM_SCALE = 0, DIM_HEALTH = 1;
    static final int LIFECYCLE_MATURE = 0, LIFECYCLE_GROWTH = 1;
    static final int RULE_MIN = 0, RULE_MAX = 1, RULE_TARGET = 2, RULE_MOM = 3;
    static final int FORMULA_SUM = 0, FORMULA_PRODUCT = 1, FORMULA_DRIVERS = 2, FORMULA_LEAF = 3;

    private static final Map<List<String>, String> NAMES = new IdentityHashMap<>();
    private static final Map<List<String>, Map<String, Integer>> INDEX = new IdentityHashMap<>();

    static {
        name(VALUE_TIERS, "value_tier");
        name(STICK_TIERS, "stick_tier");
        name(USER_CLASSES, "user_class");
        name(ESC_STAGES, "esc_stage");
        name(ESC_ACTIONS, "esc_action");
        name(NEEDS, "need");
        name(CLUSTER_CLASSES, "cluster_class");
        name(CLUSTER_GROUPS, "cluster_group");
        name(MATRIX_KEYS, "matrix_key");
        name(PROGRAM_ORDERS, "program_order");
        name(MARKET_TYPES, "market_type");
        name(BRANDS, "brand");
        name(GENDERS, "gender");
        name(STATUSES, "status");
        name(ROAM_SCOPES, "roam_scope");
        name(RURAL_SEGMENTS, "rural_segment");
        name(MIGRANT_TYPES, "migrant_type");
        name(SCHOOL_TYPES, "school_type");
        name(INDICATORS, "indicator_code");
        name(DIMENSIONS, "dimension");
        name(LIFECYCLES, "lifecycle");
        name(RULE_KINDS, "rule_kind");
        name(FORMULA_KINDS, "formula_kind");
    }

    private Domains() {
    }

    private static void name(List<String> domain, String name) {
        NAMES.put(domain, name);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < domain.size(); i++) {
            index.put(domain.get(i), i);
        }
        INDEX.put(domain, Map.copyOf(index));
    }

    private static List<String> matrixKeys() {
        List<String> keys = new ArrayList<>(120);
        for (String tier : List.of("H", "MH", "M", "L")) {
            for (String stick : List.of("HIGH", "MID", "NONE")) {
                for (String churn : List.of("C", "S")) {
                    for (String need : List.of("MINTERNET", "MNEWS", "CRBT", "TRAFFIC", "NONE")) {
                        keys.add(tier + "." + stick + "." + churn + "." + need);
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The code (index) of {@code value} in one of the lists above; an unknown value is a G3 error naming the
     * list's column: {@code CODE: argument value_tier out of range: X}.
     */
    public static int code(List<String> domain, String value) {
        return code("CODE", nameOf(domain), domain, value);
    }

    /** The code of {@code value} in {@code domain}; unknown (or NULL) → {@code FUNC: argument <name> out of range: value}. */
    static int code(String function, String argument, List<String> domain, String value) {
        Map<String, Integer> index = INDEX.get(domain);
        if (index == null) {
            throw new IllegalArgumentException("not a function domain: " + domain);
        }
        Integer c = value == null ? null : index.get(value);
        if (c == null) {
            throw new DomainException(function, argument, value == null ? "NULL" : value);
        }
        return c;
    }

    /** Checks that {@code code} is a code of {@code domain} (batch and core inputs). */
    static int check(String function, String argument, List<String> domain, int code) {
        if (code < 0 || code >= domain.size()) {
            throw new DomainException(function, argument, "code " + code);
        }
        return code;
    }

    /** The column name a domain list is known by ({@code value_tier}, …). */
    public static String nameOf(List<String> domain) {
        String n = NAMES.get(domain);
        if (n == null) {
            throw new IllegalArgumentException("not a function domain: " + domain);
        }
        return n;
    }
}
