package io.subcube.benchmarks.run;

import io.subcube.benchmarks.workload.Form;

/**
 * One line of the ratio table: a query in one form timed on both engines.
 *
 * @param query   the workload query's name
 * @param form    prepared or ad hoc
 * @param rows    rows of the checked (first) call's result
 * @param subcube Subcube's times
 * @param duckdb  DuckDB's times
 */
public record QueryTiming(String query, Form form, int rows, Stats subcube, Stats duckdb) {

    /** Subcube's median over DuckDB's: below 1 Subcube is faster. */
    public double ratio() {
        return duckdb.median() == 0 ? Double.POSITIVE_INFINITY : subcube.median() / duckdb.median();
    }
}
