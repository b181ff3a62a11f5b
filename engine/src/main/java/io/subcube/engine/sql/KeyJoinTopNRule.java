package io.subcube.engine.sql;

import io.subcube.engine.exec.Filter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Runs an ORDER BY … LIMIT over a join of a fact table with a dimension on the dimension's key, ordered by fact
 * columns only (§B4 Q14: the 500 heaviest long-distance users on plans above a price), as a top-N of the fact
 * query. The fact query first keeps only rows whose key the filtered dimension holds (a semi-join); each of them
 * then meets exactly one dimension row, so the first N fact rows give the first N joined rows, and only those N
 * reach the join. The original sort stays above, over N rows.
 */
final class KeyJoinTopNRule extends RelRule<RuleConfig> {

    static final RelOptRule RULE = RuleConfig.of("SubcubeKeyJoinTopNRule",
            b0 -> b0.operand(LogicalSort.class).predicate(s -> s.fetch != null)
                    .oneInput(b1 -> b1.operand(LogicalJoin.class).inputs(
                            b2 -> b2.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesTableRowWork).noInputs(),
                            b3 -> b3.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesTableRowWork).noInputs())),
            KeyJoinTopNRule::new).toRule();

    KeyJoinTopNRule(RuleConfig config) {
        super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalSort sort = call.rel(0);
        LogicalJoin join = call.rel(1);
        SubcubeQuery left = call.rel(2);
        SubcubeQuery right = call.rel(3);
        JoinInfo info = join.analyzeCondition();
        long offset = SubcubeRules.SortRule.bound(sort.offset, 0);
        long fetch = SubcubeRules.SortRule.bound(sort.fetch, -1);
        if (join.getJoinType() != JoinRelType.INNER || !info.isEqui() || info.pairs().size() != 1
                || offset < 0 || fetch < 0 || sort.getCollation().getFieldCollations().isEmpty()) {
            return;
        }
        int leftWidth = left.getRowType().getFieldCount();
        boolean sortsLeft = sort.getCollation().getFieldCollations().stream().allMatch(f -> f.getFieldIndex() < leftWidth);
        boolean sortsRight = sort.getCollation().getFieldCollations().stream().allMatch(f -> f.getFieldIndex() >= leftWidth);
        boolean factLeft = sortsLeft && right.isKey(info.rightKeys.get(0));
        boolean factRight = sortsRight && left.isKey(info.leftKeys.get(0));
        if (factLeft == factRight) {
            return;
        }
        SubcubeQuery fact = factLeft ? left : right;
        SubcubeQuery dimension = factLeft ? right : left;
        int factColumn = fact.spec().column(factLeft ? info.leftKeys.get(0) : info.rightKeys.get(0));
        int keyColumn = dimension.spec().column(factLeft ? info.rightKeys.get(0) : info.leftKeys.get(0));
        if (!SqlTypes.storedAlike(fact.tableColumns().get(factColumn).type(),
                dimension.tableColumns().get(keyColumn).type())) {
            return;
        }
        RexBuilder rex = join.getCluster().getRexBuilder();
        RexNode ref = rex.makeInputRef(fact.tableRowType().getFieldList().get(factColumn).getType(), factColumn);
        SubcubeQuery matched = fact.withFilter(new Filter.SemiJoin(factColumn, dimension.storedTable(), keyColumn,
                dimension.spec().filter()), rex.makeCall(SqlStdOperatorTable.EQUALS, ref, ref));
        int shift = factLeft ? 0 : leftWidth;
        List<RelFieldCollation> keys = new ArrayList<>();
        for (RelFieldCollation fc : sort.getCollation().getFieldCollations()) {
            keys.add(fc.withFieldIndex(fc.getFieldIndex() - shift));
        }
        SubcubeQuery topN = matched.withOrder(RelCollations.of(keys), 0, offset + fetch);
        org.apache.calcite.rel.RelNode narrowed = join.copy(join.getTraitSet(), factLeft ? List.of(topN, dimension) : List.of(dimension, topN));
        call.transformTo(sort.copy(sort.getTraitSet(), narrowed, sort.getCollation(), sort.offset, sort.fetch));
    }
}
