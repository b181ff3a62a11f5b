package io.subcube.duckdb.diff.pushdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.duckdb.diff.DiffQuery;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * GROUP BY expressions of one column, pushed into the engine and computed once per distinct value: each case
 * runs on Subcube and DuckDB over the same rows ({@link PushdownFixture}) and must agree; the plan tests
 * check what was pushed and what was not. Cases cover VARCHAR, INTEGER, DECIMAL and BOOLEAN results, NULL
 * inputs and NULL results, high-cardinality inputs, expressions beside plain group columns, HAVING, top-N and
 * a join.
 */
class GroupExpressionDifferentialTest extends PushdownCaseSuite {

    private static final String BANDS = "CASE WHEN arpu >= 100 THEN 'high' WHEN arpu >= 40 THEN 'mid' ELSE 'low' END";

    @Override
    Stream<DiffQuery> cases() {
        return Stream.of(
                q("prefix_of_a_dictionary_column", "SELECT SUBSTRING(plan_code, 1, 2) AS family, COUNT(*) AS n, "
                        + "SUM(arpu) AS s FROM subscriber_month WHERE month_id = 200809 GROUP BY SUBSTRING(plan_code, 1, 2)"),
                q("integer_division", "SELECT grid_id / 100 AS county, COUNT(*) AS n, AVG(arpu) AS a FROM subscriber_month "
                        + "WHERE city_id = 105 GROUP BY grid_id / 100"),
                q("bands_of_a_decimal_measure", "SELECT " + BANDS + " AS band, COUNT(*) AS n, MIN(arpu) AS lo, "
                        + "MAX(arpu) AS hi FROM subscriber_month GROUP BY " + BANDS),
                q("boolean_result", "SELECT tenure_months > 24 AS loyal, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200808 GROUP BY tenure_months > 24"),
                q("null_input_made_a_value", "SELECT COALESCE(migrant_type, 'NONE') AS m, COUNT(*) AS n "
                        + "FROM location_month GROUP BY COALESCE(migrant_type, 'NONE')"),
                q("values_mapped_to_null", "SELECT NULLIF(brand, 'GOTONE') AS b, COUNT(*) AS n FROM subscriber_month "
                        + "GROUP BY NULLIF(brand, 'GOTONE')"),
                q("expression_beside_plain_columns", "SELECT month_id, UPPER(SUBSTRING(value_tier, 1, 1)) AS t, churn_flag, "
                        + "COUNT(*) AS n, SUM(arpu) AS s FROM subscriber_month "
                        + "GROUP BY month_id, UPPER(SUBSTRING(value_tier, 1, 1)), churn_flag"),
                q("two_expressions", "SELECT MOD(tenure_months, 12) AS m, CHAR_LENGTH(plan_code) AS l, COUNT(*) AS n "
                        + "FROM subscriber_month WHERE month_id = 200807 GROUP BY MOD(tenure_months, 12), CHAR_LENGTH(plan_code)"),
                q("having_on_an_expression_group", "SELECT grid_id / 10 AS g, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE month_id = 200809 GROUP BY grid_id / 10 HAVING COUNT(*) > 20"),
                q("top_n_of_expression_groups", "SELECT " + BANDS + " AS band, SUM(arpu) AS revenue FROM subscriber_month "
                        + "WHERE month_id = 200809 GROUP BY " + BANDS + " ORDER BY revenue DESC LIMIT 2"),
                q("over_a_month_key_join", "SELECT SUBSTRING(l.rural_segment, 1, 3) AS seg, COUNT(*) AS n, "
                        + "SUM(s.arpu) AS revenue FROM subscriber_month s JOIN location_month l "
                        + "ON l.subscriber_id = s.subscriber_id AND l.month_id = s.month_id WHERE s.month_id = 200809 "
                        + "GROUP BY SUBSTRING(l.rural_segment, 1, 3)"),
                q("empty_selection", "SELECT SUBSTRING(plan_code, 1, 2) AS family, COUNT(*) AS n FROM subscriber_month "
                        + "WHERE city_id = 999 GROUP BY SUBSTRING(plan_code, 1, 2)"));
    }

    @Test
    void expressionGroupsArePushed() throws SQLException {
        String plan = fixture.explain("SELECT SUBSTRING(plan_code, 1, 2) AS family, COUNT(*) AS n FROM subscriber_month "
                + "GROUP BY SUBSTRING(plan_code, 1, 2)");
        assertTrue(plan.contains("group=[SUBSTRING(plan_code, 1, 2)]"), plan);
        assertFalse(plan.contains("EnumerableAggregate"), plan);
        String bands = fixture.explain("SELECT " + BANDS + " AS band, COUNT(*) AS n FROM subscriber_month GROUP BY " + BANDS);
        assertTrue(bands.contains("group=[CASE(>=(arpu"), bands);
        assertFalse(bands.contains("EnumerableAggregate"), bands);
    }

    /** An expression of two columns is not one column's: Calcite groups it. */
    @Test
    void expressionsOfTwoColumnsStayInCalcite() throws SQLException {
        String sql = "SELECT city_id * 1000 + tenure_months AS k, COUNT(*) AS n FROM subscriber_month "
                + "WHERE month_id = 200809 GROUP BY city_id * 1000 + tenure_months";
        harness.assertSameResult(sql);
        assertTrue(fixture.explain(sql).contains("EnumerableAggregate"), fixture.explain(sql));
    }

    /** An expression that fails on a value fails the statement with the expression's own error, as in Calcite. */
    @Test
    void aFailingExpressionFailsTheStatementClearly() {
        SQLException e = assertThrows(SQLException.class, () -> fixture.subcube("SELECT grid_id / 0 AS g, COUNT(*) AS n "
                + "FROM subscriber_month WHERE month_id = 200809 GROUP BY grid_id / 0"));
        assertTrue(e.getMessage().contains("/ by zero"), e.getMessage());
    }
}
