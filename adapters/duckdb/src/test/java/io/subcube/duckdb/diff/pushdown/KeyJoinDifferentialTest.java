package io.subcube.duckdb.diff.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.duckdb.diff.DiffQuery;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Joins of two monthly tables on month and subscriber run in the engine (the month-key join rule), and
 * aggregates with FILTER clauses pushed with them: each case runs on Subcube and DuckDB over the same rows
 * ({@link PushdownFixture}) and must agree, and the plan tests check that the join and the aggregate were
 * pushed. Cases cover rows and groups, filters on either side and across both, NULLs, empty selections,
 * every month at once, the tables either way round, one-to-many joins and statement parameters.
 */
class KeyJoinDifferentialTest extends PushdownCaseSuite {

    private static final String S_JOIN_L = " FROM subscriber_month s JOIN location_month l "
            + "ON l.subscriber_id = s.subscriber_id AND l.month_id = s.month_id ";
    /** §B4 Q10 on the fixture's data. */
    private static final String HOTSPOTS = "SELECT s.county_id, "
            + "SUM(CASE WHEN l.rural_segment = 'LEFT_BEHIND' THEN 1 ELSE 0 END) AS left_behind, "
            + "SUM(CASE WHEN l.rural_segment = 'IN_COUNTY_WORKER' THEN 1 ELSE 0 END) AS in_county_workers, "
            + "SUM(CASE WHEN l.migrant_type IS NOT NULL THEN 1 ELSE 0 END) AS migrants, "
            + "SUM(CASE WHEN l.family_flag = TRUE THEN 1 ELSE 0 END) AS family, "
            + "SUM(CASE WHEN l.school_type IS NOT NULL THEN 1 ELSE 0 END) AS students, AVG(s.arpu) AS arpu"
            + S_JOIN_L + "WHERE s.month_id = 200809 AND s.city_id = 105 AND s.status = 'ACTIVE' "
            + "GROUP BY s.county_id ORDER BY s.county_id";

    @Override
    Stream<DiffQuery> cases() {
        return Stream.of(
                q("hotspot_counties", HOTSPOTS),
                q("joined_rows_top_n", "SELECT s.subscriber_id, s.arpu, l.rural_segment, l.school_type" + S_JOIN_L
                        + "WHERE s.month_id = 200808 AND l.family_flag ORDER BY s.arpu DESC, s.subscriber_id LIMIT 20"),
                q("joined_rows_unordered", "SELECT s.subscriber_id, l.rest_grid_id, s.grid_id" + S_JOIN_L
                        + "WHERE s.month_id = 200807 AND s.value_tier = 'H' AND l.migrant_type IS NOT NULL"),
                q("every_month_grouped_by_both_sides", "SELECT s.month_id, l.rural_segment, COUNT(*) AS n, "
                        + "SUM(s.arpu) AS revenue, AVG(l.campus_call_share) AS campus" + S_JOIN_L
                        + "GROUP BY s.month_id, l.rural_segment"),
                q("filter_on_the_right_side_only", "SELECT s.brand, COUNT(*) AS n, MAX(s.tenure_months) AS t" + S_JOIN_L
                        + "WHERE l.migrant_type IS NOT NULL AND l.month_id >= 200808 GROUP BY s.brand"),
                q("disjunction_across_both_sides", "SELECT s.value_tier, COUNT(*) AS n" + S_JOIN_L
                        + "WHERE s.month_id = 200809 AND (s.churn_flag OR l.family_flag) GROUP BY s.value_tier"),
                q("negation_across_both_sides", "SELECT COUNT(*) AS n, SUM(s.arpu) AS revenue" + S_JOIN_L
                        + "WHERE NOT (s.brand = 'GOTONE' AND l.rural_segment = 'LEFT_BEHIND')"),
                q("filtered_aggregates_and_nulls", "SELECT s.city_id, COUNT(*) FILTER (WHERE l.school_type IS NULL) AS "
                        + "no_school, SUM(s.arpu) FILTER (WHERE l.family_flag) AS family_revenue, COUNT(l.migrant_type) AS "
                        + "migrants, MIN(l.rest_grid_id) AS lo, MAX(l.work_grid_id) AS hi, "
                        + "COUNT(DISTINCT l.rest_grid_id) AS grids" + S_JOIN_L + "WHERE s.month_id = 200808 GROUP BY s.city_id"),
                q("no_group_by", "SELECT COUNT(*) AS n, AVG(s.arpu) AS a, "
                        + "SUM(CASE WHEN l.rural_segment = 'OUT_COUNTY_WORKER' THEN 1 ELSE 0 END) AS out_workers"
                        + S_JOIN_L + "WHERE s.month_id = 200809 AND s.status = 'ACTIVE'"),
                q("empty_selection_grouped", "SELECT s.county_id, COUNT(*) AS n" + S_JOIN_L
                        + "WHERE s.month_id = 200809 AND s.city_id = 999 GROUP BY s.county_id"),
                q("empty_selection_ungrouped", "SELECT COUNT(*) AS n, SUM(s.arpu) AS s" + S_JOIN_L
                        + "WHERE s.month_id = 190001"),
                q("tables_the_other_way_round", "SELECT l.rural_segment, COUNT(*) AS n, SUM(s.arpu) AS revenue "
                        + "FROM location_month l JOIN subscriber_month s ON s.month_id = l.month_id "
                        + "AND s.subscriber_id = l.subscriber_id WHERE l.month_id = 200807 AND s.brand = 'MZONE' "
                        + "GROUP BY l.rural_segment"),
                q("one_subscriber_to_many_services", "SELECT u.service_code, COUNT(*) AS n, SUM(s.arpu) AS revenue, "
                        + "SUM(u.usage_cnt) AS uses FROM subscriber_month s JOIN vas_usage u "
                        + "ON u.subscriber_id = s.subscriber_id AND u.month_id = s.month_id "
                        + "WHERE s.month_id = 200809 AND s.value_tier IN ('H', 'MH') GROUP BY u.service_code"),
                q("having_over_the_join", "SELECT s.county_id, COUNT(*) AS n" + S_JOIN_L + "WHERE s.month_id = 200809 "
                        + "AND l.family_flag GROUP BY s.county_id HAVING COUNT(*) > 5"),
                q("filtered_aggregates_of_one_table", "SELECT brand, COUNT(*) FILTER (WHERE churn_flag) AS churners, "
                        + "SUM(arpu) FILTER (WHERE value_tier = 'H') AS high, "
                        + "SUM(CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END) AS active, "
                        + "AVG(arpu) FILTER (WHERE tenure_months > 24) AS loyal, COUNT(*) AS n "
                        + "FROM subscriber_month GROUP BY brand"),
                q("filtered_aggregates_selecting_nothing", "SELECT month_id, COUNT(*) FILTER (WHERE arpu < 0) AS negatives, "
                        + "SUM(arpu) FILTER (WHERE brand = 'NO_SUCH') AS nothing, COUNT(*) AS n FROM subscriber_month "
                        + "GROUP BY month_id"));
    }

