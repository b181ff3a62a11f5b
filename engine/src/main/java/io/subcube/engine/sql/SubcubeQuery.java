package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.QuerySpec;
import io.subcube.engine.exec.agg.AggregateSpec;
import io.subcube.engine.exec.join.KeyJoin;
import io.subcube.engine.exec.order.SortKey;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMdUtil;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mappings;

/**
 * One query over a Subcube table, executed by Subcube's own engine: the scan plus everything rules in
 * {@link SubcubeRules} pushed into it, described by a {@link QuerySpec}. EXPLAIN prints what was pushed.
 * Like Calcite's Druid adapter, it starts as a bare scan and grows one rule at a time. It is not a
 * {@code TableScan}: its row type is the pushed projection, so Calcite's table-scan metadata (keys,
 * collations by table column position) would not apply to it.
 */
public final class SubcubeQuery extends AbstractRelNode implements EnumerableRel {

    private final RelOptTable table;
    private final SubcubeTable subcubeTable;
    private final QuerySpec spec;
    /** The pushed filter as Calcite sees it, in table-column terms: for row-count estimates only. */
    private final RexNode pushedCondition;
    /** The row type of a pushed aggregate's output; null while the query produces table columns. */
    private final RelDataType aggregateRowType;
    /** The table joined to this one by the spec's {@link KeyJoin}, or null. */
    private final RelOptTable rightTable;

    SubcubeQuery(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table, SubcubeTable subcubeTable,
                 QuerySpec spec, RexNode pushedCondition) {
        this(cluster, traitSet, table, subcubeTable, spec, pushedCondition, null, null);
    }

    private SubcubeQuery(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table,
                         SubcubeTable subcubeTable, QuerySpec spec, RexNode pushedCondition,
                         RelDataType aggregateRowType, RelOptTable rightTable) {
        super(cluster, traitSet);
        this.table = table;
        this.subcubeTable = subcubeTable;
        this.spec = spec;
        this.pushedCondition = pushedCondition;
        this.aggregateRowType = aggregateRowType;
        this.rightTable = rightTable;
    }

    /** This query with another spec, traits, estimate condition or aggregate row type; same tables. */
    private SubcubeQuery with(RelTraitSet traits, QuerySpec newSpec, RexNode condition, RelDataType aggRowType) {
        return new SubcubeQuery(getCluster(), traits, table, subcubeTable, newSpec, condition, aggRowType, rightTable);
    }

    /**
     * The inner join of two plain queries on their months and the given key columns ({@link MonthKeyJoinRule}),
     * run by the engine: filter {@code leftFilter} over the left table and {@code rightFilter} over the right
     * (its columns shifted past the left's) both apply, and the output is the left query's columns then the
     * right's, as the join's.
     */
    static SubcubeQuery join(SubcubeQuery left, Filter leftFilter, SubcubeQuery right, Filter rightFilter,
                             int leftKey, int rightKey) {
        int shift = left.subcubeTable.table().columns().size();
        int[] columns = new int[left.spec.columnCount() + right.spec.columnCount()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = i < left.spec.columnCount() ? left.spec.column(i)
                    : right.spec.column(i - left.spec.columnCount()) + shift;
        }
        QuerySpec spec = new QuerySpec(left.spec.table(), columns,
                Filter.and(List.of(leftFilter, rightFilter.remapColumns(c -> c + shift))))
                .withJoin(new KeyJoin(right.storedTable(), leftKey, rightKey));
        List<RexNode> conditions = new ArrayList<>();
        if (left.pushedCondition != null) {
            conditions.add(left.pushedCondition);
        }
        if (right.pushedCondition != null) {
            conditions.add(RexUtil.shift(right.pushedCondition, shift));
        }
        RexNode condition = conditions.isEmpty() ? null
                : RexUtil.composeConjunction(left.getCluster().getRexBuilder(), conditions);
        return new SubcubeQuery(left.getCluster(), left.getTraitSet(), left.table, left.subcubeTable, spec, condition,
                null, right.table);
    }

    /** Whether the query reads a join of two tables rather than one table. */
    boolean isJoined() {
        return rightTable != null;
    }

    public QuerySpec spec() {
        return spec;
    }

    /** True while the query is a logical node that rules still push work into. */
    boolean isLogical() {
        return getConvention() == Convention.NONE;
    }

