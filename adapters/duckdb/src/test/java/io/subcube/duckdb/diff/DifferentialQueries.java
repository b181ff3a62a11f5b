package io.subcube.duckdb.diff;

import java.util.List;

/**
 * The differential query catalogue over the generated tables: standard SQL valid in Calcite and DuckDB,
 * deterministic, using only stored columns (derived columns exist in Subcube only). Literals assume the
 * data holds months 200807-200809 and the fixed §B2.4 geography (city 105, county 10503, city 109).
 * Q3 and Q4 are DOMAIN.md §B4's text unchanged.
 */
public final class DifferentialQueries {

    private DifferentialQueries() {
    }

    /** Every query, in catalogue order. */
    public static List<DiffQuery> all() {
        return QUERIES;
    }

    private static final List<DiffQuery> QUERIES = List.of(
            q("filter_integer_eq", "SELECT month_id, subscriber_id, tenure_months FROM subscriber_month WHERE tenure_months = 12"),
            q("filter_integer_ne", "SELECT month_id, COUNT(*) AS n FROM subscriber_month WHERE bundle_months_left <> 0 GROUP BY month_id"),
            q("filter_integer_lt_ge", "SELECT brand, COUNT(*) AS n FROM subscriber_month WHERE mou_total >= 420 AND sms_mo_cnt < 50 GROUP BY brand"),
            q("filter_integer_gt_le", "SELECT month_id, COUNT(*) AS n FROM subscriber_month WHERE tenure_months > 24 AND tenure_months <= 36 GROUP BY month_id"),
            q("filter_bigint_eq", "SELECT month_id, status, tenure_months, arpu FROM subscriber_month WHERE subscriber_id = 42 ORDER BY month_id"),
            q("filter_bigint_ne_lt", "SELECT COUNT(*) AS n, SUM(gprs_kb) AS kb FROM subscriber_month WHERE subscriber_id <> 42 AND subscriber_id < 50"),
            q("filter_bigint_gt_le", "SELECT subscriber_id, month_id, gprs_kb FROM subscriber_month WHERE gprs_kb > 50000 AND subscriber_id <= 200"),
            q("filter_bigint_ge", "SELECT service_code, COUNT(*) AS n FROM vas_usage WHERE usage_cnt >= 10 GROUP BY service_code"),
            q("filter_decimal_eq", "SELECT month_id, COUNT(*) AS n FROM subscriber_month WHERE marketing_cost = 0 GROUP BY month_id"),
            q("filter_decimal_eq_scaled_literal", "SELECT COUNT(*) AS n FROM subscriber_month WHERE marketing_cost = 0.00 AND onnet_share <> 0.5000"),
            q("filter_decimal_ge_lt", "SELECT subscriber_id, month_id, arpu FROM subscriber_month WHERE arpu >= 500.50 AND arpu < 800"),
            q("filter_decimal_le_gt", "SELECT COUNT(*) AS n FROM subscriber_month WHERE onnet_share <= 0.5 AND competitor_share > 0.2"),
            q("filter_decimal_column_vs_column", "SELECT month_id, COUNT(*) AS n FROM subscriber_month WHERE arpu <> arpu_avg3 AND rev_vas > rev_voice GROUP BY month_id"),
            q("filter_double", """
                    SELECT month_id, region_id, service_code, growth_contrib, cagr3 FROM service_month
                    WHERE growth_contrib > 1.0 AND cagr3 <= 0.2"""),
            q("filter_double_eq_ne_range", """
                    SELECT service_code, COUNT(*) AS n, SUM(avg_paying_users_ytd) AS users FROM service_month
                    WHERE avg_paying_users_ytd >= 1000 AND avg_paying_users_ytd < 100000000 AND cagr3 <> 0.12 GROUP BY service_code"""),
            q("filter_double_eq", "SELECT month_id, region_id, service_code FROM service_month WHERE cagr3 = 0.12"),
            q("filter_varchar_eq_ne", "SELECT month_id, COUNT(*) AS n FROM subscriber_month WHERE brand = 'GOTONE' AND status <> 'ACTIVE' GROUP BY month_id"),
            q("filter_varchar_lt_ge", "SELECT plan_code, cust_group, COUNT(*) AS n FROM subscriber_month WHERE plan_code < 'MZ_SMS' AND cust_group >= 'SELF_EMP' GROUP BY plan_code, cust_group"),
            q("filter_varchar_gt_le", "SELECT region_id, region_name FROM region WHERE region_name > 'Yancheng County 03' AND region_code <= 'JS-YZ-02'"),
            q("filter_date_ge", "SELECT subscriber_id, join_date FROM subscriber WHERE join_date >= DATE '2008-06-01'"),
            q("filter_date_lt_gt", "SELECT COUNT(*) AS n FROM subscriber WHERE join_date < DATE '2005-01-01' AND join_date > DATE '1998-12-31'"),
            q("filter_date_eq_ne_le", """
                    SELECT COUNT(*) AS n FROM subscriber
                    WHERE join_date <> (SELECT MIN(join_date) FROM subscriber) AND join_date <= DATE '2008-09-30'"""),
            q("filter_date_eq", "SELECT subscriber_id FROM subscriber WHERE join_date = (SELECT MAX(join_date) FROM subscriber)"),
            q("filter_boolean_eq", "SELECT month_id, COUNT(*) AS n FROM subscriber_month WHERE vpmn_flag = TRUE AND data_capable = FALSE GROUP BY month_id"),
            q("filter_boolean_bare_and_not", "SELECT brand, COUNT(*) AS n FROM subscriber_month WHERE vpmn_flag AND NOT data_capable GROUP BY brand"),
            q("filter_boolean_ne_lt", "SELECT COUNT(*) AS n, SUM(CASE WHEN vpmn_flag < data_capable THEN 1 ELSE 0 END) AS lt FROM subscriber_month WHERE vpmn_flag <> data_capable"),
            q("filter_boolean_dimension", "SELECT join_channel, COUNT(*) AS n FROM subscriber WHERE group_member = TRUE OR join_near_campus GROUP BY join_channel"),
            q("in_varchar_list", "SELECT plan_code, COUNT(*) AS n FROM subscriber_month WHERE plan_code IN ('GT58', 'GT88', 'SZX_RURAL') GROUP BY plan_code"),
            q("not_in_integer_list", "SELECT city_id, COUNT(*) AS n FROM subscriber_month WHERE month_id = 200809 AND city_id NOT IN (101, 105, 113) GROUP BY city_id"),
            q("in_integer_list_long", """
                    SELECT tenure_months, COUNT(*) AS n FROM subscriber_month
                    WHERE tenure_months IN (0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 4, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17)
                    GROUP BY tenure_months"""),
            q("not_in_subquery_with_null", "SELECT COUNT(*) AS n FROM region WHERE region_id NOT IN (SELECT parent_id FROM region)"),
            q("not_in_subquery_without_null", """
                    SELECT region_level, COUNT(*) AS n FROM region
                    WHERE region_id NOT IN (SELECT parent_id FROM region WHERE parent_id IS NOT NULL) GROUP BY region_level"""),
            q("between_decimal", "SELECT brand, COUNT(*) AS n, SUM(arpu) AS revenue FROM subscriber_month WHERE arpu BETWEEN 100 AND 150.50 GROUP BY brand"),
            q("between_integer_months", "SELECT month_id, COUNT(*) AS n FROM subscriber_month WHERE month_id BETWEEN 200807 AND 200808 GROUP BY month_id"),
            q("between_date_and_not_between", """
                    SELECT gender, COUNT(*) AS n FROM subscriber
                    WHERE join_date BETWEEN DATE '2004-01-01' AND DATE '2006-12-31' AND birth_year NOT BETWEEN 1970 AND 1979 GROUP BY gender"""),
            q("like_prefix", "SELECT region_id, region_code FROM region WHERE region_code LIKE 'JS-SZ-%' AND region_level = 'COUNTY'"),
            q("like_not_like", "SELECT plan_code, COUNT(*) AS n FROM subscriber_month WHERE plan_code NOT LIKE 'GT%' AND plan_code LIKE '%_S%' GROUP BY plan_code"),
            q("like_masked_msisdn", "SELECT COUNT(*) AS n FROM subscriber WHERE msisdn LIKE '13_****%' AND msisdn NOT LIKE '%0'"),
            q("is_null_region_hierarchy", """
                    SELECT region_level, COUNT(*) AS n, COUNT(parent_id) AS with_parent, COUNT(city_id) AS with_city, COUNT(county_id) AS with_county
                    FROM region WHERE parent_id IS NULL OR city_id IS NULL OR county_id IS NOT NULL GROUP BY region_level"""),
            q("is_null_market_population", """
                    SELECT market_type, COUNT(*) AS n, COUNT(population) AS with_population, SUM(population) AS population,
                           MIN(per_capita_income) AS min_income, MAX(phone_penetration) AS max_penetration
                    FROM region WHERE market_type IS NOT NULL GROUP BY market_type"""),
            q("is_null_population_rows", "SELECT region_id, market_type FROM region WHERE population IS NULL AND market_type IS NOT NULL AND city_id = 105"),
            q("is_null_location_grids", """
                    SELECT month_id, COUNT(*) AS n, COUNT(work_grid_id) AS with_work, COUNT(rest_grid_id) AS with_rest
                    FROM location_month WHERE work_grid_id IS NULL OR rest_grid_id IS NOT NULL GROUP BY month_id"""),
            q("is_null_first_use_month", """
                    SELECT service_code, subscribed, COUNT(*) AS n FROM vas_usage
                    WHERE first_use_month IS NULL GROUP BY service_code, subscribed"""),
            q("is_not_null_first_use_month", "SELECT month_id, MIN(first_use_month) AS first_use, MAX(first_use_month) AS last_use FROM vas_usage WHERE first_use_month IS NOT NULL GROUP BY month_id"),
            q("null_dimension_columns", """
                    SELECT (SELECT COUNT(*) FROM kpi_tree WHERE parent_code IS NULL) AS roots,
                           (SELECT COUNT(*) FROM kpi_tree WHERE root_cause IS NOT NULL) AS with_cause,
                           (SELECT COUNT(*) FROM alert_rule WHERE owner_city_id IS NULL) AS province_rules,
                           (SELECT COUNT(*) FROM policy_catalog WHERE arpu_max IS NULL) AS open_ended
                    FROM region WHERE region_id = 1"""),
            q("three_valued_logic_case", """
                    SELECT region_id,
                           CASE WHEN population > 3000 OR city_id = 105 THEN 'Y' WHEN NOT (population > 3000) THEN 'N' ELSE 'U' END AS verdict
                    FROM region WHERE county_id = 10503 OR region_level = 'CITY'"""),
            q("not_over_null_excludes", """
                    SELECT COUNT(*) AS n FROM region
                    WHERE region_level = 'GRID' AND NOT (population < 34745 OR market_type = 'URBAN')"""),
            q("or_with_null_operand", "SELECT COUNT(*) AS n FROM region WHERE population > 3000 OR market_type = 'URBAN'"),
            q("and_or_not_nested", """
                    SELECT COUNT(*) AS n FROM location_month
                    WHERE (work_grid_id = rest_grid_id OR NOT (roam_out_days > 0)) AND (work_grid_id IS NOT NULL OR rest_days > 20)"""),
            q("null_predicate_is_null", "SELECT COUNT(*) AS n FROM region WHERE (population > 3000) IS NULL"),
            q("coalesce_nullif", """
                    SELECT region_id, COALESCE(population, 0) AS population, COALESCE(market_type, region_level) AS kind,
                           NULLIF(own_channels, 0) AS channels, population - agri_population AS non_agri
                    FROM region WHERE city_id = 105 AND (county_id = 10503 OR county_id IS NULL)"""),
            q("coalesce_three_args", """
                    SELECT COALESCE(work_grid_id, rest_grid_id, -1) AS grid, COUNT(*) AS n FROM location_month
                    WHERE month_id = 200809 AND (work_grid_id IS NULL OR rest_grid_id IS NULL) GROUP BY COALESCE(work_grid_id, rest_grid_id, -1)"""),
            q("group_by_having_count", """
                    SELECT plan_code, COUNT(*) AS n, SUM(arpu) AS revenue FROM subscriber_month
                    WHERE month_id = 200809 GROUP BY plan_code HAVING COUNT(*) > 10"""),
            q("group_by_having_avg", "SELECT city_id, AVG(arpu) AS arpu FROM subscriber_month GROUP BY city_id HAVING AVG(arpu) > 60"),
            q("group_by_multi_column", """
                    SELECT month_id, brand, status, COUNT(*) AS n, SUM(mou_total) AS mou, MIN(tenure_months) AS min_tenure,
                           MAX(tenure_months) AS max_tenure
                    FROM subscriber_month GROUP BY month_id, brand, status"""),
            q("group_by_expression_integer_division", """
                    SELECT tenure_months / 12 AS tenure_years, COUNT(*) AS n FROM subscriber_month
                    WHERE month_id = 200809 GROUP BY tenure_months / 12"""),
            q("group_by_nullable_key", "SELECT market_type, COUNT(*) AS n, COUNT(population) AS with_population FROM region GROUP BY market_type"),
            q("group_by_rollup", "SELECT brand, status, COUNT(*) AS n FROM subscriber_month WHERE month_id = 200809 GROUP BY ROLLUP(brand, status)"),
            q("group_by_grouping_sets", """
                    SELECT brand, status, COUNT(*) AS n, SUM(arpu) AS revenue FROM subscriber_month WHERE month_id = 200809
                    GROUP BY GROUPING SETS ((brand), (status), ())"""),
            q("avg_of_integer_is_double", "SELECT month_id, AVG(mou_total) AS mou, AVG(tenure_months) AS tenure FROM subscriber_month GROUP BY month_id"),
            q("integer_division_and_mod", """
                    SELECT subscriber_id, mou_total / 7 AS a, (mou_total - 300) / 7 AS b, MOD(mou_total, 7) AS c, tenure_months / 12 AS d
                    FROM subscriber_month WHERE month_id = 200809 AND subscriber_id <= 30"""),
            q("distinct_pairs", "SELECT DISTINCT brand, plan_code FROM subscriber_month"),
            q("join_region_city", """
                    SELECT r.region_name, COUNT(*) AS n, SUM(s.arpu) AS revenue FROM subscriber_month s
                    JOIN region r ON r.region_id = s.city_id WHERE s.month_id = 200809 GROUP BY r.region_name"""),
            q("join_region_grid_market", """
                    SELECT r.market_type, s.brand, COUNT(*) AS n FROM subscriber_month s
                    JOIN region r ON r.region_id = s.grid_id WHERE s.month_id = 200809 GROUP BY r.market_type, s.brand"""),
            q("join_plan", """
                    SELECT p.brand, p.plan_code, COUNT(*) AS n, SUM(s.arpu - p.monthly_fee) AS above_fee, MAX(p.ld_price_per_min) AS ld
                    FROM subscriber_month s JOIN plan p ON p.plan_code = s.plan_code WHERE s.month_id = 200809 GROUP BY p.brand, p.plan_code"""),
            q("join_plan_brand_consistency", "SELECT COUNT(*) AS n FROM subscriber_month s JOIN plan p ON p.plan_code = s.plan_code WHERE p.brand <> s.brand"),
            q("join_service", """
                    SELECT v.service_code, sv.product_class, COUNT(*) AS n, SUM(v.revenue) AS revenue, SUM(v.usage_cnt) AS usage_cnt
                    FROM vas_usage v JOIN service sv ON sv.service_code = v.service_code
                    WHERE v.month_id = 200809 AND sv.sticky = FALSE GROUP BY v.service_code, sv.product_class"""),
            q("join_subscriber", """
                    SELECT sub.gender, s.brand, COUNT(*) AS n, AVG(s.arpu) AS arpu FROM subscriber_month s
                    JOIN subscriber sub ON sub.subscriber_id = s.subscriber_id WHERE s.month_id = 200809 GROUP BY sub.gender, s.brand"""),
            q("join_four_tables", """
                    SELECT c.region_name AS city, p.plan_name, sub.gender, COUNT(*) AS n, SUM(s.arpu) AS revenue
                    FROM subscriber_month s JOIN subscriber sub ON sub.subscriber_id = s.subscriber_id
                    JOIN region c ON c.region_id = s.city_id JOIN plan p ON p.plan_code = s.plan_code
                    WHERE s.month_id = 200809 AND s.city_id IN (105, 109) GROUP BY c.region_name, p.plan_name, sub.gender"""),
            q("join_channel_fit", """
                    SELECT f.cust_group, c.channel_kind, COUNT(*) AS n, MAX(f.cp_score) AS max_cp, SUM(f.pc_score) AS sum_pc
                    FROM channel_fit f JOIN channel c ON c.channel_code = f.channel_code
                    WHERE c.can_sell = TRUE GROUP BY f.cust_group, c.channel_kind"""),
            q("join_channel_fit_subscriber", """
                    SELECT sub.cust_group, f.cp_score, COUNT(*) AS n FROM subscriber sub
                    JOIN channel_fit f ON f.cust_group = sub.cust_group AND f.channel_code = sub.join_channel
                    WHERE f.product_class = 'DATA' GROUP BY sub.cust_group, f.cp_score"""),
            q("join_policy_catalog_range", """
                    SELECT p.policy_group, p.flagship_policy, COUNT(*) AS n, SUM(p.bonus_amount) AS bonus
                    FROM subscriber_month s JOIN policy_catalog p
                      ON s.arpu >= p.arpu_min AND (p.arpu_max IS NULL OR s.arpu < p.arpu_max)
                     AND (p.tenure_band = 'ANY' OR (p.tenure_band = 'LE12' AND s.tenure_months <= 12)
                          OR (p.tenure_band = 'GT12' AND s.tenure_months > 12))
                    WHERE s.month_id = 200809 GROUP BY p.policy_group, p.flagship_policy"""),
            q("left_join_counts_zero", """
                    SELECT r.region_id, COUNT(s.subscriber_id) AS subs FROM region r
                    LEFT JOIN subscriber_month s ON s.county_id = r.region_id AND s.month_id = 200809
                    WHERE r.region_level = 'COUNTY' AND r.city_id = 105 GROUP BY r.region_id"""),
            q("left_join_null_parent", """
                    SELECT r.region_id, r.region_level, p.region_name AS parent_name FROM region r
                    LEFT JOIN region p ON p.region_id = r.parent_id WHERE r.region_level IN ('PROVINCE', 'CITY')"""),
            q("join_location_same_key", """
                    SELECT l.month_id, l.roam_scope, COUNT(*) AS n, SUM(l.roam_out_days) AS roam_days FROM location_month l
                    JOIN subscriber_month s ON s.subscriber_id = l.subscriber_id AND s.month_id = l.month_id
                    WHERE l.rest_grid_id = s.grid_id GROUP BY l.month_id, l.roam_scope"""),
            q("self_join_kpi_tree", """
                    SELECT c.kpi_code, c.formula_kind, p.kpi_code AS parent, p.formula_kind AS parent_kind
                    FROM kpi_tree c LEFT JOIN kpi_tree p ON p.kpi_code = c.parent_code"""),
            q("keyword_named_columns", """
                    SELECT kpi_code, sign, weight, unit, rollup, source FROM kpi_tree WHERE rollup <> 'NONE'"""),
            q("join_alert_rule_kpi_tree", """
                    SELECT a.rule_id, a.rule_kind, a.threshold, t.kpi_name_en, t.direction FROM alert_rule a
                    JOIN kpi_tree t ON t.kpi_code = a.kpi_code WHERE a.enabled = TRUE"""),
            q("count_distinct_per_month", "SELECT month_id, COUNT(DISTINCT plan_code) AS plans, COUNT(DISTINCT grid_id) AS grids FROM subscriber_month GROUP BY month_id"),
            q("count_distinct_quarter", """
                    SELECT COUNT(DISTINCT subscriber_id) AS subs FROM subscriber_month
                    WHERE month_id BETWEEN 200807 AND 200809 AND status <> 'ACTIVE'"""),
            q("count_distinct_with_other_aggregates", "SELECT brand, COUNT(*) AS n, COUNT(DISTINCT subscriber_id) AS subs, SUM(arpu) AS revenue FROM subscriber_month GROUP BY brand"),
            q("count_distinct_nullable", "SELECT COUNT(DISTINCT work_grid_id) AS grids, COUNT(work_grid_id) AS non_null, COUNT(*) AS n FROM location_month"),
            q("top_arpu", "SELECT subscriber_id, arpu FROM subscriber_month WHERE month_id = 200809 ORDER BY arpu DESC, subscriber_id LIMIT 20"),
            q("top_grids_by_count", """
                    SELECT grid_id, COUNT(*) AS n FROM subscriber_month WHERE month_id = 200809
                    GROUP BY grid_id ORDER BY n DESC, grid_id LIMIT 15"""),
            q("order_nulls_last_asc", "SELECT region_id, population FROM region WHERE county_id = 10503 ORDER BY population, region_id"),
            q("order_nulls_first_desc", "SELECT region_id, population FROM region WHERE county_id = 10503 ORDER BY population DESC, region_id"),
            q("order_nulls_first_desc_limit", """
                    SELECT subscriber_id, work_grid_id FROM location_month WHERE month_id = 200809
                    ORDER BY work_grid_id DESC, subscriber_id LIMIT 10"""),
            q("order_limit_offset", "SELECT subscriber_id, tenure_months FROM subscriber_month WHERE month_id = 200808 ORDER BY subscriber_id LIMIT 10 OFFSET 20"),
            q("order_by_position_and_alias", "SELECT brand, COUNT(*) AS n FROM subscriber_month WHERE month_id = 200809 GROUP BY brand ORDER BY 2 DESC, brand"),
            q("order_by_string", "SELECT region_name, region_id FROM region WHERE region_level = 'CITY' ORDER BY region_name"),
            q("order_by_date", "SELECT subscriber_id, join_date FROM subscriber ORDER BY join_date DESC, subscriber_id LIMIT 10"),
            q("order_by_boolean", """
                    SELECT vpmn_flag, data_capable, COUNT(*) AS n FROM subscriber_month GROUP BY vpmn_flag, data_capable
                    ORDER BY vpmn_flag DESC, data_capable"""),
            q("order_by_decimal_expression", """
                    SELECT subscriber_id, month_id, arpu - arpu_avg3 AS change FROM subscriber_month
                    WHERE month_id = 200809 ORDER BY arpu - arpu_avg3, subscriber_id LIMIT 12"""),
            q("window_rank", """
                    SELECT city_id, subscriber_id, arpu, RANK() OVER (PARTITION BY city_id ORDER BY arpu DESC) AS rk
                    FROM subscriber_month WHERE month_id = 200809"""),
            q("window_row_number_top3", """
                    SELECT city_id, subscriber_id, arpu FROM (
                      SELECT city_id, subscriber_id, arpu,
                             ROW_NUMBER() OVER (PARTITION BY city_id ORDER BY arpu DESC, subscriber_id) AS rn
                      FROM subscriber_month WHERE month_id = 200809) t
                    WHERE rn <= 3"""),
            q("window_dense_rank_tenure", """
                    SELECT subscriber_id, tenure_months, DENSE_RANK() OVER (ORDER BY tenure_months DESC) AS dr
                    FROM subscriber_month WHERE month_id = 200809 AND county_id = 10503"""),
            q("window_running_sum", """
                    SELECT subscriber_id, month_id, arpu, SUM(arpu) OVER (PARTITION BY subscriber_id ORDER BY month_id) AS cumulative
                    FROM subscriber_month WHERE subscriber_id <= 50"""),
            q("window_sum_of_sum", """
                    SELECT city_id, county_id, SUM(arpu) AS revenue, SUM(SUM(arpu)) OVER (PARTITION BY city_id) AS city_revenue
                    FROM subscriber_month WHERE month_id = 200809 GROUP BY city_id, county_id"""),
            q("window_lag_lead", """
                    SELECT subscriber_id, month_id, arpu,
                           LAG(arpu) OVER (PARTITION BY subscriber_id ORDER BY month_id) AS prev_arpu,
                           arpu - LAG(arpu, 1) OVER (PARTITION BY subscriber_id ORDER BY month_id) AS delta,
                           LEAD(status) OVER (PARTITION BY subscriber_id ORDER BY month_id) AS next_status
                    FROM subscriber_month WHERE subscriber_id <= 100"""),
            q("window_moving_average_rows", """
                    SELECT subscriber_id, month_id,
                           AVG(mou_total) OVER (PARTITION BY subscriber_id ORDER BY month_id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS mou3
                    FROM subscriber_month WHERE subscriber_id <= 40"""),
            q("window_count_over_all", """
                    SELECT plan_code, COUNT(*) AS n, COUNT(*) OVER () AS plans FROM subscriber_month
                    WHERE month_id = 200809 GROUP BY plan_code"""),
            q("subquery_in", """
                    SELECT COUNT(*) AS subs FROM subscriber_month s
                    WHERE s.month_id = 200809 AND s.subscriber_id IN (SELECT u.subscriber_id FROM vas_usage u
                                                                      WHERE u.month_id = 200809 AND u.service_code = 'MMS' AND u.usage_cnt > 0)"""),
            q("subquery_exists", """
                    SELECT sub.brand, COUNT(*) AS n FROM subscriber sub
                    WHERE EXISTS (SELECT 1 FROM subscriber_month s WHERE s.subscriber_id = sub.subscriber_id AND s.status = 'CHURNED')
                    GROUP BY sub.brand"""),
            q("subquery_not_exists", """
                    SELECT r.region_id FROM region r WHERE r.region_level = 'COUNTY' AND r.city_id = 109
                    AND NOT EXISTS (SELECT 1 FROM subscriber_month s WHERE s.county_id = r.region_id AND s.month_id = 200809 AND s.status = 'CHURNED')"""),
            q("subquery_scalar_filter", """
                    SELECT subscriber_id, arpu FROM subscriber_month
                    WHERE month_id = 200809 AND arpu > (SELECT 4 * AVG(arpu) FROM subscriber_month WHERE month_id = 200809)"""),
            q("subquery_scalar_correlated", """
                    SELECT r.region_id, r.region_name,
                           (SELECT COUNT(*) FROM subscriber_month s WHERE s.city_id = r.region_id AND s.month_id = 200809) AS subs
                    FROM region r WHERE r.region_level = 'CITY'"""),
            q("subquery_scalar_share", """
                    SELECT brand, CAST(COUNT(*) AS DOUBLE) / (SELECT COUNT(*) FROM subscriber_month WHERE month_id = 200809) AS share
                    FROM subscriber_month WHERE month_id = 200809 GROUP BY brand"""),
            q("subquery_derived_table", """
                    SELECT band, COUNT(*) AS subs, SUM(revenue) AS revenue FROM (
                      SELECT subscriber_id, SUM(arpu) AS revenue, CASE WHEN SUM(arpu) >= 500 THEN 'TOP' ELSE 'REST' END AS band
                      FROM subscriber_month GROUP BY subscriber_id) t
                    GROUP BY band"""),
            q("cte_single", """
                    WITH per_sub AS (SELECT subscriber_id, SUM(arpu) AS revenue, COUNT(*) AS months FROM subscriber_month GROUP BY subscriber_id)
                    SELECT months, COUNT(*) AS subs, SUM(revenue) AS revenue, MAX(revenue) AS top FROM per_sub GROUP BY months"""),
            q("cte_month_over_month", """
                    WITH this_month AS (SELECT county_id, SUM(arpu) AS revenue FROM subscriber_month
                                        WHERE month_id = 200809 GROUP BY county_id),
                         last_month AS (SELECT county_id, SUM(arpu) AS revenue FROM subscriber_month
                                        WHERE month_id = 200808 GROUP BY county_id)
                    SELECT t.county_id, t.revenue, l.revenue AS last_revenue, t.revenue - l.revenue AS change
                    FROM this_month t LEFT JOIN last_month l ON l.county_id = t.county_id"""),
            q("set_operations", """
                    SELECT subscriber_id FROM subscriber_month WHERE month_id = 200809 AND status = 'CHURNED'
                    UNION
                    SELECT subscriber_id FROM subscriber_month WHERE month_id = 200808 AND status = 'SUSPENDED'
                    EXCEPT
                    SELECT subscriber_id FROM subscriber WHERE brand = 'GOTONE'"""),
            q("union_all_intersect", """
                    SELECT plan_code FROM plan WHERE brand = 'SZX'
                    UNION ALL
                    SELECT plan_code FROM subscriber_month WHERE month_id = 200809 AND subscriber_id <= 5
                    INTERSECT
                    SELECT plan_code FROM plan"""),
            q("extract_year_month", """
                    SELECT EXTRACT(YEAR FROM join_date) AS y, EXTRACT(MONTH FROM join_date) AS m, COUNT(*) AS n FROM subscriber
                    WHERE join_date >= DATE '2007-01-01' GROUP BY EXTRACT(YEAR FROM join_date), EXTRACT(MONTH FROM join_date)"""),
            q("extract_year_joiners_match_month", """
                    SELECT s.month_id, COUNT(*) AS joiners FROM subscriber_month s JOIN subscriber sub ON sub.subscriber_id = s.subscriber_id
                    WHERE s.tenure_months = 0 AND EXTRACT(YEAR FROM sub.join_date) * 100 + EXTRACT(MONTH FROM sub.join_date) = s.month_id
                    GROUP BY s.month_id"""),
            q("date_min_max_and_age", "SELECT MIN(join_date) AS first_join, MAX(join_date) AS last_join, MIN(2008 - birth_year) AS youngest, MAX(2008 - birth_year) AS oldest FROM subscriber"),
            q("decimal_aggregates", """
                    SELECT SUM(arpu) AS s, AVG(arpu) AS a, MIN(arpu) AS mn, MAX(arpu) AS mx, SUM(rev_voice + rev_vas) AS parts,
                           SUM(arpu - rev_voice - rev_vas) AS residual, SUM(return_rate_avg3) AS rr, AVG(onnet_share) AS onnet
                    FROM subscriber_month"""),
            q("decimal_arithmetic_per_month", """
                    SELECT month_id, SUM(arpu * onnet_share) AS onnet_revenue, SUM(marketing_cost * 2) AS doubled,
                           MAX(arpu - arpu_avg3) AS max_rise, MIN(arpu - marketing_cost) AS min_net, SUM(-arpu) AS neg
                    FROM subscriber_month GROUP BY month_id"""),
            q("decimal_dimension_arithmetic", "SELECT plan_code, monthly_fee * 12 AS yearly, monthly_fee + 0.5 AS plus, ld_price_per_min * 60 AS per_hour FROM plan"),
            q("decimal_service_month", """
                    SELECT service_code, SUM(revenue_ytd) AS ytd, AVG(satisfaction) AS satisfaction,
                           MAX(revenue_plan_ytd - revenue_ytd) AS gap, MIN(pkg_overcharge_rev) AS overcharge
                    FROM service_month GROUP BY service_code"""),
            q("decimal_round_floor_ceil_abs", """
                    SELECT subscriber_id, ROUND(arpu, 1) AS r1, ROUND(arpu * onnet_share, 2) AS r2, FLOOR(arpu) AS f, CEIL(arpu) AS c,
                           ABS(arpu - arpu_avg3) AS d
                    FROM subscriber_month WHERE month_id = 200809 AND subscriber_id <= 25"""),
            q("double_aggregates", "SELECT region_id, SUM(growth_contrib) AS g, AVG(cagr3) AS c, MIN(avg_paying_users_ytd) AS u FROM service_month GROUP BY region_id"),
            q("cast_numeric", """
                    SELECT subscriber_id, CAST(arpu AS DOUBLE) AS d, CAST(tenure_months AS DECIMAL(5,1)) AS t,
                           CAST(mou_total AS DOUBLE) / 60 AS hours, CAST(gprs_kb AS INTEGER) AS kb, CAST(month_id AS BIGINT) AS m
                    FROM subscriber_month WHERE month_id = 200809 AND subscriber_id <= 25"""),
            q("cast_decimal_to_integer", "SELECT subscriber_id, arpu, CAST(arpu AS INTEGER) AS whole FROM subscriber_month WHERE month_id = 200809 AND subscriber_id <= 60"),
            q("cast_to_and_from_varchar", """
                    SELECT CAST(month_id AS VARCHAR) || '-' || CAST(subscriber_id AS VARCHAR) AS k, CAST(arpu AS VARCHAR) AS a,
                           CAST(CAST('2008-09-01' AS DATE) AS VARCHAR) AS d
                    FROM subscriber_month WHERE month_id = 200809 AND subscriber_id <= 10"""),
            q("cast_date_string", "SELECT subscriber_id, CAST(join_date AS VARCHAR) AS d FROM subscriber WHERE join_date >= CAST('2008-08-01' AS DATE)"),
            q("case_searched_string_bands", """
                    SELECT band, COUNT(*) AS n FROM (
                      SELECT CASE WHEN arpu >= 150 THEN 'HIGH' WHEN arpu >= 50 THEN 'MID' ELSE 'LOW' END AS band FROM subscriber_month) t
                    GROUP BY band"""),
            q("case_simple_numeric", """
                    SELECT CASE brand WHEN 'GOTONE' THEN 1 WHEN 'MZONE' THEN 2 ELSE 3 END AS code, COUNT(*) AS n FROM subscriber
                    GROUP BY CASE brand WHEN 'GOTONE' THEN 1 WHEN 'MZONE' THEN 2 ELSE 3 END"""),
            q("case_inside_aggregates", """
                    SELECT county_id, SUM(CASE WHEN status = 'CHURNED' THEN 1 ELSE 0 END) AS churned,
                           SUM(CASE WHEN vpmn_flag THEN arpu END) AS vpmn_revenue, COUNT(CASE WHEN tenure_months = 0 THEN 1 END) AS joiners
                    FROM subscriber_month WHERE city_id = 105 GROUP BY county_id"""),
            q("case_without_else_gives_null", """
                    SELECT subscriber_id, CASE WHEN mms_mo_cnt > 0 THEN mms_mo_cnt END AS mms FROM subscriber_month
                    WHERE month_id = 200809 AND subscriber_id <= 30"""),
            q("string_functions", """
                    SELECT region_id, UPPER(region_name) AS u, LOWER(region_code) AS l, SUBSTRING(region_code FROM 4 FOR 2) AS city,
                           CHAR_LENGTH(region_name) AS len, TRIM(' ' || region_code || ' ') AS t, POSITION('-' IN region_code) AS p
                    FROM region WHERE region_level IN ('PROVINCE', 'CITY')"""),
            q("empty_rows", "SELECT subscriber_id, arpu FROM subscriber_month WHERE month_id = 200809 AND arpu < 0"),
            q("empty_count_star", """
                    SELECT COUNT(*) AS n, COUNT(arpu) AS c, SUM(arpu) AS s, AVG(arpu) AS a, MAX(arpu) AS mx, COUNT(DISTINCT brand) AS b
                    FROM subscriber_month WHERE brand = 'NO_SUCH_BRAND'"""),
            q("empty_group_by", "SELECT brand, COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month WHERE month_id = 190001 GROUP BY brand"),
            q("empty_group_by_grand_total", "SELECT COUNT(*) AS n, SUM(mou_total) AS mou FROM subscriber_month WHERE month_id = 190001 GROUP BY ()"),
            q("empty_join", """
                    SELECT s.subscriber_id, p.plan_name FROM subscriber_month s JOIN plan p ON p.plan_code = s.plan_code
                    WHERE p.monthly_fee > 10000"""),
            q("empty_self_reference", "SELECT region_id FROM region WHERE parent_id = region_id"),
            q("empty_order_limit", "SELECT subscriber_id FROM subscriber WHERE join_date > DATE '2100-01-01' ORDER BY subscriber_id LIMIT 5"),
            q("b4_q3_drill_down", """
                    SELECT county_id, COUNT(*) AS subs, SUM(arpu) AS revenue, AVG(arpu) AS arpu
                    FROM subscriber_month WHERE month_id = 200809 AND city_id = 105 GROUP BY county_id ORDER BY county_id"""),
            q("b4_q4_top_counties", """
                    SELECT s.county_id, r.region_name, SUM(s.arpu) AS revenue, COUNT(*) AS subs
                    FROM subscriber_month s JOIN region r ON r.region_id = s.county_id WHERE s.month_id = 200809
                    GROUP BY s.county_id, r.region_name ORDER BY revenue DESC, s.county_id LIMIT 10"""));

    private static DiffQuery q(String name, String sql) {
        return new DiffQuery(name, sql.strip());
    }
}
