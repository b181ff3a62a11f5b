package io.subcube.duckdb.diff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical analyst queries of DOMAIN.md §B4, verbatim with their default literals (city 105 Suzhou,
 * county 10503, city 109 Yancheng, month 200809). Only Q3's county → grid step, which §B4 gives in words
 * ("then WHERE county_id = 10503 ... GROUP BY grid_id"), is written out here; {@link #Q7_MMS_MO_CNT} is the
 * equivalent form §B4 names in Q7's comment. No query is adjusted for an engine.
 */
public final class CanonicalQueries {

    private CanonicalQueries() {
    }

    /** Q1 matrix cell count (5 predicates; the prepared-statement benchmark). */
    public static final String Q1 = """
            SELECT COUNT(*) AS subs FROM subscriber_month
            WHERE month_id = 200809 AND city_id = 105 AND value_tier = 'H' AND stick_tier = 'NONE' AND churn_flag = TRUE""";

    /** Q2 full marketing matrix of a city: value x stickiness x anomaly x need. */
    public static final String Q2 = """
            SELECT value_tier, stick_tier, churn_flag, need, MIN(matrix_cell) AS cell, COUNT(*) AS subs,
                   SUM(arpu) AS revenue, AVG(value_score) AS avg_value
            FROM subscriber_month WHERE month_id = 200809 AND city_id = 105 AND status = 'ACTIVE'
            GROUP BY value_tier, stick_tier, churn_flag, need ORDER BY cell, need""";

    /** Q3 drill-down city -> county. */
    public static final String Q3 = """
            SELECT county_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu
            FROM subscriber_month WHERE month_id = 200809 AND city_id = 105 GROUP BY county_id ORDER BY county_id""";

    /** Q3's next step, county -> grid: "then WHERE county_id = 10503 ... GROUP BY grid_id". */
    public static final String Q3_GRID = """
            SELECT grid_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu
            FROM subscriber_month WHERE month_id = 200809 AND county_id = 10503 GROUP BY grid_id ORDER BY grid_id""";

    /** Q4 top-10 counties of the province by revenue. */
    public static final String Q4 = """
            SELECT s.county_id, r.region_name, SUM(s.arpu) AS revenue, COUNT(*) AS subs
            FROM subscriber_month s JOIN region r ON r.region_id = s.county_id WHERE s.month_id = 200809
            GROUP BY s.county_id, r.region_name ORDER BY revenue DESC, s.county_id LIMIT 10""";

    /**
     * Q5 KPI drill-down with targets: grids of a county on the two-party new-add share, each grid's share of
     * the county's gap to the 70% line (B5.4; the column sums to county share - 0.70).
     */
    public static final String Q5 = """
            SELECT r.region_id, r.region_name, k.actual, k.target, k.attainment, (k.num - 0.70 * k.den) / NULLIF(p.den, 0) AS gap_contrib
            FROM kpi_month k JOIN region r ON r.region_id = k.region_id
            JOIN kpi_month p ON p.region_id = r.parent_id AND p.kpi_code = k.kpi_code AND p.month_id = k.month_id
            WHERE k.month_id = 200809 AND k.kpi_code = 'NEW_SHARE_2P' AND r.parent_id = 10503 ORDER BY gap_contrib, r.region_id""";

    /** Q6 VAS health scorecard of the province (MMS: 44.01, 31.79, 75.80). */
    public static final String Q6 = """
            SELECT service_code, ROUND(SUM(CASE WHEN dimension = 'SCALE' THEN score END), 2) AS scale_score,
                   ROUND(SUM(CASE WHEN dimension = 'HEALTH' THEN score END), 2) AS health_score, ROUND(SUM(score), 2) AS total
            FROM service_indicator WHERE month_id = 200809 AND region_id = 1 GROUP BY service_code ORDER BY total DESC""";

    /** Q6b weak points of one service (MMS 200809: the six of B3.25). */
    public static final String Q6B = """
            SELECT c.indicator_code, c.score, VAS_WEAK(c.score, c.full_marks, p1.score, p2.score) AS weak
            FROM service_indicator c
            LEFT JOIN service_indicator p1 ON p1.region_id = c.region_id AND p1.service_code = c.service_code
              AND p1.indicator_code = c.indicator_code AND p1.month_id = MONTH_ADD(c.month_id, -1)
            LEFT JOIN service_indicator p2 ON p2.region_id = c.region_id AND p2.service_code = c.service_code
              AND p2.indicator_code = c.indicator_code AND p2.month_id = MONTH_ADD(c.month_id, -2)
            WHERE c.month_id = 200809 AND c.region_id = 1 AND c.service_code = 'MMS' ORDER BY c.indicator_code""";

    /** Q7 segment intersection: high value AND anomaly AND uses MMS. */
    public static final String Q7 = """
            SELECT COUNT(*) AS subs FROM subscriber_month s
            WHERE s.month_id = 200809 AND s.value_tier IN ('H', 'MH') AND s.churn_flag = TRUE
              AND s.subscriber_id IN (SELECT u.subscriber_id FROM vas_usage u
                                      WHERE u.month_id = 200809 AND u.service_code = 'MMS' AND u.usage_cnt > 0)""";

    /** Q7 as its comment says it counts: "same count as with s.mms_mo_cnt > 0". */
    public static final String Q7_MMS_MO_CNT = """
            SELECT COUNT(*) AS subs FROM subscriber_month s
            WHERE s.month_id = 200809 AND s.value_tier IN ('H', 'MH') AND s.churn_flag = TRUE
              AND s.mms_mo_cnt > 0""";

    /** Q8 distinct subscribers in a segment over a quarter. */
    public static final String Q8 = """
            SELECT COUNT(DISTINCT subscriber_id) AS subs FROM subscriber_month
            WHERE month_id BETWEEN 200807 AND 200809 AND value_tier = 'H' AND churn_flag = TRUE""";

    /** Q9a the seed's alert: grids whose two-party new-add share is below 70%. */
    public static final String Q9A = """
            SELECT k.region_id, r.region_name, k.actual FROM kpi_month k JOIN region r ON r.region_id = k.region_id
            WHERE k.month_id = 200809 AND k.kpi_code = 'NEW_SHARE_2P' AND k.region_level = 'GRID'
              AND KPI_BREACH('MIN', k.actual, CAST(NULL AS DOUBLE), 0.70) ORDER BY k.actual, k.region_id""";

    /**
     * Q9b month-over-month anomaly: counties whose new adds fell below 70% of last month. Its alias {@code prev}
     * is a keyword of Calcite's parser; Subcube accepts it as written (ReservedColumnNames).
     */
    public static final String Q9B = """
            SELECT cur.region_id, prev.actual AS last_month, cur.actual AS this_month
            FROM kpi_month cur JOIN kpi_month prev ON prev.region_id = cur.region_id AND prev.kpi_code = cur.kpi_code
             AND prev.month_id = MONTH_ADD(cur.month_id, -1)
            WHERE cur.month_id = 200809 AND cur.kpi_code = 'NEW_ADDS' AND cur.region_level = 'COUNTY'
              AND KPI_BREACH('MOM', cur.actual, prev.actual, 0.70) ORDER BY cur.region_id""";

    /** Q9c every enabled rule at once (equals the alert rows of the month). */
    public static final String Q9C = """
            SELECT a.rule_id, k.region_id, k.actual FROM alert_rule a
            JOIN kpi_month k ON k.kpi_code = a.kpi_code AND k.region_level = a.region_level
            JOIN region r ON r.region_id = k.region_id
            WHERE k.month_id = 200809 AND a.enabled = TRUE AND (a.owner_city_id IS NULL OR a.owner_city_id = r.city_id)
              AND KPI_BREACH(a.rule_kind, k.actual, CASE a.rule_kind WHEN 'TARGET' THEN k.target
                                                                    WHEN 'MOM' THEN k.prev_actual END, a.threshold)
            ORDER BY a.rule_id, k.region_id""";

    /** Q10 hotspot market sizing by county. */
    public static final String Q10 = """
            SELECT s.county_id,
              SUM(CASE WHEN l.rural_segment = 'LEFT_BEHIND' THEN 1 ELSE 0 END) AS left_behind,
              SUM(CASE WHEN l.rural_segment = 'IN_COUNTY_WORKER' THEN 1 ELSE 0 END) AS in_county_workers,
              SUM(CASE WHEN l.rural_segment = 'OUT_COUNTY_WORKER' THEN 1 ELSE 0 END) AS out_county_workers,
              SUM(CASE WHEN l.migrant_type IS NOT NULL THEN 1 ELSE 0 END) AS migrants,
              SUM(CASE WHEN l.family_flag = TRUE THEN 1 ELSE 0 END) AS family,
              SUM(CASE WHEN l.school_type IS NOT NULL THEN 1 ELSE 0 END) AS students, AVG(s.arpu) AS arpu
            FROM subscriber_month s JOIN location_month l ON l.subscriber_id = s.subscriber_id AND l.month_id = s.month_id
            WHERE s.month_id = 200809 AND s.city_id = 109 AND s.status = 'ACTIVE' GROUP BY s.county_id ORDER BY s.county_id""";

    /** Q11 policy-group target list (retention extraction matrix, policy group 6). */
    public static final String Q11 = """
            SELECT s.subscriber_id, s.grid_id, s.arpu, s.tenure_months, s.value_score, p.flagship_policy
            FROM subscriber_month s JOIN policy_catalog p ON p.policy_group = s.policy_group
            WHERE s.month_id = 200809 AND s.city_id = 105 AND s.status = 'ACTIVE' AND s.policy_group = 6
              AND s.program_order LIKE 'RETAIN%' ORDER BY s.value_score DESC, s.subscriber_id LIMIT 100""";

    /** Q12 user-class ladder per service. */
    public static final String Q12_USER_CLASS = """
            SELECT service_code, user_class, COUNT(*) AS users FROM vas_usage WHERE month_id = 200809
            GROUP BY service_code, user_class ORDER BY service_code, user_class""";

    /** Q12 the ESC ladder. */
    public static final String Q12_ESC = """
            SELECT esc_stage, ESC_ACTION(esc_stage) AS action, COUNT(*) AS subs FROM subscriber_month
            WHERE month_id = 200809 GROUP BY esc_stage ORDER BY subs DESC, esc_stage""";

    /** Q13 KPI-tree root cause: children of CRBT_FEE_REV in Suzhou with their contribution to the gap to target. */
    public static final String Q13 = """
            SELECT c.kpi_code, c.root_cause, kc.actual, kc.target,
                   KPI_CONTRIB(p.formula_kind, kc.actual, kc.target, kp.actual, kp.target, c.sign) AS contrib
            FROM kpi_tree c JOIN kpi_tree p ON p.kpi_code = c.parent_code JOIN kpi_month kc ON kc.kpi_code = c.kpi_code
            JOIN kpi_month kp ON kp.kpi_code = p.kpi_code AND kp.region_id = kc.region_id AND kp.month_id = kc.month_id
            WHERE p.kpi_code = 'CRBT_FEE_REV' AND kc.region_id = 105 AND kc.month_id = 200809 ORDER BY contrib""";

    /**
     * Q14 traffic-stimulation list [S 001 s31-32]: migrant mid-end group, long-distance price > 0.25/min,
     * long-distance minutes not too high (< 300 [P]).
     */
    public static final String Q14 = """
            SELECT s.subscriber_id, s.mou_ld_in, s.mou_ld_out, p.ld_price_per_min
            FROM subscriber_month s JOIN plan p ON p.plan_code = s.plan_code
            WHERE s.month_id = 200809 AND s.status = 'ACTIVE' AND s.cluster_group = 'LD_IN_MID'
              AND p.ld_price_per_min > 0.25 AND s.mou_ld_out < 300 ORDER BY s.mou_ld_in DESC, s.subscriber_id LIMIT 500""";

    /** Q15 best contact channel per customer group and product class. */
    public static final String Q15 = """
            SELECT cust_group, product_class, channel_code, fit_score FROM (
              SELECT f.cust_group, f.product_class, f.channel_code, f.fit_score, ROW_NUMBER() OVER (
                     PARTITION BY f.cust_group, f.product_class ORDER BY f.fit_score DESC, f.channel_code) AS rn
              FROM channel_fit f) t
            WHERE rn = 1 ORDER BY cust_group, product_class""";

    /** Every query by name, in §B4 order. */
    public static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Q1", Q1);
        out.put("Q2", Q2);
        out.put("Q3", Q3);
        out.put("Q3 county->grid", Q3_GRID);
        out.put("Q4", Q4);
        out.put("Q5", Q5);
        out.put("Q6", Q6);
        out.put("Q6b", Q6B);
        out.put("Q7", Q7);
        out.put("Q8", Q8);
        out.put("Q9a", Q9A);
        out.put("Q9b", Q9B);
        out.put("Q9c", Q9C);
        out.put("Q10", Q10);
        out.put("Q11", Q11);
        out.put("Q12 user classes", Q12_USER_CLASS);
        out.put("Q12 ESC ladder", Q12_ESC);
        out.put("Q13", Q13);
        out.put("Q14", Q14);
        out.put("Q15", Q15);
        return out;
    }
}
