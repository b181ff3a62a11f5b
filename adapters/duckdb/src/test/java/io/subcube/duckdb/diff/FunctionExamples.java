package io.subcube.duckdb.diff;

import io.subcube.duckdb.compare.Values;
import io.subcube.functions.FunctionCatalog;
import io.subcube.functions.FunctionSignature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * DOMAIN.md's worked examples of every function in {@link FunctionCatalog} (§B3.1–B3.28), as
 * calls with typed arguments and their exact result, and the SQL that calls them with literals of each
 * numeric kind.
 */
final class FunctionExamples {

    private FunctionExamples() {
    }

    /**
     * One call and its result. Arguments are Java values of their SQL kind: Integer or Long (an integer),
     * BigDecimal (a decimal, with the scale DOMAIN.md writes), Double (a DOUBLE argument, written as the
     * decimal it prints as), String, Boolean or null.
     */
    record Example(String function, Object expected, List<Object> args) {

        FunctionSignature signature() {
            return FunctionCatalog.named(function).stream().filter(s -> s.arguments().size() == args.size())
                    .findFirst().orElseThrow(() -> new IllegalStateException("no signature " + this));
        }

        /** The call with every numeric argument written as one kind of literal. */
        String call(Kind kind) {
            return call(i -> kind);
        }

        /**
         * The call as SQL, numeric arguments written with the literal kind {@code kinds} gives their position.
         */
        String call(java.util.function.IntFunction<Kind> kinds) {
            StringJoiner j = new StringJoiner(", ", function + "(", ")");
            for (int i = 0; i < args.size(); i++) {
                j.add(literal(args.get(i), kinds.apply(i)));
            }
            return j.toString();
        }

        /**
         * The call written every way: all numeric arguments as integer literals (where whole), as decimal
         * literals, as double literals, and the three mixes that rotate the kinds over the positions.
         */
        List<String> calls() {
            Set<String> out = new LinkedHashSet<>();
            for (Kind k : Kind.values()) {
                out.add(call(k));
            }
            Kind[] kinds = Kind.values();
            for (int r = 0; r < kinds.length; r++) {
                int shift = r;
                out.add(call(i -> kinds[(i + shift) % kinds.length]));
            }
            return List.copyOf(out);
        }

        @Override
        public String toString() {
            return call(Kind.INTEGER) + " → " + Values.show(expected);
        }
    }

    /** How a numeric literal is written. */
    enum Kind {
        /** {@code 45}; a decimal with a fraction stays a decimal ({@code 0.8500}), a whole one drops it ({@code 150}). */
        INTEGER,
        /** {@code 45.0}, {@code 150.00}. */
        DECIMAL,
        /** {@code 45E0}, {@code 150.00E0}. */
        DOUBLE
    }

    static String literal(Object v, Kind kind) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (v instanceof Integer || v instanceof Long) {
            String s = v.toString();
            return switch (kind) {
                case INTEGER -> s;
                case DECIMAL -> s + ".0";
                case DOUBLE -> s + "E0";
            };
        }
        if (v instanceof Double x) {
            // the shortest decimal that reads back as the same double, so every literal kind gives this double
            return literal(BigDecimal.valueOf(x), kind);
        }
        if (v instanceof BigDecimal d) {
            boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
            return switch (kind) {
                case INTEGER -> whole ? d.setScale(0).toPlainString() : d.toPlainString();
                case DECIMAL -> d.scale() > 0 ? d.toPlainString() : d.toPlainString() + ".0";
                case DOUBLE -> d.toPlainString() + "E0";
            };
        }
        throw new IllegalArgumentException("not a SQL literal value: " + v + " (" + v.getClass() + ")");
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Example ex(String function, Object expected, Object... args) {
        return new Example(function, expected, Collections.unmodifiableList(Arrays.asList(args)));
    }