    /** True while filters, projections and aggregates may still be pushed: table rows, not yet grouped or ordered. */
    boolean takesRowWork() {
        return isLogical() && !spec.isAggregated() && !spec.isOrdered();
    }

    /** True while row work may be pushed into a query of one stored table (not a join). */
    boolean takesTableRowWork() {
        return takesRowWork() && !isJoined();
    }

    /** True while an ORDER BY / LIMIT may still be pushed. */
    boolean takesOrder() {
        return isLogical() && !spec.isOrdered();
    }

    /** The stored table the query reads; only for a query of one table. */
    Table storedTable() {
        if (isJoined()) {
            throw new IllegalStateException("a joined query reads two tables");
        }
        return subcubeTable.table();
    }

    /** Rows of the whole table, or of both tables of a join. */
    long tableRows() {
        return subcubeTable.table().rows() + (isJoined() ? spec.join().right().rows() : 0);
    }

    /** Whether an output field is the table's whole key, so no two rows share its value. */
    boolean isKey(int field) {
        List<String> key = subcubeTable.table().def().key();
        return !isJoined() && !spec.isAggregated() && key.size() == 1
                && key.get(0).equals(tableColumns().get(spec.column(field)).name());
    }

    /** The table's row type: every column, by table position (of a join: the left table's, then the right's). */
    RelDataType tableRowType() {
        if (!isJoined()) {
            return table.getRowType();
        }
        List<RelDataTypeField> fields = new ArrayList<>(table.getRowType().getFieldList());
        fields.addAll(rightTable.getRowType().getFieldList());
        return getCluster().getTypeFactory().createStructType(fields.stream().map(RelDataTypeField::getType).toList(),
                fields.stream().map(RelDataTypeField::getName).toList());
    }

    /** The table's column definitions, by table position (of a join: the left table's, then the right's). */
    List<ColumnDef> tableColumns() {
        return isJoined() ? spec.join().columns(subcubeTable.table()) : subcubeTable.table().columns();
    }

    /** The same query with a further filter; {@code condition} is that filter in table-column terms. */
    SubcubeQuery withFilter(Filter filter, RexNode condition) {
        RexNode all = pushedCondition == null ? condition
                : RexUtil.composeConjunction(getCluster().getRexBuilder(), List.of(pushedCondition, condition));
        return with(getTraitSet(), spec.andFilter(filter), all, null);
    }

    /** The same query producing other table columns. */
    SubcubeQuery withColumns(int[] columns) {
        return with(getTraitSet(), spec.withColumns(columns), pushedCondition, null);
    }

    /** The same rows grouped and aggregated; {@code rowType} is the replaced Aggregate's. */
    SubcubeQuery withAggregate(AggregateSpec aggregate, RelDataType rowType) {
        return with(getTraitSet(), spec.withAggregate(aggregate), pushedCondition, rowType);
    }

    /** True while HAVING may still be pushed: grouped, not yet ordered. */
    boolean takesHaving() {
        return isLogical() && spec.isAggregated() && !spec.isOrdered();
    }

    /** The output fields of a grouped query as columns, for filters over them. */
    List<ColumnDef> outputColumns() {
        return spec.aggregate().outputColumns(tableColumns());
    }

    /** The same groups, keeping only those that also pass {@code having} (over output fields). */
    SubcubeQuery withHaving(Filter having) {
        return with(getTraitSet(), spec.andHaving(having), pushedCondition, aggregateRowType);
    }

    /** The same output sorted by {@code collation}, then cut by OFFSET and LIMIT ({@code fetch} −1: none). */
    SubcubeQuery withOrder(RelCollation collation, long offset, long fetch) {
        List<SortKey> keys = new ArrayList<>();
        for (RelFieldCollation fc : collation.getFieldCollations()) {
            RelFieldCollation.NullDirection nulls = fc.nullDirection == RelFieldCollation.NullDirection.UNSPECIFIED
                    ? fc.direction.defaultNullDirection() : fc.nullDirection;
            keys.add(new SortKey(fc.getFieldIndex(), fc.direction.isDescending(),
                    nulls == RelFieldCollation.NullDirection.FIRST));
        }
        return with(getTraitSet().replace(collation), spec.withOrder(keys, offset, fetch), pushedCondition,
                aggregateRowType);
    }

    /** This query narrowed to some of its output fields, and where each kept field moved. */
    record Narrowed(SubcubeQuery query, Mappings.TargetMapping mapping) {
    }

