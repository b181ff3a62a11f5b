-- The tour of `subcube demo`, in order. Each section starts with a line "-- @section <title>" and holds one or
-- more ';'-terminated statements whose results are printed under the title. Literals are the DOMAIN.md §B4
-- defaults: month 200809, city 105 Suzhou, county 10503. Add sections anywhere; nothing else needs to change.

-- @section Tables: rows, partitions and memory per row
SELECT table_name, row_count, partitions,
       ROUND(CAST(bytes AS DOUBLE) / 1048576, 2) AS mib,
       ROUND(CAST(bytes AS DOUBLE) / NULLIF(row_count, 0), 1) AS bytes_per_row
FROM sys.tables
ORDER BY bytes DESC, table_name;

-- @section KPI drill-down 1/3: the province by city, September 2008
SELECT s.city_id, r.region_name AS city, COUNT(*) AS subscribers, SUM(s.arpu) AS revenue,
       ROUND(AVG(s.arpu), 2) AS arpu
FROM subscriber_month s JOIN region r ON r.region_id = s.city_id
WHERE s.month_id = 200809
GROUP BY s.city_id, r.region_name
ORDER BY s.city_id;

-- @section KPI drill-down 2/3: the counties of city 105 (Suzhou)
SELECT s.county_id, r.region_name AS county, COUNT(*) AS subscribers, SUM(s.arpu) AS revenue,
       ROUND(AVG(s.arpu), 2) AS arpu
FROM subscriber_month s JOIN region r ON r.region_id = s.county_id
WHERE s.month_id = 200809 AND s.city_id = 105
GROUP BY s.county_id, r.region_name
ORDER BY s.county_id;

-- @section KPI drill-down 3/3: the grids of county 10503
SELECT s.grid_id, r.region_name AS grid, r.market_type, COUNT(*) AS subscribers, SUM(s.arpu) AS revenue,
       ROUND(AVG(s.arpu), 2) AS arpu
FROM subscriber_month s JOIN region r ON r.region_id = s.grid_id
WHERE s.month_id = 200809 AND s.county_id = 10503
GROUP BY s.grid_id, r.region_name, r.market_type
ORDER BY s.grid_id;

-- @section Top 10 counties of the province by revenue, September 2008 (Q4)
SELECT s.county_id, r.region_name, SUM(s.arpu) AS revenue, COUNT(*) AS subs
FROM subscriber_month s JOIN region r ON r.region_id = s.county_id
WHERE s.month_id = 200809
GROUP BY s.county_id, r.region_name
ORDER BY revenue DESC, s.county_id
LIMIT 10;

-- @section Month over month: revenue and subscribers with the change from the previous month
SELECT month_id, revenue,
       revenue - LAG(revenue) OVER (ORDER BY month_id) AS revenue_change,
       ROUND(100 * CAST(revenue - LAG(revenue) OVER (ORDER BY month_id) AS DOUBLE)
             / CAST(LAG(revenue) OVER (ORDER BY month_id) AS DOUBLE), 2) AS revenue_change_pct,
       subscribers,
       subscribers - LAG(subscribers) OVER (ORDER BY month_id) AS subscriber_change
FROM (SELECT month_id, SUM(arpu) AS revenue, COUNT(*) AS subscribers
      FROM subscriber_month
      GROUP BY month_id) m
ORDER BY month_id;

-- @section Marketing matrix of Suzhou, September 2008: all 24 cells (value x stickiness x anomaly) by need (Q2)
WITH cells AS (
  SELECT t.value_tier, k.stick_tier, a.churn_flag, MATRIX_CELL(t.value_tier, k.stick_tier, a.churn_flag) AS cell
  FROM (VALUES ('H'), ('MH'), ('M'), ('L')) AS t(value_tier)
  CROSS JOIN (VALUES ('HIGH'), ('MID'), ('NONE')) AS k(stick_tier)
  CROSS JOIN (VALUES (TRUE), (FALSE)) AS a(churn_flag)),
