package io.subcube.engine.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Aggregates a fact table before joining it to a dimension on the dimension's key (§B4 Q4: revenue per county
 * with the county's name). The join matches each fact row with at most one dimension row, so grouping the fact
 * rows by the join column (and their other group columns) first gives the same aggregates; the GROUP BY is then
 * pushed into the fact table's query, and only one row per group meets the join. Calcite's general
 * aggregate-join transposition explores far more alternatives and made planning such a query ~10× slower.
 */
final class DimensionJoinAggregateRule extends RelRule<RuleConfig> {

    static final RelOptRule RULE = RuleConfig.of("SubcubeDimensionJoinAggregateRule",
            b0 -> b0.operand(LogicalAggregate.class).oneInput(b1 -> b1.operand(LogicalJoin.class).inputs(
                    b2 -> b2.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesTableRowWork).noInputs(),
                    b3 -> b3.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesTableRowWork).noInputs())),
            DimensionJoinAggregateRule::new).toRule();

    DimensionJoinAggregateRule(RuleConfig config) {
        super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalAggregate aggregate = call.rel(0);
        LogicalJoin join = call.rel(1);
        SubcubeQuery left = call.rel(2);
        SubcubeQuery right = call.rel(3);
        JoinInfo info = join.analyzeCondition();
        if (aggregate.getGroupType() != Aggregate.Group.SIMPLE || join.getJoinType() != JoinRelType.INNER
                || !info.isEqui() || info.pairs().size() != 1) {
            return;
        }
        int leftWidth = left.getRowType().getFieldCount();
        ImmutableBitSet args = ImmutableBitSet.of();
        for (AggregateCall c : aggregate.getAggCallList()) {
            args = args.union(ImmutableBitSet.of(c.getArgList()));
            if (c.filterArg >= 0) {
                args = args.set(c.filterArg);
            }
        }
        int leftKey = info.leftKeys.get(0);
        int rightKey = leftWidth + info.rightKeys.get(0);
        boolean factLeft = args.asList().stream().allMatch(f -> f < leftWidth) && right.isKey(info.rightKeys.get(0))
                && right.tableRows() < left.tableRows();
        boolean factRight = args.asList().stream().allMatch(f -> f >= leftWidth) && left.isKey(leftKey)
                && left.tableRows() < right.tableRows();
        if (factLeft == factRight) {
            return;
        }
        ImmutableBitSet groups = aggregate.getGroupSet();
        if (!groups.get(leftKey) && !groups.get(rightKey)) {
            return;
        }
        SubcubeQuery fact = factLeft ? left : right;
        SubcubeQuery dimension = factLeft ? right : left;
        int factOffset = factLeft ? 0 : leftWidth;
        int dimensionOffset = factLeft ? leftWidth : 0;
        int factKey = factLeft ? leftKey : rightKey;
        int dimensionKey = factLeft ? rightKey : leftKey;
        int factWidth = fact.getRowType().getFieldCount();

        // The fact side's GROUP BY: its own group columns and its join column, in fact-field order.
        ImmutableBitSet factGroups = ImmutableBitSet.of(factKey - factOffset);
        for (int g : groups) {
            if (g >= factOffset && g < factOffset + factWidth) {
                factGroups = factGroups.set(g - factOffset);
            }
        }
        Map<Integer, Integer> toFact = new HashMap<>();
        for (int f = 0; f < factWidth; f++) {
            toFact.put(factOffset + f, f);
        }
        Mappings.TargetMapping mapping = Mappings.target(toFact, join.getRowType().getFieldCount(), factWidth);
        List<AggregateCall> calls = new ArrayList<>();
        for (AggregateCall c : aggregate.getAggCallList()) {
            calls.add(c.transform(mapping));
        }
        RelNode grouped = LogicalAggregate.create(fact, aggregate.getHints(), factGroups, null, calls);
        int groupedWidth = grouped.getRowType().getFieldCount();
        List<Integer> factGroupList = factGroups.asList();

        RelBuilder b = call.builder().push(grouped).push(dimension);
        b.join(JoinRelType.INNER, b.equals(b.field(2, 0, factGroupList.indexOf(factKey - factOffset)),
                b.field(2, 1, dimensionKey - dimensionOffset)));
        List<RexNode> out = new ArrayList<>();
        for (int g : groups) {
            boolean onFact = g >= factOffset && g < factOffset + factWidth;
            out.add(b.field(onFact ? factGroupList.indexOf(g - factOffset) : groupedWidth + g - dimensionOffset));
        }
        for (int i = 0; i < calls.size(); i++) {
            out.add(b.field(factGroupList.size() + i));
        }
        call.transformTo(b.project(out, aggregate.getRowType().getFieldNames(), true)
                .convert(aggregate.getRowType(), false).build());
    }
}
