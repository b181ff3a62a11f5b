package io.subcube.engine.sql;

import io.subcube.engine.exec.Filter;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Runs an inner join of two monthly tables on {@code month_id} and one integer key in the engine, as one
 * {@link SubcubeQuery} (§B4 Q10: {@code subscriber_month s JOIN location_month l ON l.subscriber_id =
 * s.subscriber_id AND l.month_id = s.month_id}), so the aggregate above it can be pushed as well. Taken
 * only when the month and the key are one side's whole table key, so each row meets at most one partner
 * on that side and the join cannot multiply rows. A condition beyond the two equalities stays above.
 */
final class MonthKeyJoinRule extends RelRule<RuleConfig> {

    static final RelOptRule RULE = RuleConfig.of("SubcubeMonthKeyJoinRule",
            b0 -> b0.operand(LogicalJoin.class).inputs(
                    b1 -> b1.operand(SubcubeQuery.class).predicate(MonthKeyJoinRule::joinable).noInputs(),
                    b2 -> b2.operand(SubcubeQuery.class).predicate(MonthKeyJoinRule::joinable).noInputs()),
            MonthKeyJoinRule::new).toRule();

    private static final String MONTH = "month_id";

    MonthKeyJoinRule(RuleConfig config) {
        super(config);
    }

    private static boolean joinable(SubcubeQuery q) {
        return q.takesTableRowWork() && q.storedTable().def().monthly();
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalJoin join = call.rel(0);
        SubcubeQuery left = call.rel(1);
        SubcubeQuery right = call.rel(2);
        JoinInfo info = join.analyzeCondition();
        if (join.getJoinType() != JoinRelType.INNER || info.pairs().size() != 2) {
            return;
        }
        int leftKey = -1;
        int rightKey = -1;
        boolean month = false;
        int[] leftColumns = new int[2];
        int[] rightColumns = new int[2];
        for (int i = 0; i < 2; i++) {
            int l = left.spec().column(info.leftKeys.get(i));
            int r = right.spec().column(info.rightKeys.get(i));
            leftColumns[i] = l;
            rightColumns[i] = r;
            String leftName = left.tableColumns().get(l).name();
            String rightName = right.tableColumns().get(r).name();
            if (leftName.equals(MONTH) && rightName.equals(MONTH)) {
                month = true;
            } else if (SqlTypes.isInteger(left.tableColumns().get(l).type())
                    && SqlTypes.isInteger(right.tableColumns().get(r).type())) {
                leftKey = l;
                rightKey = r;
            }
        }
        if (!month || leftKey < 0 || !isMonthKey(left.storedTable(), leftKey) && !isMonthKey(right.storedTable(), rightKey)) {
            return;
        }
        SubcubeQuery joined = SubcubeQuery.join(left, withoutRepeatedKeys(left, leftColumns, right, rightColumns),
                right, withoutRepeatedKeys(right, rightColumns, left, leftColumns), leftKey, rightKey);
        RexNode remaining = info.getRemaining(join.getCluster().getRexBuilder());
        call.transformTo(call.builder().push(joined).filter(RexUtil.isLiteral(remaining, true) ? List.of()
                : List.of(remaining)).build());
    }

    /** Whether {@code month_id} and column {@code key} are together the table's whole key. */
    private static boolean isMonthKey(Table table, int key) {
        return Set.copyOf(table.def().key()).equals(Set.of(MONTH, table.columns().get(key).name()));
    }

    /**
     * A side's filter without the conjuncts that only repeat the join: a semi-join of one of its join columns
     * with the values of the partner column the other side's own filter selects ({@link JoinKeyFilterRule}'s),
     * which the join itself applies.
     */
    private static Filter withoutRepeatedKeys(SubcubeQuery side, int[] joinColumns, SubcubeQuery other,
                                              int[] otherJoinColumns) {
        Filter filter = side.spec().filter();
        List<Filter> kept = new ArrayList<>();
        for (Filter f : filter instanceof Filter.And a ? a.children() : List.of(filter)) {
            boolean repeats = false;
            for (int i = 0; i < joinColumns.length; i++) {
                repeats |= f instanceof Filter.SemiJoin s && s.column() == joinColumns[i]
                        && s.table() == other.storedTable() && s.keyColumn() == otherJoinColumns[i]
                        && s.filter().equals(other.spec().filter());
            }
            if (!repeats) {
                kept.add(f);
            }
        }
        return Filter.and(kept);
    }
}
