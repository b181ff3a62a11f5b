package io.subcube.duckdb.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * DOMAIN.md §B2.16 in SQL: every derived column computed from raw columns with the §B3 functions and plain
 * SQL, in the enrichment order, so that an engine holding only the raw tables (DuckDB with
 * {@link io.subcube.duckdb.DuckDbFunctions}) reproduces Subcube's enriched columns, and so that the same
 * expressions over Subcube's stored columns state its invariant ({@link #invariants()}).
 */
public final class EnrichmentSql {

    /** DuckDB schema that {@link #createEnrichedTables} fills. */
    public static final String SCHEMA = "enriched";

    /** The derived columns of subscriber_month, in §B2.1 order. */
    public static final List<String> FACT_COLUMNS = List.of("return_rate", "influence_score", "value_score",
            "value_tier", "stick_score", "stick_tier", "churn_score", "churn_flag", "esc_stage", "cluster_class",
            "cluster_group", "need", "matrix_cell", "matrix_key", "mkt_priority", "program_order", "policy_group",
            "best_channel");

    /** The DECIMAL(5,2) scores among subscriber_month's derived columns. */
    public static final List<String> SCORE_COLUMNS = List.of("return_rate", "influence_score", "value_score",
            "stick_score", "churn_score");

    // the keys of subscriber_month, vas_usage and channel_fit
    public static final List<String> FACT_KEY = List.of("month_id", "subscriber_id");
    public static final List<String> USAGE_KEY = List.of("month_id", "subscriber_id", "service_code");
    public static final List<String> FIT_KEY = List.of("cust_group", "channel_code", "product_class");

    private EnrichmentSql() {
    }

    /** §B3.22: channel_fit.fit_score. */
    static final String CHANNEL_FIT = """
            SELECT cust_group, channel_code, product_class, cp_score, cc_score, pc_score,
                   CHANNEL_FIT(cp_score, cc_score, pc_score) AS fit_score
            FROM channel_fit""";

    /** §B3.9: vas_usage.user_class, loyal_min from the service (a LEFT JOIN: an unknown service gives NULL). */
    static final String VAS_USAGE = """
            SELECT u.month_id, u.subscriber_id, u.service_code,
                   VAS_USER_CLASS(u.subscribed, u.first_use_month, u.month_id, u.usage_cnt, u.streak_months,
                                  s.loyal_min_usage) AS user_class
            FROM vas_usage u LEFT JOIN service s ON s.service_code = u.service_code""";

    /**
     * §B2.10: each customer group's best channel per product class (highest fit_score, ties to the smallest
     * channel_code) and overall (highest cp_score, same ties), over a channel_fit relation {@code %1$s} that has
     * fit_score. Two CTEs, best_fit and best_cp, to follow a WITH.
     */
    private static final String BEST_CHANNEL_CTES = """
            best_fit AS (
              SELECT cust_group, product_class, channel_code FROM (
                SELECT cust_group, product_class, channel_code,
                       ROW_NUMBER() OVER (PARTITION BY cust_group, product_class
                                          ORDER BY fit_score DESC, channel_code) AS k
                FROM %1$s) ranked
              WHERE k = 1),
            best_cp AS (
              SELECT cust_group, channel_code FROM (
                SELECT cust_group, channel_code,
                       ROW_NUMBER() OVER (PARTITION BY cust_group ORDER BY cp_score DESC, channel_code) AS k
                FROM %1$s) ranked
              WHERE k = 1)""";

    /** Joins of a fact row {@code m} (with need and cust_group) to best_fit and best_cp. */
    private static final String BEST_CHANNEL_JOINS = """
            LEFT JOIN best_fit bf ON bf.cust_group = m.cust_group
                 AND bf.product_class = CASE m.need WHEN 'MINTERNET' THEN 'DATA' WHEN 'MNEWS' THEN 'INFO'
                                                    WHEN 'CRBT' THEN 'MUSIC' END
            LEFT JOIN best_cp bc ON bc.cust_group = m.cust_group""";

    private static final String BEST_CHANNEL = """
            CASE WHEN m.need IN ('MINTERNET', 'MNEWS', 'CRBT') THEN bf.channel_code ELSE bc.channel_code END""";

    /** Joins of a fact row {@code f} to its month's vas_usage rows of the three NEED services in {@code %1$s}. */
    private static final String NEED_JOINS = """
            LEFT JOIN %1$s mi ON mi.month_id = f.month_id AND mi.subscriber_id = f.subscriber_id
                 AND mi.service_code = 'MINTERNET'
            LEFT JOIN %1$s mn ON mn.month_id = f.month_id AND mn.subscriber_id = f.subscriber_id
                 AND mn.service_code = 'MNEWS'
            LEFT JOIN %1$s cr ON cr.month_id = f.month_id AND cr.subscriber_id = f.subscriber_id
                 AND cr.service_code = 'CRBT'""";

    private static final String NEED = """
            NEED(f.data_capable, mi.user_class, mn.user_class, cr.user_class, f.mou_total, f.mou_avg3)""";