counts AS (
  SELECT value_tier, stick_tier, churn_flag, COUNT(*) AS subs, SUM(arpu) AS revenue,
         SUM(CASE WHEN need = 'MINTERNET' THEN 1 ELSE 0 END) AS need_minternet,
         SUM(CASE WHEN need = 'MNEWS' THEN 1 ELSE 0 END) AS need_mnews,
         SUM(CASE WHEN need = 'CRBT' THEN 1 ELSE 0 END) AS need_crbt,
         SUM(CASE WHEN need = 'TRAFFIC' THEN 1 ELSE 0 END) AS need_traffic,
         SUM(CASE WHEN need = 'NONE' THEN 1 ELSE 0 END) AS need_none
  FROM subscriber_month
  WHERE month_id = 200809 AND city_id = 105 AND status = 'ACTIVE'
  GROUP BY value_tier, stick_tier, churn_flag)
SELECT c.cell, c.value_tier, c.stick_tier, CASE WHEN c.churn_flag THEN 'anomaly' ELSE 'stable' END AS anomaly,
       COALESCE(n.subs, 0) AS subs,
       ROUND(100 * CAST(COALESCE(n.subs, 0) AS DOUBLE) / SUM(COALESCE(n.subs, 0)) OVER (), 2) AS share_pct,
       COALESCE(n.revenue, 0) AS revenue, COALESCE(n.need_minternet, 0) AS need_minternet,
       COALESCE(n.need_mnews, 0) AS need_mnews, COALESCE(n.need_crbt, 0) AS need_crbt,
       COALESCE(n.need_traffic, 0) AS need_traffic, COALESCE(n.need_none, 0) AS need_none
FROM cells c LEFT JOIN counts n
  ON n.value_tier = c.value_tier AND n.stick_tier = c.stick_tier AND n.churn_flag = c.churn_flag
ORDER BY c.cell;

-- @section Marketing priority and program order, Suzhou, September 2008
SELECT mkt_priority, program_order, COUNT(*) AS subs, SUM(arpu) AS revenue,
       ROUND(AVG(value_score), 2) AS avg_value
FROM subscriber_month
WHERE month_id = 200809 AND city_id = 105 AND status = 'ACTIVE'
GROUP BY mkt_priority, program_order
ORDER BY mkt_priority, program_order;

-- @section Retention target list, policy group 6 (prepay offer), top 10 by value (Q11)
SELECT s.subscriber_id, s.grid_id, s.arpu, s.tenure_months, s.value_score, p.flagship_policy
FROM subscriber_month s JOIN policy_catalog p ON p.policy_group = s.policy_group
WHERE s.month_id = 200809 AND s.city_id = 105 AND s.status = 'ACTIVE' AND s.policy_group = 6
  AND s.program_order LIKE 'RETAIN%'
ORDER BY s.value_score DESC, s.subscriber_id
LIMIT 10;

-- @section VAS health scorecard of the province, September 2008: scale (60) + health (40) per service (Q6)
SELECT service_code, ROUND(SUM(CASE WHEN dimension = 'SCALE' THEN score END), 2) AS scale_score,
       ROUND(SUM(CASE WHEN dimension = 'HEALTH' THEN score END), 2) AS health_score, ROUND(SUM(score), 2) AS total
FROM service_indicator WHERE month_id = 200809 AND region_id = 1 GROUP BY service_code ORDER BY total DESC;

-- @section MMS, September 2008: the ten-element scorecard and its weak points (Q6b)
SELECT c.indicator_code, c.dimension, c.full_marks, ROUND(c.ind_value, 4) AS ind_value,
       ROUND(c.best_value, 4) AS best_city_value, ROUND(c.score, 2) AS score,
       ROUND(p1.score, 2) AS aug_score, ROUND(p2.score, 2) AS jul_score,
       CASE WHEN VAS_WEAK(c.score, c.full_marks, p1.score, p2.score) THEN 'WEAK' ELSE '' END AS weak
FROM service_indicator c
LEFT JOIN service_indicator p1 ON p1.region_id = c.region_id AND p1.service_code = c.service_code
  AND p1.indicator_code = c.indicator_code AND p1.month_id = MONTH_ADD(c.month_id, -1)
