package io.subcube.engine.exec.kpi;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import java.math.BigDecimal;
import java.util.List;

/** One row of KPI_REGION_SPLIT: one child region's part of its parent's gap (DOMAIN.md §B5.4 step 2). */
public record SplitRow(int depth, int parentRegionId, int regionId, String regionName, String regionLevel,
                       BigDecimal actual, BigDecimal reference, BigDecimal num, BigDecimal den, Double gap,
                       BigDecimal parentReference, Double parentGap, Double contribution, Double gapShare,
                       Boolean breached, Integer ruleId) {

    private static final ColumnType MEASURE = ColumnType.decimal(18, 4);

    /** Measures at the declared DECIMAL(18,4). */
    public SplitRow {
        actual = DrillStep.scale4(actual);
        reference = DrillStep.scale4(reference);
        num = DrillStep.scale4(num);
        den = DrillStep.scale4(den);
        parentReference = DrillStep.scale4(parentReference);
    }

    /** The columns, in the order of {@link #values()}. */
    public static final List<ColumnDef> COLUMNS = List.of(
            col("depth", ColumnType.INTEGER, false, "1 = children of the region asked for, 2 = their children, ..."),
            col("parent_region_id", ColumnType.INTEGER, false, "the region whose gap this row splits"),
            col("region_id", ColumnType.INTEGER, false, "the child region"),
            col("region_name", ColumnType.VARCHAR, false, "region.region_name"),
            col("region_level", ColumnType.VARCHAR, false, "CITY, COUNTY or GRID"),
            col("actual", MEASURE, true, "kpi_month.actual of the child"),
            col("reference", MEASURE, true, "the child's own reference"),
            col("num", MEASURE, true, "numerator (RATIO KPIs)"),
            col("den", MEASURE, true, "denominator (RATIO KPIs)"),
            col("gap", ColumnType.DOUBLE, true, "actual - reference of the child"),
            col("parent_reference", MEASURE, true, "the parent's reference (t of a RATIO split)"),
            col("parent_gap", ColumnType.DOUBLE, true, "the parent's gap that the group's contributions add up to"),
            col("contribution", ColumnType.DOUBLE, true, "the child's part of parent_gap; NULL for rollup NONE"),
            col("gap_share", ColumnType.DOUBLE, true, "contribution / parent_gap"),
            col("breached", ColumnType.BOOLEAN, true, "the child breaches the rule too (or contributes adversely)"),
            col("rule_id", ColumnType.INTEGER, true, "the alert rule that decided breached; NULL if none watches"));

    private static ColumnDef col(String name, ColumnType type, boolean nullable, String doc) {
        return new ColumnDef(name, type, nullable, ColumnDef.Source.DERIVED, doc);
    }

    /** The row as SQL values, in {@link #COLUMNS} order. */
    public Object[] values() {
        return new Object[] {depth, parentRegionId, regionId, regionName, regionLevel, actual, reference, num, den,
            gap, parentReference, parentGap, contribution, gapShare, breached, ruleId};
    }
}
