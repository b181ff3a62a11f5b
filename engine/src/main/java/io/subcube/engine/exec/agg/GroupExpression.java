package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnType;

/**
 * A deterministic expression of one group column's value that a GROUP BY groups on ({@code GROUP BY
 * SUBSTRING(plan_code, 1, 2)}, {@code GROUP BY grid_id / 100}): the engine computes it once per distinct
 * value a task meets, never per row, and groups rows by its result. The planner supplies it; the engine only
 * calls it. Implementations have value equality, since plans holding them are compared.
 */
public interface GroupExpression {

    /** The expression's value for a column value; both in the SQL layer's Java forms, {@code null} for NULL. */
    Object apply(Object value);

    /** The type of the results. */
    ColumnType type();

    /** The expression applied to {@code column}, as EXPLAIN prints it. */
    String describe(String column);
}
