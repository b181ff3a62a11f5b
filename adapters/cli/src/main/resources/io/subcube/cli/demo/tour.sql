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
