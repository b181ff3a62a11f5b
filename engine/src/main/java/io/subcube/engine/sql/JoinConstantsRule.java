package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.sql.functions.BoundFunction;
import io.subcube.functions.FunctionSignature;
import io.subcube.functions.SqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
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
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;

/**
 * Pushes into a query on one side of an inner join (or the NULL-padded side of an outer join) the constants its join columns are equated with on the other
 * side (§B4 Q5, Q9b, Q13: {@code kp.region_id = kc.region_id AND kp.month_id = kc.month_id} where
 * {@code kc.region_id = ?} and {@code kc.month_id = ?}), so the query reads one region's month rather than the
 * whole table. Calcite infers such predicates from metadata, which its Volcano planner does not see through
 * its equivalence sets; this rule follows the other side's pushed filters, projections and equi-joins itself.
 * A join column may also be equated with a §B3 function of the other side's constants (§B4 Q6b, Q9b:
 * {@code prev.month_id = MONTH_ADD(cur.month_id, -1)}, which Calcite computes in a projection below the join):
 * of literals the function is computed now; of a statement parameter, this side compares the column with the
 * function of the parameter ({@code month_id = MONTH_ADD(?0, -1)}), computed when the parameter is bound.
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

    /**
     * The value a field is known to have, of type {@code type}: a literal in the type's storage domain, or the
     * value of statement parameter {@code param}, or a {@code function} of it.
     */
    private record Known(ColumnType type, Object literal, int param, Filter.ParamFunction function) {

        static Known literal(ColumnType type, Object value) {
            return new Known(type, value, -1, null);
        }

        static Known param(ColumnType type, Filter.Param p) {
            return new Known(type, null, p.index(), p.function());
        }

        /** The filter of a column of a type stored alike that pins it to this value. */
        Filter on(int column) {
            return literal != null ? new Filter.Compare(column, Filter.Op.EQ, literal)
                    : new Filter.Param(column, Filter.Op.EQ, param, function);
        }
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
            added.add(k.on(column));
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
                    return Known.literal(type, c.value());
                }
                if (f instanceof Filter.Param p && p.column() == column && p.op() == Filter.Op.EQ) {
                    return Known.param(type, p);
                }
            }
            return null;
        }
        if (rel instanceof LogicalProject p) {
            return known(p.getProjects().get(field), i -> known(p.getInput(), i, depth - 1));
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

    /**
     * The value expression {@code e} always has, when it is a field known by {@code fields} or a call of a §B3
     * function (all deterministic) whose arguments are literals and known values, at most one of them a
     * statement parameter; {@code null} when it has no value known now or when the parameter is bound.
     */
    private static Known known(RexNode e, IntFunction<Known> fields) {
        if (e instanceof RexInputRef ref) {
            return fields.apply(ref.getIndex());
        }
        if (!(e instanceof RexCall call) || !call.getOperator().isDeterministic()) {
            return null;
        }
        BoundFunction f = BoundFunction.of(call.getOperator());
        if (f == null) {
            return null;
        }
        FunctionSignature signature = f.signature();
        ColumnType result = comparedAsStored(signature.returns());
        if (result == null) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        Known param = null;
        int slot = -1;
        for (int i = 0; i < call.getOperands().size(); i++) {
            SqlType type = signature.arguments().get(i).type();
            RexNode operand = call.getOperands().get(i);
            if (operand instanceof RexLiteral lit) {
                Object v = argument(lit, type);
                if (v == NO_VALUE) {
                    return null;
                }
                args.add(v);
                continue;
            }
            Known k = known(operand, fields);
            if (k == null || !FunctionOfParam.widens(k.type(), type) || k.literal() == null && param != null) {
                return null;
            }
            if (k.literal() != null) {
                args.add(FunctionOfParam.argument(FunctionOfParam.stored(k.type(), k.literal()), type));
            } else {
                param = k;
                slot = i;
                args.add(null);
            }
        }
        if (param != null) {
            return new Known(result, null, param.param(),
                    new FunctionOfParam(f, args, slot, param.type(), param.function()));
        }
        Object value;
        try {
            value = f.call(args.toArray());
        } catch (RuntimeException ex) {
            // Outside the function's domain: the query computes it, and fails, as written.
            return null;
        }
        return value == null ? null : Known.literal(result, storage(value));
    }

    /** A result of a type {@link #comparedAsStored} as a filter literal: integers and booleans as longs. */
    private static Object storage(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return value instanceof Number n ? (Object) n.longValue() : value;
    }

    /**
     * The column type whose stored values equal a function's results exactly as SQL compares them: integers,
     * strings and booleans; {@code null} for DECIMAL (whose results' scale varies) and DOUBLE.
     */
    private static ColumnType comparedAsStored(SqlType type) {
        return switch (type.kind()) {
            case INTEGER -> ColumnType.INTEGER;
            case BIGINT -> ColumnType.BIGINT;
            case VARCHAR -> ColumnType.VARCHAR;
            case BOOLEAN -> ColumnType.BOOLEAN;
            default -> null;
        };
    }

    /** Marks a literal that is not an exact value of an argument's type. */
    private static final Object NO_VALUE = new Object();

    /** A literal as an argument of {@code type}, as the query passes it, or {@link #NO_VALUE}. */
    private static Object argument(RexLiteral lit, SqlType type) {
        if (lit.isNull()) {
            return null;
        }
        Object v = lit.getValue();
        if (type.kind() == SqlType.Kind.VARCHAR) {
            return v instanceof NlsString s ? s.getValue() : NO_VALUE;
        }
        if (type.kind() == SqlType.Kind.BOOLEAN) {
            return v instanceof Boolean ? v : NO_VALUE;
        }
        if (v instanceof Double d) {
            // An approximate literal is an argument of an approximate type only.
            return type.kind() == SqlType.Kind.DOUBLE ? d : NO_VALUE;
        }
        if (!(v instanceof BigDecimal bd) || !SqlTypeName.EXACT_TYPES.contains(lit.getTypeName())) {
            return NO_VALUE;
        }
        try {
            return switch (type.kind()) {
                case INTEGER -> bd.intValueExact();
                case BIGINT -> bd.longValueExact();
                case DECIMAL -> bd;
                default -> bd.doubleValue();
            };
        } catch (ArithmeticException e) {
            return NO_VALUE;
        }
    }
}
