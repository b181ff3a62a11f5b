package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * Pushes into a query on one side of an inner join (or the NULL-padded side of an outer join) the constants its join columns are equated with on the other
 * side (§B4 Q5, Q9b, Q13: {@code kp.region_id = kc.region_id AND kp.month_id = kc.month_id} where
 * {@code kc.region_id = ?} and {@code kc.month_id = ?}), so the query reads one region's month rather than the
 * whole table. Calcite infers such predicates from metadata, which its Volcano planner does not see through
 * its equivalence sets; this rule follows the other side's pushed filters, projections and equi-joins itself.
 */
final class JoinConstantsRule extends RelRule<RuleConfig> {

    /** How deep into the other side's tree a constant is looked for. */
    private static final int DEPTH = 12;

    static final RelOptRule RIGHT = RuleConfig.of("SubcubeJoinConstantsRule(right)",
            b0 -> b0.operand(LogicalJoin.class).inputs(b1 -> b1.operand(RelNode.class).anyInputs(),
                    b2 -> b2.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesRowWork).noInputs()),
            config -> new JoinConstantsRule(config, true)).toRule();

    static final RelOptRule LEFT = RuleConfig.of("SubcubeJoinConstantsRule(left)",
            b0 -> b0.operand(LogicalJoin.class).inputs(
                    b1 -> b1.operand(SubcubeQuery.class).predicate(SubcubeQuery::takesRowWork).noInputs(),
                    b2 -> b2.operand(RelNode.class).anyInputs()),
            config -> new JoinConstantsRule(config, false)).toRule();

    private final boolean queryOnRight;

    private JoinConstantsRule(RuleConfig config, boolean queryOnRight) {
        super(config);
        this.queryOnRight = queryOnRight;
    }

    /** A column of a stored table, and the value it is known to equal: a literal or a statement parameter. */
    private record Known(ColumnType type, Filter.Compare literal, Filter.Param param) {
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalJoin join = call.rel(0);
        SubcubeQuery query = call.rel(queryOnRight ? 2 : 1);
        RelNode other = join.getInput(queryOnRight ? 0 : 1);
        // In an outer join only the side that may be padded with NULLs can be narrowed: its rows without a
        // partner never show anyway, while every row of the preserved side must.
        JoinRelType joinType = join.getJoinType();
        if (joinType != JoinRelType.INNER && joinType != (queryOnRight ? JoinRelType.LEFT : JoinRelType.RIGHT)) {
            return;
        }
        JoinInfo info = join.analyzeCondition();
        List<Filter> added = new ArrayList<>();
        for (int i = 0; i < info.pairs().size(); i++) {
            int queryField = queryOnRight ? info.rightKeys.get(i) : info.leftKeys.get(i);
            int otherField = queryOnRight ? info.leftKeys.get(i) : info.rightKeys.get(i);
            int column = query.spec().column(queryField);
            if (constrained(query.spec().filter(), column)) {
                continue;
            }
            Known k = known(other, otherField, DEPTH);
            ColumnType type = query.tableColumns().get(column).type();
            if (k == null || !SqlTypes.storedAlike(k.type(), type)) {
                continue;
            }
            added.add(k.literal() != null ? new Filter.Compare(column, Filter.Op.EQ, k.literal().value())
                    : new Filter.Param(column, Filter.Op.EQ, k.param().index()));
        }
        if (added.isEmpty()) {
            return;
        }
        RexBuilder rex = join.getCluster().getRexBuilder();
        List<RexNode> estimate = new ArrayList<>();
        for (Filter f : added) {
            int c = f instanceof Filter.Compare cmp ? cmp.column() : ((Filter.Param) f).column();
            RexInputRef ref = rex.makeInputRef(query.tableRowType().getFieldList().get(c).getType(), c);
            estimate.add(rex.makeCall(SqlStdOperatorTable.EQUALS, ref, ref));
        }
        SubcubeQuery narrowed = query.withFilter(Filter.and(added),
                org.apache.calcite.rex.RexUtil.composeConjunction(rex, estimate));
        List<RelNode> inputs = queryOnRight ? List.of(other, narrowed) : List.of(narrowed, other);
        call.transformTo(join.copy(join.getTraitSet(), inputs));
    }

    /** Whether a top-level conjunct of the filter already pins the column to one value. */
    static boolean constrained(Filter filter, int column) {
        for (Filter f : filter instanceof Filter.And a ? a.children() : List.of(filter)) {
            if (f instanceof Filter.Compare c && c.column() == column && c.op() == Filter.Op.EQ
                    || f instanceof Filter.Param p && p.column() == column && p.op() == Filter.Op.EQ) {
                return true;
            }
        }
        return false;
    }

    /** The value output field {@code field} of {@code rel} always has, when its pushed filters say so. */
    private static Known known(RelNode rel, int field, int depth) {
        if (depth == 0) {
            return null;
        }
        if (rel instanceof RelSubset subset) {
            for (RelNode r : subset.getRelList()) {
                Known k = known(r, field, depth - 1);
                if (k != null) {
                    return k;
                }
            }
            return null;
        }
        if (rel instanceof SubcubeQuery q) {
            if (q.spec().isAggregated()) {
                return null;
            }
            int column = q.spec().column(field);
            Filter filter = q.spec().filter();
            for (Filter f : filter instanceof Filter.And a ? a.children() : List.of(filter)) {
                ColumnType type = q.tableColumns().get(column).type();
                if (f instanceof Filter.Compare c && c.column() == column && c.op() == Filter.Op.EQ) {
                    return new Known(type, c, null);
                }
                if (f instanceof Filter.Param p && p.column() == column && p.op() == Filter.Op.EQ) {
                    return new Known(type, null, p);
                }
            }
            return null;
        }
        if (rel instanceof LogicalProject p) {
            return p.getProjects().get(field) instanceof RexInputRef ref ? known(p.getInput(), ref.getIndex(), depth - 1)
                    : null;
        }
        if (rel instanceof LogicalJoin j && j.getJoinType() == JoinRelType.LEFT
                && field < j.getLeft().getRowType().getFieldCount()) {
            // A LEFT join passes its left rows through unchanged.
            return known(j.getLeft(), field, depth - 1);
        }
        if (rel instanceof LogicalJoin j && j.getJoinType() == JoinRelType.INNER) {
            int leftWidth = j.getLeft().getRowType().getFieldCount();
            Known k = field < leftWidth ? known(j.getLeft(), field, depth - 1)
                    : known(j.getRight(), field - leftWidth, depth - 1);
            if (k != null) {
                return k;
            }
            // A join column equals its partner on the other input.
            JoinInfo info = j.analyzeCondition();
            for (int i = 0; i < info.pairs().size(); i++) {
                if (field < leftWidth && info.leftKeys.get(i) == field) {
                    return known(j.getRight(), info.rightKeys.get(i), depth - 1);
                }
                if (field >= leftWidth && info.rightKeys.get(i) == field - leftWidth) {
                    return known(j.getLeft(), info.leftKeys.get(i), depth - 1);
                }
            }
        }
        return null;
    }
}
