package io.subcube.duckdb.diff.pushdown;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType.Kind;
import io.subcube.engine.storage.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table the random queries run on: its shape (key, grouping columns, measures) and, for every column the
 * store holds (derived ones included), the values the data holds.
 *
 * @param name     table name
 * @param key      columns that identify a row, the tie-breakers of every ORDER BY
 * @param groupBy  low-cardinality columns to group by (nullable ones give a NULL group)
 * @param distinct the column of COUNT(DISTINCT …)
 * @param measure  the column every aggregate query sums
 * @param score    the column every aggregate query averages
 * @param computed expressions the engine cannot push (functions of several columns), each compared with the
 *                 values of a column that holds the same values
 * @param weight   how often trees are drawn over this table, relative to the others
 * @param columns  every column's values
 * @param rows     the table's row count
 */
record SampledTable(String name, List<String> key, List<String> groupBy, String distinct, String measure,
        String score, List<Computed> computed, int weight, List<ColumnValues> columns, long rows) {

    /** An expression with the values of column {@code valuesOf}, e.g. CVS(…) and value_score. */
    record Computed(String expression, String valuesOf) {
    }

    /** The tables and their shapes; subscriber_month, the fact, gets half the trees. */
    static List<SampledTable> read(Store store, Connection c) throws SQLException {
        return List.of(
                read(store, c, "subscriber_month", List.of("month_id", "subscriber_id"),
                        List.of("month_id", "brand", "status", "value_tier", "stick_tier", "churn_flag", "city_id",
                                "esc_stage", "mkt_priority", "data_capable"),
                        "subscriber_id", "arpu", "value_score",
                        List.of(new Computed("CVS(arpu, return_rate, arpu_avg3, return_rate_avg3, tenure_months, "
                                + "influence_score)", "value_score")), 50),
                read(store, c, "location_month", List.of("month_id", "subscriber_id"),
                        List.of("month_id", "roam_scope", "migrant_type", "family_flag", "school_type", "mms_segment",
                                "rural_segment"),
                        "subscriber_id", "rural_contact_share", "campus_call_share", List.of(), 16),
                read(store, c, "vas_usage", List.of("month_id", "subscriber_id", "service_code"),
                        List.of("month_id", "service_code", "user_class", "subscribed", "first_use_month"),
                        "subscriber_id", "revenue", "usage_cnt", List.of(), 12),
                read(store, c, "kpi_month", List.of("month_id", "region_id", "kpi_code"),
                        List.of("month_id", "region_level", "kpi_code"), "region_id", "actual", "attainment",
                        List.of(), 12),
                read(store, c, "subscriber", List.of("subscriber_id"),
                        List.of("brand", "gender", "cust_group", "group_member", "join_channel"), "birth_year",
                        "birth_year", "birth_year", List.of(), 10));
    }

    private static SampledTable read(Store store, Connection c, String name, List<String> key, List<String> groupBy,
            String distinct, String measure, String score, List<Computed> computed, int weight) throws SQLException {
        List<ColumnValues> columns = new ArrayList<>();
        for (ColumnDef def : store.table(name).columns()) {
            columns.add(ColumnValues.read(c, name, def));
        }
        return new SampledTable(name, key, groupBy, distinct, measure, score, computed, weight, columns,
                store.table(name).rows());
    }

    ColumnValues column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    /** Columns holding at least one non-NULL value, of the given kinds. */
    List<ColumnValues> columns(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return columns.stream().filter(c -> !c.distinct().isEmpty() && wanted.contains(c.type().kind())).toList();
    }

    static boolean isNumeric(Kind k) {
        return k == Kind.INTEGER || k == Kind.BIGINT || k == Kind.DECIMAL || k == Kind.DOUBLE;
    }

    /**
     * Columns to sort rows by: all but DOUBLE columns holding a zero, which may be -0.0 (kpi_month.attainment is
     * for a zero actual over a negative target); Subcube orders -0.0 before 0.0 where SQL has them equal (a known
     * engine bug, see PushdownEdgeCasesDifferentialTest).
     */
    List<ColumnValues> orderable() {
        // DuckDB's DISTINCT keeps one of -0.0 and 0.0, so compare numerically
        return columns.stream().filter(c -> c.type().kind() != Kind.DOUBLE
                || c.distinct().stream().noneMatch(v -> (Double) v == 0.0)).toList();
    }

    /**
     * Columns SUM and AVG may add up without leaving the result type: an INTEGER column's SUM is INTEGER in
     * Subcube today and wraps around past 2^31, and AVG divides that sum (a known engine bug, see
     * PushdownEdgeCasesDifferentialTest), so INTEGER columns qualify only when the whole table's sum fits.
     */
    List<ColumnValues> summable() {
        return columns(Kind.INTEGER, Kind.BIGINT, Kind.DECIMAL, Kind.DOUBLE).stream()
                .filter(c -> c.type().kind() != Kind.INTEGER
                        || Math.max(Math.abs((Long) c.min()), Math.abs((Long) c.max())) * rows <= Integer.MAX_VALUE)
                .toList();
    }
}
