package io.subcube.benchmarks.workload;

import static io.subcube.benchmarks.workload.Literals.CHURN_FLAGS;
import static io.subcube.benchmarks.workload.Literals.CITIES;
import static io.subcube.benchmarks.workload.Literals.CLUSTER_GROUPS;
import static io.subcube.benchmarks.workload.Literals.COUNTIES;
import static io.subcube.benchmarks.workload.Literals.LD_PRICES;
import static io.subcube.benchmarks.workload.Literals.POLICY_GROUPS;
import static io.subcube.benchmarks.workload.Literals.SCORECARD_REGIONS;
import static io.subcube.benchmarks.workload.Literals.SERVICES;
import static io.subcube.benchmarks.workload.Literals.STICK_TIERS;
import static io.subcube.benchmarks.workload.Literals.VALUE_TIERS;
import static io.subcube.benchmarks.workload.Literals.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The benchmark workload: every canonical analyst query of DOMAIN.md §B4 (Q3 at city and at county level, both
 * statements of Q12) and a whole month scored by a §B3 function, with {@code ?} where §B4 has a literal that an
 * analyst varies (month, city, county, region, tier, flag, service, group). The one list the lean runner, the
 * JMH benchmark and the agreement test all use.
 *
 * <p>One deviation from §B4's text: Q6 and Q13 order by a second column to break ties, so that the engines can
 * be compared row by row.
 */
public final class Workload {

    private static final String SUBSCRIBER_MONTH = "subscriber_month";

    private final List<BenchQuery> queries;