    /** Q10 runs as one Subcube query: the join and the filtered aggregates are pushed, none left to Calcite. */
    @Test
    void hotspotQueryIsOneEngineQuery() throws SQLException {
        String plan = fixture.explain(HOTSPOTS);
        assertTrue(plan.contains("join=[location_month ON month_id AND subscriber_id = location_month.subscriber_id]"),
                plan);
        assertTrue(plan.contains("COUNT(*) FILTER (WHERE NOT(location_month.migrant_type IS NULL))"), plan);
        assertFalse(plan.contains("Join("), plan);
        assertFalse(plan.contains("EnumerableAggregate"), plan);
        assertFalse(plan.contains("IN (SELECT"), "the join's own keys are not also a semi-join: " + plan);
        assertFalse(fixture.subcube(HOTSPOTS).rows().isEmpty(), "city 105 has counties");
    }

    /** A join on the month alone, or on a non-key column, is not a month-key join and stays in Calcite. */
    @Test
    void joinsThatMayMultiplyRowsStayInCalcite() throws SQLException {
        String onGrid = "SELECT COUNT(*) AS n FROM subscriber_month s JOIN location_month l "
                + "ON l.rest_grid_id = s.grid_id AND l.month_id = s.month_id WHERE s.month_id = 200809 AND s.city_id = 105";
        harness.assertSameResult(onGrid);
        assertFalse(fixture.explain(onGrid).contains("join=["), fixture.explain(onGrid));
    }

    /** An aggregate FILTER with a statement parameter, and the same ad hoc with two literals (one cached plan). */
    @Test
    void filterParametersAreBoundPerRun() throws SQLException {
        String prepared = "SELECT s.county_id, SUM(CASE WHEN l.rural_segment = ? THEN 1 ELSE 0 END) AS n" + S_JOIN_L
                + "WHERE s.month_id = ? AND s.city_id = 105 GROUP BY s.county_id";
        for (String segment : List.of("LEFT_BEHIND", "IN_COUNTY_WORKER")) {
            String literal = prepared.replaceFirst("\\?", "'" + segment + "'").replace("?", "200809");
            harness.assertSamePrepared(prepared, List.of(segment, 200809), literal);
            harness.assertSameResult(literal);
        }
        String leftBehind = prepared.replaceFirst("\\?", "'LEFT_BEHIND'").replace("?", "200809");
        String workers = prepared.replaceFirst("\\?", "'IN_COUNTY_WORKER'").replace("?", "200809");
        assertNotEquals(fixture.subcube(leftBehind).rows(), fixture.subcube(workers).rows());
    }

    /** Filtered aggregates over one table are pushed as the engine's own FILTERs. */
    @Test
    void filteredAggregatesOfOneTableArePushed() throws SQLException {
        String sql = "SELECT brand, COUNT(*) FILTER (WHERE churn_flag) AS c, "
                + "SUM(CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END) AS a FROM subscriber_month GROUP BY brand";
        String plan = fixture.explain(sql);
        assertTrue(plan.contains("COUNT(*) FILTER (WHERE churn_flag"), plan);
        assertFalse(plan.contains("EnumerableAggregate"), plan);
    }
}