    /** §B3.4 exactly as DOMAIN.md writes it. */
    private static final String VALUE_TIER = """
            VALUE_TIER(RANK() OVER (PARTITION BY city_id, month_id ORDER BY value_score DESC) - 1, \
            COUNT(*) OVER (PARTITION BY city_id, month_id))""";

    /**
     * subscriber_month from its raw columns in §B2.16 order, one CTE per step: {@code %1$s} the VALUE_TIER
     * call, {@code %2$s} the NEED call and {@code %3$s} its joins to vas_usage's user classes (computed before
     * NEED, as §B2.16 orders), {@code %4$s} the best-channel CTEs, {@code %5$s} the best_channel expression
     * and {@code %6$s} its joins.
     */
    static final String SUBSCRIBER_MONTH = """
            WITH rr AS (
              SELECT f.*, RETURN_RATE(arpu, marketing_cost) AS return_rate FROM subscriber_month f),
            infl AS (
              SELECT *, INFLUENCE_SCORE(circle_size, sms_mo_cnt, mms_mo_cnt, vas_active_cnt) AS influence_score
              FROM rr),
            cvs AS (
              SELECT *, CVS(arpu, return_rate, arpu_avg3, return_rate_avg3, tenure_months, influence_score)
                        AS value_score
              FROM infl),
            vt AS (
              SELECT *, %1$s AS value_tier FROM cvs),
            ss AS (
              SELECT *, STICK_SCORE(tenure_months, bundle_months_left, vpmn_flag, sticky_svc_cnt, circle_size,
                                    onnet_share) AS stick_score
              FROM vt),
            st AS (
              SELECT *, STICK_TIER(stick_score) AS stick_tier FROM ss),
            cs AS (
              SELECT *, CHURN_SCORE(mou_total, mou_avg3, arpu, arpu_avg3, circle_size, circle_size_avg3,
                                    competitor_share, bundle_months_left) AS churn_score
              FROM st),
            cf AS (
              SELECT *, CHURN_FLAG(churn_score) AS churn_flag FROM cs),
            esc AS (
              SELECT *, ESC_STAGE(data_capable, vas_months_ever, vas_streak_months, vas_active_cnt) AS esc_stage
              FROM cf),
            nd AS (
              SELECT f.*, %2$s AS need
              FROM esc f
            %3$s),
            cc AS (
              SELECT *, CLUSTER_CLASS(mou_total, mou_ld_out, mou_ld_in, mou_roam, mou_vpmn, mou_intl)
                        AS cluster_class
              FROM nd),
            cg AS (
              SELECT *, CLUSTER_GROUP(cluster_class, arpu) AS cluster_group FROM cc),
            mx AS (
              SELECT *,
                     MATRIX_CELL(value_tier, stick_tier, churn_flag) AS matrix_cell,
                     MATRIX_KEY(value_tier, stick_tier, churn_flag, need) AS matrix_key,
                     MKT_PRIORITY(value_tier, stick_tier, churn_flag) AS mkt_priority,
                     PROGRAM_ORDER(value_tier, churn_flag, bundle_months_left, need) AS program_order,
                     POLICY_GROUP(tenure_months, return_rate_avg3, arpu) AS policy_group
              FROM cg),
            %4$s
            SELECT m.*, %5$s AS best_channel
            FROM mx m
            %6$s""";

    /** The SELECT computing subscriber_month's derived columns in an engine holding the raw tables. */
    static String subscriberMonth(String vasUsageWithClasses, String channelFitWithScores) {
        return SUBSCRIBER_MONTH.formatted(VALUE_TIER, NEED, NEED_JOINS.formatted(vasUsageWithClasses),
                BEST_CHANNEL_CTES.formatted(channelFitWithScores), BEST_CHANNEL, BEST_CHANNEL_JOINS);
    }

    /**
     * Creates {@code enriched.channel_fit}, {@code enriched.vas_usage} and {@code enriched.subscriber_month}
     * (every raw column plus the derived ones) from the raw tables of the connection's default schema, with
     * the functions registered on it.
     */
    public static void createEnrichedTables(Connection duckdb) throws SQLException {
        try (Statement s = duckdb.createStatement()) {
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("CREATE TABLE " + SCHEMA + ".channel_fit AS " + CHANNEL_FIT);
            s.execute("CREATE TABLE " + SCHEMA + ".vas_usage AS " + VAS_USAGE);
            s.execute("CREATE TABLE " + SCHEMA + ".subscriber_month AS "
                    + subscriberMonth(SCHEMA + ".vas_usage", SCHEMA + ".channel_fit"));
        }
    }

    /** {@code SELECT key, columns FROM table}. */
    public static String select(String table, List<String> key, List<String> columns) {
        return "SELECT " + String.join(", ", key) + ", " + String.join(", ", columns) + " FROM " + table;
    }