    private Workload(List<BenchQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The workload for data holding {@code months} months from {@code startMonth} (the rotation uses its months). */
    public static Workload forData(int startMonth, int months) {
        List<Integer> monthList = Literals.months(startMonth, months);
        return new Workload(build(k -> pick(monthList, k)));
    }

    /** Every query, in §B4 order, the scoring query last. */
    public List<BenchQuery> queries() {
        return queries;
    }

    /** The query of that name (case-insensitive). */
    public Optional<BenchQuery> query(String name) {
        return queries.stream().filter(q -> q.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The queries whose names are listed (case-insensitive), in workload order; unknown names are an error naming them. */
    public Workload only(List<String> names) {
        List<String> unknown = new ArrayList<>();
        for (String n : names) {
            if (query(n).isEmpty()) {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no benchmark query named " + String.join(", ", unknown)
                    + "; the queries are " + String.join(", ", queries.stream().map(BenchQuery::name).toList()));
        }
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return new Workload(queries.stream().filter(q -> lower.contains(q.name().toLowerCase(Locale.ROOT))).toList());
    }

    private static List<BenchQuery> build(IntFunction<Integer> month) {
        List<BenchQuery> q = new ArrayList<>();
        q.add(query("Q1_matrix_cell", """
                SELECT COUNT(*) AS subs FROM subscriber_month
                WHERE month_id = ? AND city_id = ? AND value_tier = ? AND stick_tier = ? AND churn_flag = ?""",
                List.of(SUBSCRIBER_MONTH), k -> List.of(month.apply(k), pick(CITIES, k), pick(VALUE_TIERS, k),
                        pick(STICK_TIERS, k), pick(CHURN_FLAGS, k))));
        q.add(query("Q2_marketing_matrix", """
                SELECT value_tier, stick_tier, churn_flag, need, MIN(matrix_cell) AS cell, COUNT(*) AS subs,
                       SUM(arpu) AS revenue, AVG(value_score) AS avg_value
                FROM subscriber_month WHERE month_id = ? AND city_id = ? AND status = 'ACTIVE'
                GROUP BY value_tier, stick_tier, churn_flag, need ORDER BY cell, need""",
                List.of(SUBSCRIBER_MONTH), k -> List.of(month.apply(k), pick(CITIES, k))));
        q.add(query("Q3_drill_city", """
                SELECT county_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu
                FROM subscriber_month WHERE month_id = ? AND city_id = ? GROUP BY county_id ORDER BY county_id""",
                List.of(SUBSCRIBER_MONTH), k -> List.of(month.apply(k), pick(CITIES, k))));
        q.add(query("Q3_drill_county", """
                SELECT grid_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu
                FROM subscriber_month WHERE month_id = ? AND county_id = ? GROUP BY grid_id ORDER BY grid_id""",
                List.of(SUBSCRIBER_MONTH), k -> List.of(month.apply(k), pick(COUNTIES, k))));
        q.add(query("Q4_top_counties", """
                SELECT s.county_id, r.region_name, SUM(s.arpu) AS revenue, COUNT(*) AS subs
                FROM subscriber_month s JOIN region r ON r.region_id = s.county_id WHERE s.month_id = ?
                GROUP BY s.county_id, r.region_name ORDER BY revenue DESC, s.county_id LIMIT 10""",
                List.of(SUBSCRIBER_MONTH, "region"), k -> List.of(month.apply(k))));
        q.add(query("Q5_kpi_grid_gap", """
                SELECT r.region_id, r.region_name, k.actual, k.target, k.attainment,
                       (k.num - 0.70 * k.den) / NULLIF(p.den, 0) AS gap_contrib
                FROM kpi_month k JOIN region r ON r.region_id = k.region_id
                JOIN kpi_month p ON p.region_id = r.parent_id AND p.kpi_code = k.kpi_code AND p.month_id = k.month_id
                WHERE k.month_id = ? AND k.kpi_code = 'NEW_SHARE_2P' AND r.parent_id = ?
                ORDER BY gap_contrib, r.region_id""",
                List.of("kpi_month", "region"), k -> List.of(month.apply(k), pick(COUNTIES, k))));
        q.add(query("Q6_health_scorecard", """
                SELECT service_code, ROUND(SUM(CASE WHEN dimension = 'SCALE' THEN score END), 2) AS scale_score,
                       ROUND(SUM(CASE WHEN dimension = 'HEALTH' THEN score END), 2) AS health_score,
                       ROUND(SUM(score), 2) AS total
                FROM service_indicator WHERE month_id = ? AND region_id = ?
                GROUP BY service_code ORDER BY total DESC, service_code""",
                List.of("service_indicator"), k -> List.of(month.apply(k), pick(SCORECARD_REGIONS, k))));
        q.add(query("Q6b_weak_points", """
                SELECT c.indicator_code, c.score, VAS_WEAK(c.score, c.full_marks, p1.score, p2.score) AS weak
                FROM service_indicator c
                LEFT JOIN service_indicator p1 ON p1.region_id = c.region_id AND p1.service_code = c.service_code
                  AND p1.indicator_code = c.indicator_code AND p1.month_id = MONTH_ADD(c.month_id, -1)
                LEFT JOIN service_indicator p2 ON p2.region_id = c.region_id AND p2.service_code = c.service_code
                  AND p2.indicator_code = c.indicator_code AND p2.month_id = MONTH_ADD(c.month_id, -2)
                WHERE c.month_id = ? AND c.region_id = ? AND c.service_code = ? ORDER BY c.indicator_code""",
                List.of("service_indicator"),
                k -> List.of(month.apply(k), pick(SCORECARD_REGIONS, k), pick(SERVICES, k))));
        q.add(query("Q7_segment_intersection", """
                SELECT COUNT(*) AS subs FROM subscriber_month s
                WHERE s.month_id = ? AND s.value_tier IN ('H', 'MH') AND s.churn_flag = TRUE
                  AND s.subscriber_id IN (SELECT u.subscriber_id FROM vas_usage u
                                          WHERE u.month_id = ? AND u.service_code = ? AND u.usage_cnt > 0)""",
                List.of(SUBSCRIBER_MONTH, "vas_usage"),
                k -> List.of(month.apply(k), month.apply(k), pick(SERVICES, k))));
        q.add(query("Q8_distinct_quarter", """
                SELECT COUNT(DISTINCT subscriber_id) AS subs FROM subscriber_month
                WHERE month_id BETWEEN ? AND ? AND value_tier = ? AND churn_flag = TRUE""",
                List.of(SUBSCRIBER_MONTH),
                k -> List.of(Literals.monthAdd(month.apply(k), -2), month.apply(k), pick(VALUE_TIERS, k))));
        q.add(query("Q9a_alert_share", """
                SELECT k.region_id, r.region_name, k.actual FROM kpi_month k JOIN region r ON r.region_id = k.region_id
                WHERE k.month_id = ? AND k.kpi_code = 'NEW_SHARE_2P' AND k.region_level = 'GRID'
                  AND KPI_BREACH('MIN', k.actual, CAST(NULL AS DOUBLE), 0.70) ORDER BY k.actual, k.region_id""",
                List.of("kpi_month", "region"), k -> List.of(month.apply(k))));
        q.add(query("Q9b_alert_mom", """
                SELECT cur.region_id, prev.actual AS last_month, cur.actual AS this_month
                FROM kpi_month cur JOIN kpi_month prev ON prev.region_id = cur.region_id AND prev.kpi_code = cur.kpi_code
                 AND prev.month_id = MONTH_ADD(cur.month_id, -1)
                WHERE cur.month_id = ? AND cur.kpi_code = 'NEW_ADDS' AND cur.region_level = 'COUNTY'
                  AND KPI_BREACH('MOM', cur.actual, prev.actual, 0.70) ORDER BY cur.region_id""",
                List.of("kpi_month"), k -> List.of(month.apply(k))));
        q.add(query("Q9c_alert_rules", """
                SELECT a.rule_id, k.region_id, k.actual FROM alert_rule a
                JOIN kpi_month k ON k.kpi_code = a.kpi_code AND k.region_level = a.region_level
                JOIN region r ON r.region_id = k.region_id
                WHERE k.month_id = ? AND a.enabled = TRUE AND (a.owner_city_id IS NULL OR a.owner_city_id = r.city_id)
                  AND KPI_BREACH(a.rule_kind, k.actual, CASE a.rule_kind WHEN 'TARGET' THEN k.target
                                                                        WHEN 'MOM' THEN k.prev_actual END, a.threshold)
                ORDER BY a.rule_id, k.region_id""",
                List.of("alert_rule", "kpi_month", "region"), k -> List.of(month.apply(k))));
        q.add(query("Q10_hotspot_counties", """
                SELECT s.county_id,
                  SUM(CASE WHEN l.rural_segment = 'LEFT_BEHIND' THEN 1 ELSE 0 END) AS left_behind,
                  SUM(CASE WHEN l.rural_segment = 'IN_COUNTY_WORKER' THEN 1 ELSE 0 END) AS in_county_workers,
                  SUM(CASE WHEN l.rural_segment = 'OUT_COUNTY_WORKER' THEN 1 ELSE 0 END) AS out_county_workers,
                  SUM(CASE WHEN l.migrant_type IS NOT NULL THEN 1 ELSE 0 END) AS migrants,
                  SUM(CASE WHEN l.family_flag = TRUE THEN 1 ELSE 0 END) AS family,
                  SUM(CASE WHEN l.school_type IS NOT NULL THEN 1 ELSE 0 END) AS students, AVG(s.arpu) AS arpu
                FROM subscriber_month s JOIN location_month l ON l.subscriber_id = s.subscriber_id AND l.month_id = s.month_id
                WHERE s.month_id = ? AND s.city_id = ? AND s.status = 'ACTIVE' GROUP BY s.county_id ORDER BY s.county_id""",
                List.of(SUBSCRIBER_MONTH, "location_month"), k -> List.of(month.apply(k), pick(CITIES, k + 1))));
        q.add(query("Q11_retention_list", """
                SELECT s.subscriber_id, s.grid_id, s.arpu, s.tenure_months, s.value_score, p.flagship_policy
                FROM subscriber_month s JOIN policy_catalog p ON p.policy_group = s.policy_group
                WHERE s.month_id = ? AND s.city_id = ? AND s.status = 'ACTIVE' AND s.policy_group = ?
                  AND s.program_order LIKE 'RETAIN%' ORDER BY s.value_score DESC, s.subscriber_id LIMIT 100""",
                List.of(SUBSCRIBER_MONTH, "policy_catalog"),
                k -> List.of(month.apply(k), pick(CITIES, k), pick(POLICY_GROUPS, k))));
        q.add(query("Q12a_user_classes", """
                SELECT service_code, user_class, COUNT(*) AS users FROM vas_usage WHERE month_id = ?
                GROUP BY service_code, user_class ORDER BY service_code, user_class""",
                List.of("vas_usage"), k -> List.of(month.apply(k))));
        q.add(query("Q12b_esc_ladder", """
                SELECT esc_stage, ESC_ACTION(esc_stage) AS action, COUNT(*) AS subs FROM subscriber_month
                WHERE month_id = ? GROUP BY esc_stage ORDER BY subs DESC, esc_stage""",
                List.of(SUBSCRIBER_MONTH), k -> List.of(month.apply(k))));
        q.add(query("Q13_kpi_root_cause", """
                SELECT c.kpi_code, c.root_cause, kc.actual, kc.target,
                       KPI_CONTRIB(p.formula_kind, kc.actual, kc.target, kp.actual, kp.target, c.sign) AS contrib
                FROM kpi_tree c JOIN kpi_tree p ON p.kpi_code = c.parent_code JOIN kpi_month kc ON kc.kpi_code = c.kpi_code
                JOIN kpi_month kp ON kp.kpi_code = p.kpi_code AND kp.region_id = kc.region_id AND kp.month_id = kc.month_id
                WHERE p.kpi_code = 'CRBT_FEE_REV' AND kc.region_id = ? AND kc.month_id = ? ORDER BY contrib, c.kpi_code""",
                List.of("kpi_tree", "kpi_month"), k -> List.of(pick(CITIES, k), month.apply(k))));
        q.add(query("Q14_traffic_list", """
                SELECT s.subscriber_id, s.mou_ld_in, s.mou_ld_out, p.ld_price_per_min
                FROM subscriber_month s JOIN plan p ON p.plan_code = s.plan_code
                WHERE s.month_id = ? AND s.status = 'ACTIVE' AND s.cluster_group = ?
                  AND p.ld_price_per_min > ? AND s.mou_ld_out < 300
                ORDER BY s.mou_ld_in DESC, s.subscriber_id LIMIT 500""",
                List.of(SUBSCRIBER_MONTH, "plan"),
                k -> List.of(month.apply(k), pick(CLUSTER_GROUPS, k), pick(LD_PRICES, k))));
        // §B4 Q15 has no literal to vary; its 400-row table is read whole each call.
        q.add(query("Q15_best_channel", """
                SELECT cust_group, product_class, channel_code, fit_score FROM (
                  SELECT f.cust_group, f.product_class, f.channel_code, f.fit_score, ROW_NUMBER() OVER (
                         PARTITION BY f.cust_group, f.product_class ORDER BY f.fit_score DESC, f.channel_code) AS rn
                  FROM channel_fit f) t
                WHERE rn = 1 ORDER BY cust_group, product_class""",
                List.of("channel_fit"), k -> List.of()));
        q.add(query("S1_score_month_cvs", """
                SELECT COUNT(*) AS subs,
                       SUM(CVS(arpu, return_rate, arpu_avg3, return_rate_avg3, tenure_months, influence_score)) AS total_value
                FROM subscriber_month WHERE month_id = ?""",
                List.of(SUBSCRIBER_MONTH), k -> List.of(month.apply(k))));
        return q;
    }

    private static BenchQuery query(String name, String sql, List<String> tables, IntFunction<List<Object>> set) {
        List<List<Object>> sets = new ArrayList<>();
        int n = SqlText.placeholders(sql) == 0 ? 1 : Literals.ROTATION;
        for (int k = 0; k < n; k++) {
            sets.add(set.apply(k));
        }
        return new BenchQuery(name, sql, tables, sets);
    }
}
