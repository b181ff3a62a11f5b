package io.subcube.duckdb.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Every derived table and column the §B4 queries read, computed in DuckDB from the raw tables of schema
 * {@code subcube} with the registered §B3 functions and plain SQL, into schema {@value EnrichmentSql#SCHEMA}
 * under the tables' own names: subscriber_month and channel_fit as {@link EnrichmentSql} computes them,
 * vas_usage with all its raw columns plus user_class, location_month's five segments (§B2.3) and
 * service_indicator (§B2.9, §B3.24). kpi_month and alert are not computable here (their SYNTH KPIs, targets
 * and statuses are seeded draws); {@link io.subcube.duckdb.StoreMirror#copyTables}
 * copies them from Subcube's store into schema {@code subcube}.
 */
public final class DerivedTablesSql {

    /** The derived columns of location_month, in §B2.3 order. */
    public static final List<String> LOCATION_COLUMNS = List.of("rural_segment", "migrant_type", "family_flag",
            "school_type", "mms_segment");

    public static final List<String> LOCATION_KEY = List.of("month_id", "subscriber_id");

    public static final List<String> INDICATOR_KEY = List.of("month_id", "region_id", "service_code",
            "indicator_code");

    public static final List<String> INDICATOR_COLUMNS = List.of("dimension", "ind_value", "best_value",
            "full_marks", "score");

    private DerivedTablesSql() {
    }

    /** vas_usage: every raw column and §B3.9's user_class (loyal_min from the service). */
    static final String VAS_USAGE = """
            SELECT u.*, VAS_USER_CLASS(u.subscribed, u.first_use_month, u.month_id, u.usage_cnt, u.streak_months,
                                       s.loyal_min_usage) AS user_class
            FROM vas_usage u LEFT JOIN service s ON s.service_code = u.service_code""";

    /**
     * location_month (§B2.3): every raw column and the five segments of §B3.17–B3.21, with the joins §B2.3
     * names — the region rows of the work and rest grids (market type, county, city), the same month's
     * subscriber_month row, the subscriber (age = year of month_id − birth_year, gender, campus-side join) and
     * MNEWS subscribed from vas_usage (no MNEWS row = not subscribed).
     */
    static final String LOCATION_MONTH = """
            SELECT l.*,
                   RURAL_SEGMENT(r.market_type, l.work_grid_id, l.rest_grid_id, w.county_id, r.county_id,
                                 w.city_id, r.city_id) AS rural_segment,
                   MIGRANT_TYPE(l.roam_out_days, l.roam_scope, l.rural_contact_share) AS migrant_type,
                   FAMILY_FLAG(r.market_type, l.rest_days) AS family_flag,
                   SCHOOL_TYPE(s.tenure_months, s.sms_mo_cnt, l.campus_call_share, l.campus_peers_10plus,
                               b.join_near_campus) AS school_type,
                   MMS_SEGMENT(w.market_type, s.brand, CAST(l.month_id / 100 - b.birth_year AS INTEGER), b.gender,
                               s.arpu, s.mms_mo_cnt, s.mms_mt_3m, COALESCE(n.subscribed, FALSE), s.mou_total)
                     AS mms_segment
            FROM location_month l
            JOIN subscriber_month s ON s.month_id = l.month_id AND s.subscriber_id = l.subscriber_id
            JOIN subscriber b ON b.subscriber_id = l.subscriber_id
            LEFT JOIN region w ON w.region_id = l.work_grid_id
            LEFT JOIN region r ON r.region_id = l.rest_grid_id
            LEFT JOIN vas_usage n ON n.month_id = l.month_id AND n.subscriber_id = l.subscriber_id
                 AND n.service_code = 'MNEWS'""";

    /**
     * service_indicator (§B2.9): per service_month row, the nine indicators of §B3.24 its service's lifecycle
     * scores (GROWTH_CONTRIB for MATURE, CAGR3 for GROWTH) with dimension and full marks from §B3.24's table,
     * ind_value by its formula in double (a zero divisor gives NULL), best_value = MAX over the CITY rows
     * (region_id 101–999) of the same month, service and indicator, and score = VAS_IND_SCORE, unrounded.
     */
    static final String SERVICE_INDICATOR = """
            WITH indicator(indicator_code, dimension, full_marks) AS (
              VALUES ('REV_COMPLETION', 'SCALE', 10), ('PENETRATION', 'SCALE', 20),
                     ('GROWTH_CONTRIB', 'SCALE', 15), ('CAGR3', 'SCALE', 15), ('REV_PER_USER', 'SCALE', 15),
                     ('USAGE_PER_USER', 'HEALTH', 15), ('SATISFACTION', 'HEALTH', 5), ('COMPLAINTS', 'HEALTH', 5),
                     ('PAYING_RATE', 'HEALTH', 5), ('VOL_REV_MATCH', 'HEALTH', 10)),
            valued AS (
              SELECT m.month_id, m.region_id, m.service_code, i.indicator_code, i.dimension,
                     CAST(i.full_marks AS DECIMAL(5,2)) AS full_marks,
                     CASE i.indicator_code
                       WHEN 'REV_COMPLETION'
                         THEN CAST(m.revenue_ytd AS DOUBLE) / NULLIF(CAST(m.revenue_plan_ytd AS DOUBLE), 0)
                       WHEN 'PENETRATION' THEN CAST(m.using_users AS DOUBLE) / NULLIF(CAST(m.paying_base AS DOUBLE), 0)
                       WHEN 'GROWTH_CONTRIB' THEN m.growth_contrib
                       WHEN 'CAGR3' THEN m.cagr3
                       WHEN 'REV_PER_USER'
                         THEN CAST(m.revenue_ytd AS DOUBLE) / NULLIF(m.avg_paying_users_ytd, 0)
                              / CAST(m.month_id % 100 AS DOUBLE)
                       WHEN 'USAGE_PER_USER'
                         THEN CAST(m.usage_volume AS DOUBLE) / NULLIF(CAST(m.using_users AS DOUBLE), 0)
                       WHEN 'SATISFACTION' THEN CAST(m.satisfaction AS DOUBLE)
                       WHEN 'COMPLAINTS'
                         THEN CAST(m.complaints AS DOUBLE) * 10000 / NULLIF(CAST(m.using_users AS DOUBLE), 0)
                       WHEN 'PAYING_RATE'
                         THEN CAST(m.paying_users AS DOUBLE) / NULLIF(CAST(m.using_users AS DOUBLE), 0)
                       WHEN 'VOL_REV_MATCH'
                         THEN 1 - CAST(m.pkg_overcharge_rev AS DOUBLE) / NULLIF(CAST(m.service_revenue AS DOUBLE), 0)
                     END AS ind_value
              FROM service_month m
              JOIN service s ON s.service_code = m.service_code
              JOIN indicator i ON i.indicator_code NOT IN ('GROWTH_CONTRIB', 'CAGR3')
                   OR i.indicator_code = CASE s.lifecycle WHEN 'MATURE' THEN 'GROWTH_CONTRIB'
                                                          WHEN 'GROWTH' THEN 'CAGR3' END),
            best AS (
              SELECT *, MAX(CASE WHEN region_id BETWEEN 101 AND 999 THEN ind_value END)
                          OVER (PARTITION BY month_id, service_code, indicator_code) AS best_value
              FROM valued)
            SELECT month_id, region_id, service_code, indicator_code, dimension, ind_value, best_value, full_marks,
                   VAS_IND_SCORE(indicator_code, ind_value, best_value) AS score
            FROM best""";

    /**
     * Creates, in schema {@value EnrichmentSql#SCHEMA}, channel_fit, vas_usage, subscriber_month,
     * location_month and service_indicator from the raw tables of the connection's default schema, with the
     * functions registered on it.
     */
    public static void createEnrichedTables(Connection duckdb) throws SQLException {
        String e = EnrichmentSql.SCHEMA;
        try (Statement s = duckdb.createStatement()) {
            s.execute("CREATE SCHEMA " + e);
            s.execute("CREATE TABLE " + e + ".channel_fit AS " + EnrichmentSql.CHANNEL_FIT);
            s.execute("CREATE TABLE " + e + ".vas_usage AS " + VAS_USAGE);
            s.execute("CREATE TABLE " + e + ".subscriber_month AS "
                    + EnrichmentSql.subscriberMonth(e + ".vas_usage", e + ".channel_fit"));
            s.execute("CREATE TABLE " + e + ".location_month AS " + LOCATION_MONTH);
            s.execute("CREATE TABLE " + e + ".service_indicator AS " + SERVICE_INDICATOR);
        }
    }

    /**
     * Makes unqualified names resolve to the enriched tables first and to the raw tables of schema subcube
     * for the rest (region, plan, kpi_tree, …), so the §B4 SQL runs unchanged on DuckDB.
     */
    public static void preferEnriched(Connection duckdb) throws SQLException {
        try (Statement s = duckdb.createStatement()) {
            s.execute("SET search_path = '" + EnrichmentSql.SCHEMA + ",subcube'");
        }
    }
}
