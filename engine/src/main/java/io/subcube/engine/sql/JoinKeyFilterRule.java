package io.subcube.engine.sql;

import io.subcube.engine.exec.Filter;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Filters the larger side of an inner join on an integer key by the keys the filtered smaller side holds
 * (§B4 Q10: a city's active subscribers of one month joined with that month's whole {@code location_month}),
 * so the larger side produces only rows that can meet a partner. The join stays; the filter is a semi-join
 * ({@link Filter.SemiJoin}) the engine resolves to a key set when the query runs. Correct for any inner
 * join, since rows without a partner are dropped by the join anyway.
 */
final class JoinKeyFilterRule extends RelRule<RuleConfig> {

    /** Tables smaller than this are read whole: a key set would not pay for itself. */
    private static final long MIN_ROWS = 1 << 16;

    static final RelOptRule RULE = RuleConfig.of("SubcubeJoinKeyFilterRule",
            b0 -> b0.operand(LogicalJoin.class).inputs(
                    b1 -> b1.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesTableRowWork).noInputs(),
                    b2 -> b2.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesTableRowWork).noInputs()),
            JoinKeyFilterRule::new).toRule();

    JoinKeyFilterRule(RuleConfig config) {
        super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalJoin join = call.rel(0);
        SubcubeQuery left = call.rel(1);
        SubcubeQuery right = call.rel(2);
        if (join.getJoinType() != JoinRelType.INNER) {
            return;
        }
        RelMetadataQuery mq = call.getMetadataQuery();
        boolean leftSmaller = left.estimateRowCount(mq) <= right.estimateRowCount(mq);
        SubcubeQuery small = leftSmaller ? left : right;
        SubcubeQuery big = leftSmaller ? right : left;
        // A smaller side that is itself filtered by keys would nest key sets (and invite the reverse rewrite).
        if (!small.spec().hasFilter() || big.tableRows() < MIN_ROWS
                || small.spec().filter().anyLeaf(Filter.SemiJoin.class::isInstance)) {
            return;
        }
        JoinInfo info = join.analyzeCondition();
        for (int i = 0; i < info.pairs().size(); i++) {
            int smallColumn = small.spec().column(leftSmaller ? info.leftKeys.get(i) : info.rightKeys.get(i));
            int bigColumn = big.spec().column(leftSmaller ? info.rightKeys.get(i) : info.leftKeys.get(i));
            if (!SqlTypes.isInteger(small.tableColumns().get(smallColumn).type())
                    || !SqlTypes.isInteger(big.tableColumns().get(bigColumn).type())
                    || JoinConstantsRule.constrained(big.spec().filter(), bigColumn)
                    || big.spec().filter().anyLeaf(f -> f instanceof Filter.SemiJoin s && s.column() == bigColumn)) {
                continue;
            }
            RexBuilder rex = join.getCluster().getRexBuilder();
            RexNode ref = rex.makeInputRef(big.tableRowType().getFieldList().get(bigColumn).getType(), bigColumn);
            RexNode estimate = rex.makeCall(SqlStdOperatorTable.EQUALS, ref, ref);
            SubcubeQuery filtered = big.withFilter(new Filter.SemiJoin(bigColumn, small.storedTable(), smallColumn,
                    small.spec().filter()), estimate);
            call.transformTo(join.copy(join.getTraitSet(), leftSmaller ? List.of(left, filtered) : List.of(filtered, right)));
            return;
        }
    }
}