    /** The same query producing only the given output fields, in their order. */
    Narrowed narrow(ImmutableBitSet fields) {
        int[] columns = spec.columns();
        Map<Integer, Integer> moved = new HashMap<>();
        int[] kept = new int[fields.cardinality()];
        for (int field : fields) {
            kept[moved.size()] = columns[field];
            moved.put(field, moved.size());
        }
        return new Narrowed(withColumns(kept), Mappings.target(moved, columns.length, kept.length));
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return traitSet.equals(getTraitSet()) ? this
                : with(traitSet, spec, pushedCondition, aggregateRowType);
    }

    @Override
    public RelDataType deriveRowType() {
        if (aggregateRowType != null) {
            return aggregateRowType;
        }
        List<RelDataTypeField> fields = tableRowType().getFieldList();
        List<RelDataType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c : spec.columns()) {
            types.add(fields.get(c).getType());
            names.add(fields.get(c).getName());
        }
        return getCluster().getTypeFactory().createStructType(types, names);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        List<String> names = new ArrayList<>();
        for (int c : spec.columns()) {
            names.add(tableColumns().get(c).name());
        }
        List<String> order = new ArrayList<>();
        for (SortKey k : spec.order()) {
            order.add(getRowType().getFieldNames().get(k.field()) + (k.descending() ? " DESC" : "")
                    + (k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"));
        }
        return super.explainTerms(pw)
                .item("table", table.getQualifiedName())
                .itemIf("join", isJoined() ? spec.join().describe(subcubeTable.table()) : "", isJoined())
                .itemIf("filter", spec.filter().describe(tableColumns()), spec.hasFilter())
                .itemIf("columns", names, !spec.isAggregated())
                .itemIf("aggregate", spec.isAggregated() ? spec.aggregate().describe(tableColumns()) : "",
                        spec.isAggregated())
                .itemIf("having", spec.isAggregated() ? spec.having().describe(outputColumns()) : "",
                        spec.hasHaving())
                .itemIf("order", order, !order.isEmpty())
                .itemIf("offset", spec.offset(), spec.offset() > 0)
                .itemIf("fetch", spec.fetch(), spec.fetch() >= 0);
    }

    @Override
    public double estimateRowCount(RelMetadataQuery mq) {
        double rows = subcubeTable.table().rows();
        rows = pushedCondition == null ? rows : rows * RelMdUtil.guessSelectivity(pushedCondition);
        if (spec.isAggregated()) {
            // Calcite's own guess for a GROUP BY: a tenth of its input per group column, one row without.
            rows = spec.aggregate().groupCount() == 0 ? 1 : Math.max(1, rows * 0.1);
        }
        if (spec.fetch() >= 0) {
            rows = Math.min(rows, spec.fetch());
        }
        return rows;
    }

    /**
     * Every row is still visited, but each pushed step makes the query cheaper than the same step run
     * above it by Calcite, so the planner always prefers the pushed form. Volcano compares costs by
     * their row figure alone, so that is where the discount goes.
     */
    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        double rows = tableRows();
        double width = Math.max(1, tableColumns().size());
        double read = spec.isAggregated() ? spec.aggregate().width() : spec.columnCount();
        // A pushed filter halves the cost, and a more selective one lowers it further, so that a query given
        // one more filter (a join's constants or keys) is preferred to the same query without it.
        double filtered = pushedCondition == null ? 1.0 : 0.5 * (0.5 + 0.5 * RelMdUtil.guessSelectivity(pushedCondition));
        double work = rows * (0.1 + 0.9 * read / width) * filtered
                * (spec.isAggregated() ? 0.5 : 1.0) * (spec.isOrdered() ? 0.9 : 1.0);
        return planner.getCostFactory().makeCost(work, work, 0);
    }

    /**
     * Rows as {@code Object[]}, except that a single column is produced as bare values (Calcite's SCALAR
     * format), which is what operators such as UNION expect of a one-column input.
     */
    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        boolean scalar = getRowType().getFieldCount() == 1;
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
                scalar ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY, false);
        Expression request = implementor.stash(new ScanRequest(subcubeTable.table(), spec), ScanRequest.class);
        return implementor.result(physType,
                Blocks.toBlock(Expressions.call(request, scalar ? "values" : "rows", DataContext.ROOT)));
    }
}
