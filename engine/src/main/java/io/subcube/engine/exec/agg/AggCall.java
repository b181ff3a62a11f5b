package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One aggregate of a pushed-down GROUP BY: its function, the table column it reads ({@code -1} for
 * {@code COUNT(*)}), whether it counts distinct values, and the SQL type of its result, which the planner
 * decides (SUM keeps its argument's type, AVG of an exact number is DOUBLE), and the rows it takes: those
 * of its group passing its own {@code FILTER (WHERE ...)} as well.
 *
 * @param kind     the function
 * @param column   table column position, or −1 for {@code COUNT(*)}
 * @param distinct {@code COUNT(DISTINCT column)}
 * @param result   the result's type; only its kind and scale matter here
 * @param filter   the aggregate's {@code FILTER} over table columns; {@link Filter#TRUE} for none
 */
public record AggCall(Kind kind, int column, boolean distinct, ColumnType result, Filter filter) {

    /** The aggregate functions the engine evaluates. */
    public enum Kind {
        /** Rows ({@code COUNT(*)}) or non-NULL values. */
        COUNT,
        /** Sum of non-NULL values; NULL when there are none. */
        SUM,
        /** Sum of non-NULL values; 0 when there are none (Calcite's {@code $SUM0}). */
        SUM0,
        MIN,
        MAX,
        /** Mean of the non-NULL values, as DOUBLE. */
        AVG
    }

    public AggCall {
        if (column < 0 && kind != Kind.COUNT) {
            throw new IllegalArgumentException(kind + " needs a column");
        }
        if (distinct && kind != Kind.COUNT) {
            throw new IllegalArgumentException("only COUNT takes DISTINCT here, not " + kind);
        }
    }

    /** An aggregate over all the rows of its group. */
    public AggCall(Kind kind, int column, boolean distinct, ColumnType result) {
        this(kind, column, distinct, result, Filter.TRUE);
    }

    public boolean isFiltered() {
        return !Filter.TRUE.equals(filter);
    }

    /** The same aggregate over other column positions (see {@link Filter#remapColumns}). */
    public AggCall remapColumns(IntUnaryOperator to) {
        return new AggCall(kind, column < 0 ? column : to.applyAsInt(column), distinct, result,
                filter.remapColumns(to));
    }

    /** The same aggregate with its FILTER replaced (bound parameters). */
    public AggCall withFilter(Filter newFilter) {
        return new AggCall(kind, column, distinct, result, newFilter);
    }

    /** Readable form with the table's column names, as EXPLAIN prints it. */
    public String describe(List<ColumnDef> columns) {
        String arg = column < 0 ? "*" : (distinct ? "DISTINCT " : "") + columns.get(column).name();
        return kind.name() + "(" + arg + ")" + (isFiltered() ? " FILTER (WHERE " + filter.describe(columns) + ")" : "");
    }
}
