package io.subcube.engine.exec.kpi;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One row of KPI_DRILL: one step of one path root → leaf of the KPI tree (DOMAIN.md §B5.4 step 1). The last three
 * values summarise the whole drill and repeat on every row, so one SELECT gives both.
 */
public record DrillStep(int pathId, int depth, String kpiCode, String parentCode, String formulaKind,
                        BigDecimal actual, BigDecimal reference, Double gap, Double contrib, Double severity,
                        Double rootContrib, Double gapShare, String rootCause, String causeClass, boolean pathEnd,
                        Double controllableShare, Double uncertainShare, Double explainedShare) {

    private static final ColumnType MEASURE = ColumnType.decimal(18, 4);

    /** Measures at the declared DECIMAL(18,4) (a THRESHOLD reference may come with more or fewer places). */
    public DrillStep {
        actual = scale4(actual);
        reference = scale4(reference);
    }

    /** The columns, in the order of {@link #values()}. */
    public static final List<ColumnDef> COLUMNS = List.of(
            col("path_id", ColumnType.INTEGER, false, "path number, 1 = the one most adverse at each step"),
            col("depth", ColumnType.INTEGER, false, "0 = the KPI drilled, 1 = its child on this path, ..."),
            col("kpi_code", ColumnType.VARCHAR, false, "KPI of this step"),
            col("parent_code", ColumnType.VARCHAR, true, "KPI of the previous step; NULL at depth 0"),
            col("formula_kind", ColumnType.VARCHAR, false, "how this KPI relates to its children"),
            col("actual", MEASURE, true, "kpi_month.actual"),
            col("reference", MEASURE, true, "what actual is compared with"),
            col("gap", ColumnType.DOUBLE, true, "actual - reference"),
            col("contrib", ColumnType.DOUBLE, true, "KPI_CONTRIB to the previous step's gap (SUM, PRODUCT parents)"),
            col("severity", ColumnType.DOUBLE, true, "weight * max(0, shortfall) (DRIVERS parents)"),
            col("root_contrib", ColumnType.DOUBLE, true, "share of the depth-0 gap carried by this step"),
            col("gap_share", ColumnType.DOUBLE, true, "root_contrib / depth-0 gap"),
            col("root_cause", ColumnType.VARCHAR, true, "kpi_tree.root_cause of this step"),
            col("cause_class", ColumnType.VARCHAR, true, "CONTROLLABLE or UNCERTAIN (of root_cause)"),
            col("path_end", ColumnType.BOOLEAN, false, "last step of its path"),
            col("controllable_share", ColumnType.DOUBLE, true, "controllable part of the explained gap"),
            col("uncertain_share", ColumnType.DOUBLE, true, "uncertain part of the explained gap"),
            col("explained_share", ColumnType.DOUBLE, true, "part of the gap the path ends explain"));

    private static ColumnDef col(String name, ColumnType type, boolean nullable, String doc) {
        return new ColumnDef(name, type, nullable, ColumnDef.Source.DERIVED, doc);
    }

    /** The row as SQL values, in {@link #COLUMNS} order. */
    public Object[] values() {
        return new Object[] {pathId, depth, kpiCode, parentCode, formulaKind, actual, reference, gap,
            contrib, severity, rootContrib, gapShare, rootCause, causeClass, pathEnd, controllableShare,
            uncertainShare, explainedShare};
    }

    /** {@code v} at 4 places, rounded half up; NULL stays NULL. */
    static BigDecimal scale4(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP);
    }
}