LEFT JOIN service_indicator p2 ON p2.region_id = c.region_id AND p2.service_code = c.service_code
  AND p2.indicator_code = c.indicator_code AND p2.month_id = MONTH_ADD(c.month_id, -2)
WHERE c.month_id = 200809 AND c.region_id = 1 AND c.service_code = 'MMS' ORDER BY c.dimension DESC, c.score;

-- @section Hotspot markets of Yancheng by county, September 2008: rural, migrant, family and school customers (Q10)
SELECT s.county_id, r.region_name AS county,
  SUM(CASE WHEN l.rural_segment = 'LEFT_BEHIND' THEN 1 ELSE 0 END) AS left_behind,
  SUM(CASE WHEN l.rural_segment = 'IN_COUNTY_WORKER' THEN 1 ELSE 0 END) AS in_county_workers,
  SUM(CASE WHEN l.rural_segment = 'OUT_COUNTY_WORKER' THEN 1 ELSE 0 END) AS out_county_workers,
  SUM(CASE WHEN l.migrant_type IS NOT NULL THEN 1 ELSE 0 END) AS migrants,
  SUM(CASE WHEN l.family_flag = TRUE THEN 1 ELSE 0 END) AS family,
  SUM(CASE WHEN l.school_type IS NOT NULL THEN 1 ELSE 0 END) AS students,
  SUM(CASE WHEN l.mms_segment IS NOT NULL THEN 1 ELSE 0 END) AS mms_segments,
  ROUND(AVG(s.arpu), 2) AS arpu
FROM subscriber_month s JOIN location_month l ON l.subscriber_id = s.subscriber_id AND l.month_id = s.month_id
JOIN region r ON r.region_id = s.county_id
WHERE s.month_id = 200809 AND s.city_id = 109 AND s.status = 'ACTIVE' GROUP BY s.county_id, r.region_name
ORDER BY s.county_id;

-- @section This month's alerts (December 2008): what the enabled rules raised, their status and message (Q9c, §B5.1)
SELECT a.rule_id, a.kpi_code, r.region_name AS region, a.actual, a.threshold, a.status, a.due_date, a.message
FROM alert a JOIN region r ON r.region_id = a.region_id
WHERE a.month_id = 200812
ORDER BY a.rule_id, a.actual, a.region_id
LIMIT 10;

-- @section Drill: the county furthest below its two-party new-add share target, down to its grids against the 70% line (KPI_REGION_SPLIT, §B5.4)
WITH worst AS (
  SELECT region_id FROM kpi_month
  WHERE kpi_code = 'NEW_SHARE_2P' AND region_level = 'COUNTY' AND month_id = 200812 AND attainment IS NOT NULL
  ORDER BY attainment, region_id LIMIT 1)
SELECT s.parent_region_id AS county_id, s.region_id AS grid_id, s.region_name AS grid, s.actual, s.num AS new_adds,
       s.den AS market_new_adds, ROUND(s.contribution, 4) AS contribution, ROUND(s.gap_share, 3) AS gap_share,
       CASE WHEN s.breached THEN 'BREACH' ELSE '' END AS alert
FROM worst w, LATERAL TABLE(KPI_REGION_SPLIT('NEW_SHARE_2P', w.region_id, 200812, 'THRESHOLD', 0.70)) s;

-- @section Drill: the city furthest below its CRBT revenue target, down its KPI tree to the root causes (KPI_DRILL, §B5.4)
WITH worst AS (
  SELECT region_id FROM kpi_month
  WHERE kpi_code = 'CRBT_REV' AND region_level = 'CITY' AND month_id = 200812
  ORDER BY attainment, region_id LIMIT 1)
SELECT d.path_id, d.depth, d.kpi_code, d.formula_kind, d.actual, d.reference, d.gap,
       ROUND(d.gap_share, 3) AS gap_share, ROUND(d.severity, 3) AS severity, d.root_cause, d.cause_class,
       ROUND(d.controllable_share, 3) AS controllable_share
FROM worst w, LATERAL TABLE(KPI_DRILL('CRBT_REV', w.region_id, 200812)) d
ORDER BY d.path_id, d.depth;
