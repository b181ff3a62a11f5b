package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.agg.AggCall;
import io.subcube.engine.exec.agg.AggregateSpec;
import io.subcube.engine.exec.agg.GroupExpression;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexPermuteInputsShuttle;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * The rules that push work from Calcite into a {@link SubcubeQuery}, one {@link RelRule} per step as in
 * Calcite's Druid adapter. The connection's prepare step adds them to every planner.
 */
public final class SubcubeRules {

    /** Replaces a scan of a Subcube table by the query node that the other rules push work into. */
    public static final RelOptRule SCAN = RuleConfig.of("SubcubeScanRule",
            b0 -> b0.operand(LogicalTableScan.class)
                    .predicate(scan -> scan.getTable().unwrap(SubcubeTable.class) != null).noInputs(),
            ScanRule::new).toRule();

    /** Pushes the engine-evaluable conjuncts of a filter into the query; the rest stays above it. */
    public static final RelOptRule FILTER = RuleConfig.of("SubcubeFilterRule",
            b0 -> b0.operand(LogicalFilter.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::takesRowWork).noInputs()),
            FilterRule::new).toRule();

    /** Narrows the query to the columns a projection reads; computed expressions stay above it. */
    public static final RelOptRule PROJECT = RuleConfig.of("SubcubeProjectRule",
            b0 -> b0.operand(LogicalProject.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::takesRowWork).noInputs()),
            ProjectRule::new).toRule();

    /**
     * Narrows the query under an aggregate to the columns the aggregate reads (none at all for
     * {@code COUNT(*)}); Calcite's field trimming leaves such a scan whole.
     */
    public static final RelOptRule AGGREGATE_INPUT = RuleConfig.of("SubcubeAggregateInputRule",
            b0 -> b0.operand(LogicalAggregate.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::takesRowWork).noInputs()),
            AggregateInputRule::new).toRule();

    /**
     * Pushes a GROUP BY with COUNT, COUNT(DISTINCT), SUM, MIN, MAX and AVG over plain columns into the query,
     * which then produces the Aggregate's rows. Grouping sets, FILTER clauses, ordered aggregates and other
     * functions stay in Calcite.
     */
    public static final RelOptRule AGGREGATE = RuleConfig.of("SubcubeAggregateRule",
            b0 -> b0.operand(LogicalAggregate.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::takesRowWork).noInputs()),
            AggregateRule::new).toRule();

    /**
     * Pushes a GROUP BY over a projection that computes what the aggregate needs beyond columns: FILTER
     * conditions ({@code SUM(CASE WHEN c THEN 1 ELSE 0 END)} becomes {@code COUNT(*) FILTER (WHERE c)}, §B4
     * Q10), each becoming the aggregate's own filter, and group keys that are expressions of one column
     * ({@code GROUP BY SUBSTRING(plan_code, 1, 2)}), computed once per distinct value.
     */
    public static final RelOptRule AGGREGATE_OF_PROJECT = RuleConfig.of("SubcubeAggregateOfProjectRule",
            b0 -> b0.operand(LogicalAggregate.class).oneInput(b1 -> b1.operand(LogicalProject.class)
                    .oneInput(b2 -> b2.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesRowWork).noInputs())),
            AggregateRule::new).toRule();

    /** Pushes the conjuncts of a HAVING (a filter over a pushed GROUP BY) the engine evaluates; the rest stays above. */
    public static final RelOptRule HAVING = RuleConfig.of("SubcubeHavingRule",
            b0 -> b0.operand(LogicalFilter.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::takesHaving).noInputs()),
            HavingRule::new).toRule();

    /** Pushes ORDER BY, OFFSET and LIMIT with literal bounds into the query: a LIMIT runs as a bounded heap. */
    public static final RelOptRule SORT = RuleConfig.of("SubcubeSortRule",
            b0 -> b0.operand(LogicalSort.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::takesOrder).noInputs()),
            SortRule::new).toRule();

    /**
     * Makes the executable (ENUMERABLE) copy of a logical query. Queries stay logical while rules push
     * into them, because Volcano matches a rule's input operand only against rels of the parent's
     * convention.
     */
    public static final RelOptRule TO_ENUMERABLE = ConverterRule.Config.INSTANCE
            .withConversion(SubcubeQuery.class, Convention.NONE, EnumerableConvention.INSTANCE,
                    "SubcubeToEnumerableRule")
            .withRuleFactory(ToEnumerableRule::new)
            .toRule();

    public static final List<RelOptRule> RULES = List.of(SCAN, FILTER, PROJECT, AGGREGATE_INPUT, AGGREGATE,
            AGGREGATE_OF_PROJECT, HAVING, SORT, MonthKeyJoinRule.RULE, DimensionJoinAggregateRule.RULE, SemiJoinRule.RULE, JoinConstantsRule.LEFT, JoinConstantsRule.RIGHT,
            JoinKeyFilterRule.RULE, KeyJoinTopNRule.RULE, TO_ENUMERABLE);

    private SubcubeRules() {
    }

    /** See {@link #SCAN}. */
    static final class ScanRule extends RelRule<RuleConfig> {

        ScanRule(RuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalTableScan scan = call.rel(0);
            call.transformTo(scan.getTable().unwrap(SubcubeTable.class).scanAll(scan.getCluster(), scan.getTable()));
        }
    }

    /** See {@link #TO_ENUMERABLE}. */
    static final class ToEnumerableRule extends ConverterRule {

        ToEnumerableRule(ConverterRule.Config config) {
            super(config);
        }

        @Override
        public RelNode convert(RelNode rel) {
            return rel.copy(rel.getTraitSet().replace(EnumerableConvention.INSTANCE), List.of());
        }
    }

    /** See {@link #AGGREGATE_INPUT}. */
    static final class AggregateInputRule extends RelRule<RuleConfig> {

        AggregateInputRule(RuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalAggregate aggregate = call.rel(0);
            SubcubeQuery query = call.rel(1);
            ImmutableBitSet used = ImmutableBitSet.of(RelOptUtil.getAllFields(aggregate));
            if (used.cardinality() == query.getRowType().getFieldCount()) {
                return;
            }
            SubcubeQuery.Narrowed narrowed = query.narrow(used);
            List<AggregateCall> calls = new ArrayList<>();
            for (AggregateCall c : aggregate.getAggCallList()) {
                calls.add(c.transform(narrowed.mapping()));
            }
            List<ImmutableBitSet> groupSets = new ArrayList<>();
            for (ImmutableBitSet g : aggregate.getGroupSets()) {
                groupSets.add(g.permute(narrowed.mapping()));
            }
            call.transformTo(aggregate.copy(aggregate.getTraitSet(), narrowed.query(),
                    aggregate.getGroupSet().permute(narrowed.mapping()), groupSets, calls));
        }
    }

    /** See {@link #AGGREGATE} and {@link #AGGREGATE_OF_PROJECT}. */
    static final class AggregateRule extends RelRule<RuleConfig> {

        AggregateRule(RuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalAggregate aggregate = call.rel(0);
            SubcubeQuery query = call.rel(call.rels.length - 1);
            if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
                return;
            }
            // The aggregate's input fields as expressions over the query's fields.
            List<RexNode> inputs = call.rels.length == 3 ? ((LogicalProject) call.rel(1)).getProjects()
                    : query.getCluster().getRexBuilder().identityProjects(query.getRowType());
            int[] queryColumns = query.spec().columns();
            int[] columns = new int[inputs.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = inputs.get(i) instanceof RexInputRef ref ? queryColumns[ref.getIndex()] : -1;
            }
            List<ColumnDef> defs = query.tableColumns();
            List<Integer> groupFields = aggregate.getGroupSet().asList();
            int[] groups = new int[groupFields.size()];
            GroupExpression[] expressions = new GroupExpression[groups.length];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = columns[groupFields.get(i)];
                if (groups[i] < 0) {
                    int[] field = new int[1];
                    expressions[i] = RexGroupExpression.of(query.getCluster().getRexBuilder(),
                            inputs.get(groupFields.get(i)), query.getRowType(), field);
                    if (expressions[i] == null) {
                        return;
                    }
                    groups[i] = queryColumns[field[0]];
                }
                if (defs.get(groups[i]).type().kind() == ColumnType.Kind.DOUBLE) {
                    return;
                }
            }
            RexToFilter filters = new RexToFilter(defs, queryColumns);
            List<AggCall> calls = new ArrayList<>();
            for (AggregateCall c : aggregate.getAggCallList()) {
                Filter filter = c.filterArg < 0 ? Filter.TRUE : filters.translate(inputs.get(c.filterArg));
                AggCall pushed = AggCalls.of(c, columns, defs, filter);
                if (pushed == null) {
                    return;
                }
                calls.add(pushed);
            }
            call.transformTo(query.withAggregate(new AggregateSpec(groups, calls, expressions), aggregate.getRowType()));
        }
    }

    /** See {@link #HAVING}. */
    static final class HavingRule extends RelRule<RuleConfig> {

        HavingRule(RuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            SubcubeQuery query = call.rel(1);
            List<ColumnDef> fields = query.outputColumns();
            int[] identity = new int[fields.size()];
            for (int i = 0; i < identity.length; i++) {
                identity[i] = i;
            }
            Conjuncts split = Conjuncts.split(filter.getCondition(), new RexToFilter(fields, identity));
            if (!split.pushed().isEmpty()) {
                call.transformTo(split.above(call.builder(), query.withHaving(Filter.and(split.pushed()))));
            }
        }
    }

    /** A condition's conjuncts: those the engine evaluates, as filters, and the rest, left to Calcite. */
    record Conjuncts(List<Filter> pushed, List<RexNode> pushedRex, List<RexNode> remaining) {

        static Conjuncts split(RexNode condition, RexToFilter translator) {
            List<Filter> pushed = new ArrayList<>();
            List<RexNode> pushedRex = new ArrayList<>();
            List<RexNode> remaining = new ArrayList<>();
            for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
                Filter f = translator.translate(conjunct);
                if (f == null) {
                    remaining.add(conjunct);
                } else {
                    pushed.add(f);
                    pushedRex.add(conjunct);
                }
            }
            return new Conjuncts(pushed, pushedRex, remaining);
        }

        /** {@code query} with a Calcite filter of the remaining conjuncts above it, if any. */
        RelNode above(RelBuilder builder, SubcubeQuery query) {
            builder.push(query);
            if (!remaining.isEmpty()) {
                builder.filter(remaining);
            }
            return builder.build();
        }
    }

    /** See {@link #SORT}. */
    static final class SortRule extends RelRule<RuleConfig> {

        SortRule(RuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalSort sort = call.rel(0);
            SubcubeQuery query = call.rel(1);
            long offset = bound(sort.offset, 0);
            long fetch = bound(sort.fetch, -1);
            if (offset < 0 || fetch < -1) {
                return;
            }
            call.transformTo(query.withOrder(sort.getCollation(), offset, fetch));
        }

        /** A literal OFFSET or FETCH, {@code absent} when there is none, −2 when it is not a literal. */
        static long bound(RexNode node, long absent) {
            if (node == null) {
                return absent;
            }
            return node instanceof RexLiteral lit ? lit.getValueAs(Long.class) : -2;
        }
    }

    /** See {@link #FILTER}. */
    static final class FilterRule extends RelRule<RuleConfig> {

        FilterRule(RuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalFilter filter = call.rel(0);
            SubcubeQuery query = call.rel(1);
            int[] fieldToColumn = query.spec().columns();
            Conjuncts split = Conjuncts.split(filter.getCondition(),
                    new RexToFilter(query.tableColumns(), fieldToColumn));
            if (split.pushed().isEmpty()) {
                return;
            }
            List<RexNode> inTableTerms = new ArrayList<>();
            for (RexNode conjunct : split.pushedRex()) {
                inTableTerms.add(conjunct.accept(toTableColumns(fieldToColumn, query)));
            }
            RexBuilder rex = query.getCluster().getRexBuilder();
            call.transformTo(split.above(call.builder(), query.withFilter(Filter.and(split.pushed()),
                    RexUtil.composeConjunction(rex, inTableTerms))));
        }

        /** Rewrites references to the query's output fields as references to table columns. */
        private static RexShuttle toTableColumns(int[] fieldToColumn, SubcubeQuery query) {
            RexBuilder rex = query.getCluster().getRexBuilder();
            return new RexShuttle() {
                @Override
                public RexNode visitInputRef(RexInputRef ref) {
                    int column = fieldToColumn[ref.getIndex()];
                    return rex.makeInputRef(query.tableRowType().getFieldList().get(column).getType(), column);
                }
            };
        }
    }

    /** See {@link #PROJECT}. */
    static final class ProjectRule extends RelRule<RuleConfig> {

        ProjectRule(RuleConfig config) {
            super(config);
        }

        @Override
        public void onMatch(RelOptRuleCall call) {
            LogicalProject project = call.rel(0);
            SubcubeQuery query = call.rel(1);
            int[] columns = query.spec().columns();
            List<RexNode> exprs = project.getProjects();
            if (RexUtil.isIdentity(exprs, query.getRowType())) {
                return;
            }
            boolean onlyRefs = true;
            for (RexNode e : exprs) {
                onlyRefs &= e instanceof RexInputRef;
            }
            if (onlyRefs) {
                // A pure selection or reordering of columns: the query produces exactly these.
                int[] picked = new int[exprs.size()];
                for (int i = 0; i < picked.length; i++) {
                    picked[i] = columns[((RexInputRef) exprs.get(i)).getIndex()];
                }
                call.transformTo(query.withColumns(picked));
                return;
            }
            ImmutableBitSet used = RelOptUtil.InputFinder.bits(exprs, null);
            if (used.cardinality() == columns.length) {
                return;
            }
            SubcubeQuery.Narrowed narrowed = query.narrow(used);
            List<RexNode> rewritten = RexPermuteInputsShuttle.of(narrowed.mapping()).visitList(exprs);
            call.transformTo(call.builder().push(narrowed.query())
                    .project(rewritten, project.getRowType().getFieldNames(), true).build());
        }
    }
}
