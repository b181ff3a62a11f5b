package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import java.util.List;

/**
 * One aggregate of a pushed-down GROUP BY: its function, the table column it reads ({@code -1} for
 * {@code COUNT(*)}), whether it counts distinct values, and the SQL type of its result, which the planner
 * decides (SUM keeps its argument's type, AVG of an exact number is DOUBLE).
 *
 * @param kind     the function
 * @param column   table column position, or −1 for {@code COUNT(*)}
 * @param distinct {@code COUNT(DISTINCT column)}
 * @param result   the result's type; only its kind and scale matter here
 */
public record AggCall(Kind kind, int column, boolean distinct, ColumnType result) {

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

    /** {@code COUNT(*)}. */
    public static AggCall countRows() {
        return new AggCall(Kind.COUNT, -1, false, ColumnType.BIGINT);
    }

    /** Readable form with the table's column names, as EXPLAIN prints it. */
    public String describe(List<ColumnDef> columns) {
        String arg = column < 0 ? "*" : (distinct ? "DISTINCT " : "") + columns.get(column).name();
        return kind.name() + "(" + arg + ")";
    }
}
