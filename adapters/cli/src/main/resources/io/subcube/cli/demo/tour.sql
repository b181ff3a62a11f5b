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
