package io.subcube.engine.sql;

import io.subcube.engine.exec.Filter;
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
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
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
                    .predicate(SubcubeQuery::isLogical).noInputs()),
            FilterRule::new).toRule();

    /** Narrows the query to the columns a projection reads; computed expressions stay above it. */
    public static final RelOptRule PROJECT = RuleConfig.of("SubcubeProjectRule",
            b0 -> b0.operand(LogicalProject.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::isLogical).noInputs()),
            ProjectRule::new).toRule();

    /**
     * Narrows the query under an aggregate to the columns the aggregate reads (none at all for
     * {@code COUNT(*)}); Calcite's field trimming leaves such a scan whole.
     */
    public static final RelOptRule AGGREGATE_INPUT = RuleConfig.of("SubcubeAggregateInputRule",
            b0 -> b0.operand(LogicalAggregate.class).oneInput(b1 -> b1.operand(SubcubeQuery.class)
                    .predicate(SubcubeQuery::isLogical).noInputs()),
            AggregateInputRule::new).toRule();

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

    public static final List<RelOptRule> RULES = List.of(SCAN, FILTER, PROJECT, AGGREGATE_INPUT, TO_ENUMERABLE);

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
            RexToFilter translator = new RexToFilter(query.tableColumns(), fieldToColumn);
            List<Filter> pushed = new ArrayList<>();
            List<RexNode> pushedRex = new ArrayList<>();
            List<RexNode> remaining = new ArrayList<>();
            for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
                Filter f = translator.translate(conjunct);
                if (f == null) {
                    remaining.add(conjunct);
                } else {
                    pushed.add(f);
                    pushedRex.add(conjunct.accept(toTableColumns(fieldToColumn, query)));
                }
            }
            if (pushed.isEmpty()) {
                return;
            }
            RexBuilder rex = query.getCluster().getRexBuilder();
            SubcubeQuery narrowed = query.withFilter(Filter.and(pushed), RexUtil.composeConjunction(rex, pushedRex));
            RelBuilder builder = call.builder().push(narrowed);
            if (!remaining.isEmpty()) {
                builder.filter(remaining);
            }
            call.transformTo(builder.build());
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
