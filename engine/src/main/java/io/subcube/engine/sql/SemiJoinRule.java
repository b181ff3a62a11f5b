package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Turns a join that only tests whether a key occurs in another table's query (§B4 Q7:
 * {@code subscriber_id IN (SELECT subscriber_id FROM vas_usage WHERE ...)}, which Calcite plans as a semi-join
 * or as an inner join with a side unique on its key) into a filter of the other query: the keys are collected
 * from the key column of the passing rows and tested as a set, with no join and no rows built.
 */
final class SemiJoinRule extends RelRule<RuleConfig> {

    static final RelOptRule RULE = RuleConfig.of("SubcubeSemiJoinRule",
            b0 -> b0.operand(LogicalJoin.class).inputs(
                    b1 -> b1.operand(SubcubeQuery.class).predicate(SemiJoinRule::rowsOrKeys).noInputs(),
                    b2 -> b2.operand(SubcubeQuery.class).predicate(SemiJoinRule::rowsOrKeys).noInputs()),
            SemiJoinRule::new).toRule();

    /** A query of plain rows, or of the distinct values of one column (a GROUP BY without aggregates). */
    private static boolean rowsOrKeys(SubcubeQuery q) {
        return !q.isJoined() && (q.takesRowWork() || q.isLogical() && !q.spec().isOrdered() && q.spec().isAggregated()
                && q.spec().aggregate().groupCount() == 1 && q.spec().aggregate().calls().isEmpty());
    }

    SemiJoinRule(RuleConfig config) {
        super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalJoin join = call.rel(0);
        JoinInfo info = join.analyzeCondition();
        JoinRelType type = join.getJoinType();
        if (!info.isEqui() || info.pairs().size() != 1 || (type != JoinRelType.INNER && type != JoinRelType.SEMI)) {
            return;
        }
        RelNode rewritten = rewrite(call, join, true);
        if (rewritten == null && type == JoinRelType.INNER) {
            rewritten = rewrite(call, join, false);
        }
        if (rewritten != null) {
            call.transformTo(rewritten);
        }
    }

    /** The join as a filtered query, keys taken from the right input (or the left), or null when invalid. */
    private static RelNode rewrite(RelOptRuleCall call, LogicalJoin join, boolean keysOnRight) {
        SubcubeQuery outer = call.rel(keysOnRight ? 1 : 2);
        SubcubeQuery keys = call.rel(keysOnRight ? 2 : 1);
        JoinInfo info = join.analyzeCondition();
        int outerField = keysOnRight ? info.leftKeys.get(0) : info.rightKeys.get(0);
        if (!outer.takesRowWork() || keys.getRowType().getFieldCount() != 1) {
            return null;
        }
        boolean distinctKeys = keys.spec().isAggregated();
        if (join.getJoinType() == JoinRelType.INNER && !distinctKeys && !Boolean.TRUE.equals(call.getMetadataQuery()
                .areColumnsUnique(join.getInput(keysOnRight ? 1 : 0), ImmutableBitSet.of(0)))) {
            // An inner join repeats an outer row once per matching key row; only a unique key side is a test.
            return null;
        }
        int outerColumn = outer.spec().column(outerField);
        int keyColumn = distinctKeys ? keys.spec().aggregate().groupColumns()[0] : keys.spec().column(0);
        ColumnType outerType = outer.tableColumns().get(outerColumn).type();
        if (outerType.kind() == ColumnType.Kind.VARCHAR
                || !SqlTypes.storedAlike(outerType, keys.tableColumns().get(keyColumn).type())) {
            return null;
        }
        RexBuilder rex = join.getCluster().getRexBuilder();
        RexNode estimate = rex.makeCall(SqlStdOperatorTable.IS_NOT_NULL,
                rex.makeInputRef(outer.tableRowType().getFieldList().get(outerColumn).getType(), outerColumn));
        SubcubeQuery filtered = outer.withFilter(
                new Filter.SemiJoin(outerColumn, keys.storedTable(), keyColumn, keys.spec().filter()), estimate);
        RelBuilder b = call.builder().push(filtered);
        if (join.getJoinType() == JoinRelType.SEMI) {
            return b.build();
        }
        // The inner join's output: the outer fields and the key, which equals the outer join field.
        List<RexNode> out = new ArrayList<>();
        RexNode key = b.getRexBuilder().makeCast(keys.getRowType().getFieldList().get(0).getType(),
                b.field(outerField), true);
        if (!keysOnRight) {
            out.add(key);
        }
        for (int f = 0; f < outer.getRowType().getFieldCount(); f++) {
            out.add(b.field(f));
        }
        if (keysOnRight) {
            out.add(key);
        }
        return b.project(out, join.getRowType().getFieldNames(), true).build();
    }
}
