package io.subcube.duckdb.diff;

/**
 * One query of the differential suite.
 *
 * @param name short stable name, used as the test's display name and in reports
 * @param sql  standard SQL valid in Calcite and DuckDB, deterministic (every ORDER BY + LIMIT tie-broken)
 */
public record DiffQuery(String name, String sql) {

    @Override
    public String toString() {
        return name;
    }
}