    /** Every worked example of DOMAIN.md for the catalog's functions, profile A. */
    static List<Example> all() {
        List<Example> out = new ArrayList<>();
        // §B3.1
        out.add(ex("RETURN_RATE", d("92.00"), d("150.00"), d("12.00")));
        out.add(ex("RETURN_RATE", d("88.74"), d("88.40"), d("9.95")));
        out.add(ex("RETURN_RATE", d("0.00"), d("50.00"), d("60.00")));
        out.add(ex("RETURN_RATE", d("0.00"), d("0.00"), d("0.00")));
        // §B3.2
        out.add(ex("INFLUENCE_SCORE", d("42.60"), 45, 120, 6, 2));
        out.add(ex("INFLUENCE_SCORE", d("100.00"), 130, 400, 20, 7));
        // §B3.3
        out.add(ex("CVS", d("63.57"), d("120.00"), d("92.00"), d("110.00"), d("90.00"), 36, d("42.60")));
        out.add(ex("CVS", d("94.95"), d("250.00"), d("95.00"), d("240.00"), d("97.00"), 84, d("80.00")));
        // §B3.4, with the dataset's cuts and with DOMAIN's defaults given explicitly
        Object[][] tiers = {{0L, 1000L, "H"}, {99L, 1000L, "H"}, {100L, 1000L, "MH"}, {299L, 1000L, "MH"},
            {300L, 1000L, "M"}, {899L, 1000L, "M"}, {900L, 1000L, "L"}, {0L, 1L, "H"}, {0L, 7L, "H"}, {1L, 7L, "MH"},
            {2L, 7L, "MH"}, {3L, 7L, "M"}, {6L, 7L, "M"}};
        for (Object[] t : tiers) {
            out.add(ex("VALUE_TIER", t[2], t[0], t[1]));
        }
        out.add(ex("VALUE_TIER", "H", 99L, 1000L, 10, 30, 90));
        out.add(ex("VALUE_TIER", "MH", 100L, 1000L, 10, 30, 90));
        out.add(ex("VALUE_TIER", "M", 300L, 1000L, 10, 30, 90));
        out.add(ex("VALUE_TIER", "L", 900L, 1000L, 10, 30, 90));
        // §B3.5
        out.add(ex("STICK_SCORE", d("98.75"), 48, 8, true, 2, 40, d("0.8500")));
        out.add(ex("STICK_SCORE", d("75.83"), 24, 0, true, 1, 30, d("0.7000")));
        out.add(ex("STICK_SCORE", d("66.63"), 30, 0, false, 0, 35, d("0.7200")));
        out.add(ex("STICK_SCORE", d("99.79"), 72, 14, true, 4, 66, d("0.9300")));
        // §B3.6
        out.add(ex("STICK_TIER", "MID", d("75.83")));
        out.add(ex("STICK_TIER", "NONE", d("75.83"), d("96"), d("85")));
        out.add(ex("STICK_TIER", "HIGH", d("98.75"), d("96"), d("85")));
        out.add(ex("STICK_TIER", "MID", d("95.99"), d("96"), d("85")));
        out.add(ex("STICK_TIER", "HIGH", d("90.00")));
        out.add(ex("STICK_TIER", "NONE", d("69.99")));
        // §B3.7
        out.add(ex("CHURN_SCORE", d("40.25"), 120, 300, d("55.00"), d("80.00"), 30, 40, d("0.1500"), 0));
        out.add(ex("CHURN_SCORE", d("19.00"), 240, 300, d("72.00"), d("80.00"), 36, 40, d("0.1000"), 0));
        out.add(ex("CHURN_SCORE", d("15.70"), 280, 300, d("78.00"), d("80.00"), 40, 40, d("0.0800"), 2));
        out.add(ex("CHURN_SCORE", d("2.00"), 310, 300, d("82.00"), d("80.00"), 42, 40, d("0.0500"), 9));
        // §B3.8
        out.add(ex("CHURN_FLAG", true, d("40.25")));
        out.add(ex("CHURN_FLAG", false, d("19.00")));
        out.add(ex("CHURN_FLAG", true, d("19.00"), d("16")));
        out.add(ex("CHURN_FLAG", false, d("31.99")));
        out.add(ex("CHURN_FLAG", true, d("32.00")));
        // §B3.9: month 200809, loyal_min 10
        out.add(ex("VAS_USER_CLASS", "POTENTIAL", false, null, 200809, 0L, 0, 10L));
        out.add(ex("VAS_USER_CLASS", "SILENT", true, null, 200809, 0L, 0, 10L));
        out.add(ex("VAS_USER_CLASS", "TRIAL", false, 200808, 200809, 3L, 2, 10L));
        out.add(ex("VAS_USER_CLASS", "LOYAL", false, 200806, 200809, 12L, 4, 10L));
        out.add(ex("VAS_USER_CLASS", "ACTIVE", false, 200806, 200809, 9L, 4, 10L));
        out.add(ex("VAS_USER_CLASS", "SILENT", true, 200701, 200809, 0L, 0, 10L));
        // §B3.10, with the dataset's thresholds and with the defaults (3, 3) given explicitly
        Object[][] stages = {{false, 0, 0, 0, "HANDSET"}, {true, 0, 0, 0, "POTENTIAL"}, {true, 5, 2, 1, "TRIAL"},
            {true, 14, 6, 2, "REGULAR"}, {true, 20, 9, 3, "HEAVY"}};
        for (Object[] s : stages) {
            out.add(ex("ESC_STAGE", s[4], s[0], s[1], s[2], s[3]));
            out.add(ex("ESC_STAGE", s[4], s[0], s[1], s[2], s[3], 3, 3));
        }
        out.add(ex("ESC_ACTION", "UPGRADE_HANDSET", "HANDSET"));
        out.add(ex("ESC_ACTION", "EXPERIENCE", "POTENTIAL"));
        out.add(ex("ESC_ACTION", "CONSOLIDATE", "TRIAL"));
        out.add(ex("ESC_ACTION", "CATALYSE", "REGULAR"));
        out.add(ex("ESC_ACTION", "CATALYSE", "HEAVY"));
        // §B3.11
        out.add(ex("NEED", "MNEWS", true, "POTENTIAL", "SILENT", "ACTIVE", 280, 300));
        out.add(ex("NEED", "TRAFFIC", false, "POTENTIAL", "POTENTIAL", "POTENTIAL", 150, 260));
        out.add(ex("NEED", "CRBT", false, "POTENTIAL", "POTENTIAL", "POTENTIAL", 250, 260));
        out.add(ex("NEED", "NONE", true, "LOYAL", "ACTIVE", "ACTIVE", 300, 290));
        // §B3.12
        out.add(ex("CLUSTER_CLASS", "LD_IN", 400, 20, 160, 10, 0, 0));
        out.add(ex("CLUSTER_CLASS", "LOW", 45, 0, 0, 0, 0, 0));
        out.add(ex("CLUSTER_CLASS", "VPMN", 500, 50, 40, 60, 220, 0));
        out.add(ex("CLUSTER_GROUP", "LD_IN_MID", "LD_IN", d("45.00")));
        out.add(ex("CLUSTER_GROUP", "ROAM_MID", "ROAM", d("99.99")));
        // §B3.13
        out.add(ex("MATRIX_CELL", 1, "H", "HIGH", true));
        out.add(ex("MATRIX_CELL", 8, "MH", "HIGH", false));
        out.add(ex("MATRIX_CELL", 5, "H", "NONE", true));
        out.add(ex("MATRIX_CELL", 24, "L", "NONE", false));
        out.add(ex("MATRIX_KEY", "MH.HIGH.S.TRAFFIC", "MH", "HIGH", false, "TRAFFIC"));
        // §B3.14
        out.add(ex("MKT_PRIORITY", 1, "H", "MID", true));
        out.add(ex("MKT_PRIORITY", 2, "MH", "NONE", false));
        out.add(ex("MKT_PRIORITY", 4, "MH", "HIGH", false));
        out.add(ex("MKT_PRIORITY", 5, "L", "HIGH", true));
        // §B3.15
        out.add(ex("PROGRAM_ORDER", "RETAIN>TRAFFIC>NEWSVC", "MH", false, 0, "TRAFFIC"));
        out.add(ex("PROGRAM_ORDER", "RETAIN>NEWSVC>TRAFFIC", "H", false, 2, "MNEWS"));
        out.add(ex("PROGRAM_ORDER", "NEWSVC>TRAFFIC>RETAIN", "M", false, 0, "MNEWS"));
        out.add(ex("PROGRAM_ORDER", "RETAIN>TRAFFIC>NEWSVC", "L", true, 12, "NONE"));
        out.add(ex("PROGRAM_ORDER", "TRAFFIC>NEWSVC>RETAIN", "M", false, 5, "NONE"));
        // §B3.16
        out.add(ex("POLICY_GROUP", 6, 30, d("90.50"), d("120.00")));
        out.add(ex("POLICY_GROUP", 1, 8, d("92.00"), d("25.00")));
        out.add(ex("POLICY_GROUP", 1, 12, d("92.00"), d("25.00")));
        out.add(ex("POLICY_GROUP", 9, 30, d("86.00"), d("120.00")));
        out.add(ex("POLICY_GROUP", 8, 40, d("99.00"), d("300.00")));
        // §B3.17
        out.add(ex("RURAL_SEGMENT", "LEFT_BEHIND", "RURAL", 1090412, 1090412, 10904, 10904, 109, 109));
        out.add(ex("RURAL_SEGMENT", "IN_COUNTY_WORKER", "RURAL", 1090415, 1090412, 10904, 10904, 109, 109));
        out.add(ex("RURAL_SEGMENT", "OUT_COUNTY_WORKER", "RURAL", 1090201, 1090412, 10902, 10904, 109, 109));
        out.add(ex("RURAL_SEGMENT", null, "URBAN", 1090412, 1090412, 10904, 10904, 109, 109));
        out.add(ex("RURAL_SEGMENT", null, "RURAL", 1050101, 1090412, 10501, 10904, 105, 109));
        // §B3.18
        out.add(ex("MIGRANT_TYPE", "INTER_PROV", 20, "INTER", d("0.4500")));
        out.add(ex("MIGRANT_TYPE", "INTRA_PROV", 18, "INTRA", d("0.3000")));
        out.add(ex("MIGRANT_TYPE", null, 10, "INTER", d("0.4500")));
        out.add(ex("MIGRANT_TYPE", "INTRA_PROV", 15, "INTRA", d("0.3000")));
        out.add(ex("MIGRANT_TYPE", null, 15, "INTRA", d("0.2999")));
        // §B3.19
        out.add(ex("FAMILY_FLAG", true, "RESIDENTIAL", 22));
        out.add(ex("FAMILY_FLAG", false, "RESIDENTIAL", 9));
        out.add(ex("FAMILY_FLAG", true, "RESIDENTIAL", 15));
        out.add(ex("FAMILY_FLAG", false, "RESIDENTIAL", 14));
        out.add(ex("FAMILY_PKG_TARGET", true, false, false, "ACTIVE", 45, true));
        out.add(ex("FAMILY_PKG_TARGET", false, false, false, "ACTIVE", 75, true));
        out.add(ex("FAMILY_PKG_TARGET", false, false, false, "ACTIVE", 60, true));
        // §B3.20
        out.add(ex("SCHOOL_TYPE", "STUDENT", 14, 86, d("0.6200"), 3, false));
        out.add(ex("SCHOOL_TYPE", null, 14, 86, d("0.6200"), 1, false));
        out.add(ex("SCHOOL_TYPE", "NEW_STUDENT", 0, 12, d("0.1000"), 0, false));
        out.add(ex("SCHOOL_TYPE", null, 0, 5, d("0.0000"), 0, false));
        out.add(ex("SCHOOL_TYPE", "STUDENT", 1, 50, d("0.5000"), 2, false));
        // §B3.21
        out.add(ex("MMS_SEGMENT", 1, "CAMPUS", "MZONE", 20, "M", d("38.00"), 7, 0, false, 150));
        out.add(ex("MMS_SEGMENT", 2, "CBD", "SZX", 29, "F", d("66.00"), 0, 2, false, 300));
        out.add(ex("MMS_SEGMENT", 5, "CBD", "GOTONE", 33, "M", d("180.00"), 1, 0, true, 600));
        out.add(ex("MMS_SEGMENT", null, "CBD", "GOTONE", 33, "M", d("180.00"), 1, 0, false, 600));
        out.add(ex("MMS_SEGMENT", 3, "TRANSPORT", "GOTONE", 45, "M", d("200.00"), 0, 0, false, 600));
        out.add(ex("MMS_SEGMENT", 4, "SCHOOL", "MZONE", 13, "F", d("20.00"), 1, 0, false, 99));
        // §B3.22
        out.add(ex("CHANNEL_FIT", d("47.60"), d("4.25"), d("4.00"), d("3.50")));
        out.add(ex("CHANNEL_FIT", d("80.00"), d("5"), d("4"), d("5")));
        out.add(ex("CHANNEL_FIT", d("0.80"), d("1"), d("1"), d("1")));
        // §B3.23: DOUBLE results are compared exactly, so they are the doubles the rule gives (DOMAIN to 1e−9)
        out.add(ex("VAS_IND_SCORE", 14.443329989969909, "PENETRATION", 0.18, 0.24925));
        out.add(ex("VAS_IND_SCORE", 9.8, "USAGE_PER_USER", 39.2, 60.0));
        out.add(ex("VAS_IND_SCORE", 3.3125, "SATISFACTION", 73.25, null));
        out.add(ex("VAS_IND_SCORE", 4.0, "COMPLAINTS", 1.6, null));
        out.add(ex("VAS_IND_SCORE", 5.0, "PAYING_RATE", 0.92, null));
        out.add(ex("VAS_IND_SCORE", null, "VOL_REV_MATCH", 0.92, 0.0));
        // §B3.25
        out.add(ex("VAS_WEAK", true, 7.98466, 10.0, null, null));
        out.add(ex("VAS_WEAK", false, 12.49937, 15.0, null, null));
        out.add(ex("VAS_WEAK", false, 4.0, 5.0, null, null));
        out.add(ex("VAS_WEAK", true, 9.68013, 10.0, 9.75, 9.90));
        out.add(ex("VAS_WEAK", false, 9.68013, 10.0, 9.60, 9.90));
        // §B3.26
        out.add(ex("KPI_BREACH", true, "MIN", 0.633, null, 0.70));
        out.add(ex("KPI_BREACH", false, "MIN", 0.70, null, 0.70));
        out.add(ex("KPI_BREACH", true, "MOM", 65.0, 100.0, 0.70));
        out.add(ex("KPI_BREACH", false, "MOM", 70.0, 100.0, 0.70));
        out.add(ex("KPI_BREACH", null, "TARGET", 95.0, 0.0, 0.70));
        out.add(ex("KPI_BREACH", true, "MAX", 0.18, null, 0.15));
        out.add(ex("KPI_BREACH", true, "TARGET", 8.1, 9.0, 0.90));   // 8.1/9 < 0.9 although 0.9·9 = 8.1
        // §B3.27 (DOMAIN: −245,008.7255 and −194,991.2745)
        out.add(ex("KPI_CONTRIB", -245008.72545827462, "PRODUCT", 950000.0, 1000000.0, 4560000.0, 5000000.0, 1));
        out.add(ex("KPI_CONTRIB", -194991.27454172485, "PRODUCT", 4.80, 5.00, 4560000.0, 5000000.0, 1));
        out.add(ex("KPI_CONTRIB", -300000.0, "SUM", 3100000.0, 3400000.0, 6400000.0, 6800000.0, 1));
        out.add(ex("KPI_CONTRIB", -300.0, "SUM", 1200.0, 900.0, 300.0, 700.0, -1));
        out.add(ex("KPI_CONTRIB", null, "DRIVERS", 950000.0, 1000000.0, 4560000.0, 5000000.0, 1));
        // §B3.28
        out.add(ex("MONTH_ADD", 200712, 200801, -1));
        out.add(ex("MONTH_ADD", 200901, 200811, 2));
        out.add(ex("MONTH_ADD", 200701, 200803, -14));
        return List.copyOf(out);
    }