    /**
     * One derived column's §B2.16 invariant over an engine's stored columns: the rows of {@code from} (a FROM
     * clause, fact rows aliased {@code f}) where {@code column} IS DISTINCT FROM {@code expression}.
     *
     * @param name       the derived column, {@code table.column}
     * @param with       a WITH clause the query starts with, or empty
     * @param key        key expressions shown for offending rows
     * @param column     the stored column
     * @param expression the function applied to the row's stored columns
     * @param from       FROM clause (with joins), or a derived table
     */
    public record Invariant(String name, String with, String key, String column, String expression, String from) {

        Invariant(String name, String key, String column, String expression, String from) {
            this(name, "", key, column, expression, from);
        }

        /** Counts the rows that break the invariant: must be 0. */
        public String countSql() {
            return with + "SELECT COUNT(*) FROM " + from + "\nWHERE " + column + " IS DISTINCT FROM " + expression;
        }

        /** Rows of the table the invariant covers (to show the count is not vacuous). */
        public String rowsSql() {
            return with + "SELECT COUNT(*) FROM " + from;
        }

        /** A few offending rows with both values, for the failure message. */
        public String sampleSql() {
            return with + "SELECT " + key + ", " + column + " AS stored, " + expression + " AS computed FROM " + from
                    + "\nWHERE " + column + " IS DISTINCT FROM " + expression + "\nORDER BY " + key + " LIMIT 5";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every derived column's invariant over Subcube's stored columns (tables as Subcube names them). */
    public static List<Invariant> invariants() {
        String fk = "f.month_id, f.subscriber_id";
        return List.of(
                fact("return_rate", "RETURN_RATE(f.arpu, f.marketing_cost)"),
                fact("influence_score", "INFLUENCE_SCORE(f.circle_size, f.sms_mo_cnt, f.mms_mo_cnt, f.vas_active_cnt)"),
                fact("value_score", "CVS(f.arpu, f.return_rate, f.arpu_avg3, f.return_rate_avg3, f.tenure_months, "
                        + "f.influence_score)"),
                new Invariant("subscriber_month.value_tier", "month_id, subscriber_id", "value_tier", "computed_tier",
                        "(SELECT month_id, subscriber_id, value_tier, " + VALUE_TIER + " AS computed_tier\n"
                                + " FROM subscriber_month) f"),
                fact("stick_score", "STICK_SCORE(f.tenure_months, f.bundle_months_left, f.vpmn_flag, "
                        + "f.sticky_svc_cnt, f.circle_size, f.onnet_share)"),
                fact("stick_tier", "STICK_TIER(f.stick_score)"),
                fact("churn_score", "CHURN_SCORE(f.mou_total, f.mou_avg3, f.arpu, f.arpu_avg3, f.circle_size, "
                        + "f.circle_size_avg3, f.competitor_share, f.bundle_months_left)"),
                fact("churn_flag", "CHURN_FLAG(f.churn_score)"),
                new Invariant("vas_usage.user_class", "u.month_id, u.subscriber_id, u.service_code", "u.user_class",
                        "VAS_USER_CLASS(u.subscribed, u.first_use_month, u.month_id, u.usage_cnt, u.streak_months, "
                                + "s.loyal_min_usage)",
                        "vas_usage u LEFT JOIN service s ON s.service_code = u.service_code"),
                fact("esc_stage", "ESC_STAGE(f.data_capable, f.vas_months_ever, f.vas_streak_months, "
                        + "f.vas_active_cnt)"),
                new Invariant("subscriber_month.need", fk, "f.need", NEED,
                        "subscriber_month f\n" + NEED_JOINS.formatted("vas_usage")),
                fact("cluster_class", "CLUSTER_CLASS(f.mou_total, f.mou_ld_out, f.mou_ld_in, f.mou_roam, "
                        + "f.mou_vpmn, f.mou_intl)"),
                fact("cluster_group", "CLUSTER_GROUP(f.cluster_class, f.arpu)"),
                fact("matrix_cell", "MATRIX_CELL(f.value_tier, f.stick_tier, f.churn_flag)"),
                fact("matrix_key", "MATRIX_KEY(f.value_tier, f.stick_tier, f.churn_flag, f.need)"),
                fact("mkt_priority", "MKT_PRIORITY(f.value_tier, f.stick_tier, f.churn_flag)"),
                fact("program_order", "PROGRAM_ORDER(f.value_tier, f.churn_flag, f.bundle_months_left, f.need)"),
                fact("policy_group", "POLICY_GROUP(f.tenure_months, f.return_rate_avg3, f.arpu)"),
                new Invariant("subscriber_month.best_channel", "WITH " + BEST_CHANNEL_CTES.formatted("channel_fit")
                        + "\n", "m.month_id, m.subscriber_id", "m.best_channel", BEST_CHANNEL,
                        "subscriber_month m\n" + BEST_CHANNEL_JOINS),
                new Invariant("channel_fit.fit_score", "cust_group, channel_code, product_class", "fit_score",
                        "CHANNEL_FIT(cp_score, cc_score, pc_score)", "channel_fit"));
    }

    private static Invariant fact(String column, String expression) {
        return new Invariant("subscriber_month." + column, "f.month_id, f.subscriber_id", "f." + column, expression,
                "subscriber_month f");
    }
}