    /** A call outside its domain and the G3 message both engines must raise. */
    record DomainError(String call, String message) {

        @Override
        public String toString() {
            return call;
        }
    }

    /** A G3 error for every signature: negative counts and money, shares and scores outside their range, unknown codes, inconsistent inputs. */
    static List<DomainError> domainErrors() {
        return List.of(
                new DomainError("RETURN_RATE(-1.00, 0.00)", "RETURN_RATE: argument gross out of range: -1.00"),
                new DomainError("RETURN_RATE(150.00, -0.01)", "RETURN_RATE: argument cost out of range: -0.01"),
                new DomainError("INFLUENCE_SCORE(45, -1, 6, 2)", "INFLUENCE_SCORE: argument sms_mo_cnt out of range: -1"),
                new DomainError("CVS(120.00, 100.01, 110.00, 90.00, 36, 42.60)",
                        "CVS: argument return_rate out of range: 100.01"),
                new DomainError("CVS(120.00, 92.00, 110.00, 90.00, -1, 42.60)",
                        "CVS: argument tenure_months out of range: -1"),
                new DomainError("VALUE_TIER(1000, 1000)", "VALUE_TIER: argument rank_above out of range: 1000"),
                new DomainError("VALUE_TIER(0, 0)", "VALUE_TIER: argument n out of range: 0"),
                new DomainError("VALUE_TIER(0, 10, 30, 10, 90)", "VALUE_TIER: argument p2 out of range: 10"),
                new DomainError("STICK_SCORE(48, 8, TRUE, 2, 40, 1.0001)",
                        "STICK_SCORE: argument onnet_share out of range: 1.0001"),
                new DomainError("STICK_TIER(-0.01)", "STICK_TIER: argument score out of range: -0.01"),
                new DomainError("STICK_TIER(75.83, 85.00, 96.00)", "STICK_TIER: argument mid_cut out of range: 96.00"),
                new DomainError("CHURN_SCORE(120, 300, 55.00, 80.00, 30, 40, 0.1500, -1)",
                        "CHURN_SCORE: argument bundle_months_left out of range: -1"),
                new DomainError("CHURN_FLAG(100.01)", "CHURN_FLAG: argument score out of range: 100.01"),
                new DomainError("CHURN_FLAG(40.25, -1.00)", "CHURN_FLAG: argument cut out of range: -1.00"),
                new DomainError("VAS_USER_CLASS(FALSE, NULL, 200809, 3, 0, 10)",
                        "VAS_USER_CLASS: argument first_use_month out of range: NULL"),
                new DomainError("VAS_USER_CLASS(FALSE, 200810, 200809, 3, 0, 10)",
                        "VAS_USER_CLASS: argument first_use_month out of range: 200810"),
                new DomainError("VAS_USER_CLASS(FALSE, 200808, 200809, 3, 3, 10)",
                        "VAS_USER_CLASS: argument streak_months out of range: 3"),
                new DomainError("ESC_STAGE(TRUE, -1, 0, 0)", "ESC_STAGE: argument vas_months_ever out of range: -1"),
                new DomainError("ESC_STAGE(TRUE, 5, 2, 1, -1, 3)", "ESC_STAGE: argument min_streak out of range: -1"),
                new DomainError("ESC_ACTION('DORMANT')", "ESC_ACTION: argument stage out of range: DORMANT"),
                new DomainError("NEED(TRUE, 'LAPSED', 'SILENT', 'ACTIVE', 280, 300)",
                        "NEED: argument minternet_class out of range: LAPSED"),
                new DomainError("CLUSTER_CLASS(50, 20, 20, 20, 0, 0)", "CLUSTER_CLASS: argument mou_total out of range: 50"),
                new DomainError("CLUSTER_GROUP('CITY', 45.00)", "CLUSTER_GROUP: argument cluster_class out of range: CITY"),
                new DomainError("CLUSTER_GROUP('LD_IN', -45.00)", "CLUSTER_GROUP: argument arpu out of range: -45.00"),
                new DomainError("MATRIX_CELL('X', 'HIGH', TRUE)", "MATRIX_CELL: argument value_tier out of range: X"),
                new DomainError("MATRIX_KEY('MH', 'HIGH', FALSE, 'SPORTS')", "MATRIX_KEY: argument need out of range: SPORTS"),
                new DomainError("MKT_PRIORITY('H', 'LOW', TRUE)", "MKT_PRIORITY: argument stick_tier out of range: LOW"),
                new DomainError("PROGRAM_ORDER('M', FALSE, -1, 'NONE')",
                        "PROGRAM_ORDER: argument bundle_months_left out of range: -1"),
                new DomainError("POLICY_GROUP(30, 100.01, 120.00)",
                        "POLICY_GROUP: argument return_rate_avg3 out of range: 100.01"),
                new DomainError("RURAL_SEGMENT('VILLAGE', 1090412, 1090412, 10904, 10904, 109, 109)",
                        "RURAL_SEGMENT: argument rest_market_type out of range: VILLAGE"),
                new DomainError("RURAL_SEGMENT('RURAL', 1090412, 1090412, 10903, 10904, 109, 109)",
                        "RURAL_SEGMENT: argument work_county_id out of range: 10903"),
                new DomainError("MIGRANT_TYPE(20, 'ABROAD', 0.4500)", "MIGRANT_TYPE: argument roam_scope out of range: ABROAD"),
                new DomainError("MIGRANT_TYPE(20, 'INTER', 1.0001)",
                        "MIGRANT_TYPE: argument rural_contact_share out of range: 1.0001"),
                new DomainError("FAMILY_FLAG('RESIDENTIAL', -1)", "FAMILY_FLAG: argument rest_days out of range: -1"),
                new DomainError("FAMILY_PKG_TARGET(FALSE, FALSE, 'NORMAL', 45, TRUE)",
                        "FAMILY_PKG_TARGET: argument status out of range: NORMAL"),
                new DomainError("SCHOOL_TYPE(14, 86, 1.5000, 3, FALSE)",
                        "SCHOOL_TYPE: argument campus_call_share out of range: 1.5000"),
                new DomainError("MMS_SEGMENT('CBD', 'EASYOWN', 33, 'M', 180.00, 1, 0, TRUE, 600)",
                        "MMS_SEGMENT: argument brand out of range: EASYOWN"),
                new DomainError("MMS_SEGMENT('CBD', 'GOTONE', 33, 'M', -0.01, 1, 0, TRUE, 600)",
                        "MMS_SEGMENT: argument arpu out of range: -0.01"),
                new DomainError("CHANNEL_FIT(0.99, 4.00, 3.50)", "CHANNEL_FIT: argument cp out of range: 0.99"),
                new DomainError("CHANNEL_FIT(4.25, 4.00, 5.01)", "CHANNEL_FIT: argument pc out of range: 5.01"),
                new DomainError("VAS_IND_SCORE('ARPU', 0.18, 0.24925)",
                        "VAS_IND_SCORE: argument indicator_code out of range: ARPU"),
                new DomainError("VAS_IND_SCORE('SATISFACTION', 100.5, NULL)",
                        "VAS_IND_SCORE: argument ind_value out of range: 100.5"),
                new DomainError("VAS_WEAK(10.5, 10, NULL, NULL)", "VAS_WEAK: argument score out of range: 10.5"),
                new DomainError("VAS_WEAK(5.0, 0, NULL, NULL)", "VAS_WEAK: argument full_marks out of range: 0.0"),
                new DomainError("KPI_BREACH('BELOW', 0.633, NULL, 0.70)",
                        "KPI_BREACH: argument rule_kind out of range: BELOW"),
                new DomainError("KPI_CONTRIB('RATIO', 1, 1, 1, 1, 1)",
                        "KPI_CONTRIB: argument formula_kind out of range: RATIO"),
                new DomainError("KPI_CONTRIB('SUM', 1200, 900, 300, 700, 0)", "KPI_CONTRIB: argument sign out of range: 0"),
                new DomainError("MONTH_ADD(200813, 1)", "MONTH_ADD: argument month_id out of range: 200813"));
    }
}
