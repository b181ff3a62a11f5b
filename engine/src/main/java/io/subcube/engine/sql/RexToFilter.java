package io.subcube.engine.sql;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.Filter.Op;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;

/**
 * Translates a Calcite condition over a {@link SubcubeQuery}'s output into a {@link Filter} over table
 * columns, or {@code null} when some part of it is not something the engine evaluates. Literals are
 * converted to the column's storage domain exactly: a decimal literal finer than the column's scale turns
 * {@code <} into {@code <=} of the floor, {@code =} into "never", and so on.
 */
final class RexToFilter {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final List<ColumnDef> tableColumns;
    private final int[] fieldToColumn;

    RexToFilter(List<ColumnDef> tableColumns, int[] fieldToColumn) {
        this.tableColumns = tableColumns;
        this.fieldToColumn = fieldToColumn;
    }

    Filter translate(RexNode node) {
        switch (node.getKind()) {
            case AND:
            case OR: {
                List<Filter> children = new ArrayList<>();
                for (RexNode operand : ((RexCall) node).getOperands()) {
                    Filter f = translate(operand);
                    if (f == null) {
                        return null;
                    }
                    children.add(f);
                }
                return node.getKind() == SqlKind.AND ? Filter.and(children) : new Filter.Or(children);
            }
            case NOT: {
                Filter f = translate(operand(node, 0));
                return f == null ? null : new Filter.Not(f);
            }
            case IS_TRUE:
            case IS_NOT_TRUE:
            case IS_FALSE:
            case IS_NOT_FALSE: {
                Filter f = translate(operand(node, 0));
                return f == null ? null : new Filter.Truth(f, Filter.TruthTest.valueOf(node.getKind().name()));
            }
            case IS_NULL:
            case IS_NOT_NULL: {
                Integer col = column(operand(node, 0));
                if (col == null) {
                    return null;
                }
                Filter isNull = new Filter.IsNull(col);
                return node.getKind() == SqlKind.IS_NULL ? isNull : new Filter.Not(isNull);
            }
            case EQUALS:
            case NOT_EQUALS:
            case LESS_THAN:
            case LESS_THAN_OR_EQUAL:
            case GREATER_THAN:
            case GREATER_THAN_OR_EQUAL:
                return comparison((RexCall) node, op(node.getKind()), true);
            case IS_NOT_DISTINCT_FROM:
            case IS_DISTINCT_FROM: {
                // Not with a parameter: a NULL parameter would have to match NULL rows.
                Filter eq = comparison((RexCall) node, Op.EQ, false);
                return eq == null ? null : new Filter.Truth(eq, node.getKind() == SqlKind.IS_NOT_DISTINCT_FROM
                        ? Filter.TruthTest.IS_TRUE : Filter.TruthTest.IS_NOT_TRUE);
            }
            case SEARCH:
                return search((RexCall) node);
            case LIKE:
                return like((RexCall) node);
            case INPUT_REF: {
                Integer col = column(node);
                return col == null || tableColumns.get(col).type().kind() != ColumnType.Kind.BOOLEAN ? null
                        : new Filter.Compare(col, Op.EQ, 1L);
            }
            case LITERAL: {
                RexLiteral lit = (RexLiteral) node;
                return lit.isNull() ? new Filter.Constant(null)
                        : new Filter.Constant(Boolean.TRUE.equals(lit.getValueAs(Boolean.class)));
            }
            default:
                return null;
        }
    }

    private static RexNode operand(RexNode node, int i) {
        return ((RexCall) node).getOperands().get(i);
    }

    private static Op op(SqlKind kind) {
        return switch (kind) {
            case EQUALS -> Op.EQ;
            case NOT_EQUALS -> Op.NE;
            case LESS_THAN -> Op.LT;
            case LESS_THAN_OR_EQUAL -> Op.LE;
            case GREATER_THAN -> Op.GT;
            default -> Op.GE;
        };
    }

    private Filter comparison(RexCall call, Op op, boolean params) {
        RexNode left = call.getOperands().get(0);
        RexNode right = call.getOperands().get(1);
        Integer col = column(left);
        RexLiteral lit = literal(right);
        if (col != null && lit != null) {
            return compare(col, op, lit);
        }
        if (col != null && params && param(right) != null) {
            return new Filter.Param(col, op, param(right));
        }
        col = column(right);
        lit = literal(left);
        if (col != null && lit != null) {
            return compare(col, op.flip(), lit);
        }
        if (col != null && params && param(left) != null) {
            return new Filter.Param(col, op.flip(), param(left));
        }
        return null;
    }

    /**
     * The literal a node is, looking through a CAST of a numeric literal to DOUBLE (which Calcite leaves in
     * place when it compares a DOUBLE such as an AVG with a decimal literal); {@code null} for anything else.
     */
    private static RexLiteral literal(RexNode node) {
        if (node instanceof RexLiteral lit) {
            return lit;
        }
        if (node.getKind() == SqlKind.CAST && node.getType().getSqlTypeName() == SqlTypeName.DOUBLE
                && operand(node, 0) instanceof RexLiteral lit && SqlTypeName.NUMERIC_TYPES.contains(lit.getTypeName())) {
            return lit;
        }
        return null;
    }

    /**
     * The index of the statement parameter a node is, looking through CASTs that leave its value as it
     * is (to its own type); {@code null} for anything else.
     */
    private static Integer param(RexNode node) {
        if (node instanceof RexDynamicParam p) {
            return p.getIndex();
        }
        if (node.getKind() == SqlKind.CAST && operand(node, 0) instanceof RexDynamicParam p
                && p.getType().getSqlTypeName() == node.getType().getSqlTypeName()
                && p.getType().getPrecision() == node.getType().getPrecision()
                && p.getType().getScale() == node.getType().getScale()) {
            return p.getIndex();
        }
        return null;
    }

    /**
     * The filter {@code param} stands for when its value is {@code value} (as a PreparedStatement's
     * parameters arrive in Calcite's DataContext): the value, or the param's function of it, is converted to
     * the column's storage domain exactly as a literal is; a NULL makes the comparison UNKNOWN. A param with a
     * function only narrows a scan by what a join condition implies ({@link JoinConstantsRule}), so where the
     * function is not defined for the value, or its result does not fit the column, it binds to TRUE: the
     * statement then fails, or not, as it would without it.
     *
     * @throws IllegalArgumentException when the value cannot be compared with the column
     */
    Filter bind(Filter.Param param, Object value) {
        if (param.function() != null) {
            try {
                return bind(new Filter.Param(param.column(), param.op(), param.index()),
                        param.function().apply(value));
            } catch (RuntimeException e) {
                return Filter.TRUE;
            }
        }
        if (value == null) {
            return new Filter.Constant(null);
        }
        ColumnDef column = tableColumns.get(param.column());
        Filter f = compare(param.column(), param.op(), paramValue(column.type(), value));
        if (f == null) {
            throw new IllegalArgumentException("parameter ?" + param.index() + " (" + value.getClass().getSimpleName()
                    + " " + value + ") cannot be compared with column " + column.name() + " " + column.type());
        }
        return f;
    }

    /** A parameter value in the terms {@link #sqlValue} gives literals, or {@code null} if it has none. */
    private static Comparable<?> paramValue(ColumnType type, Object value) {
        switch (type.kind()) {
            case VARCHAR:
                return value instanceof String || value instanceof Character ? new NlsString(value.toString(), null, null)
                        : null;
            case BOOLEAN:
                return value instanceof Boolean b ? b : null;
            case DATE:
                if (value instanceof java.sql.Date d) {
                    return DateString.fromDaysSinceEpoch((int) d.toLocalDate().toEpochDay());
                } else if (value instanceof LocalDate d) {
                    return DateString.fromDaysSinceEpoch((int) d.toEpochDay());
                } else if (value instanceof Integer days) {
                    return DateString.fromDaysSinceEpoch(days);
                }
                return null;
            default:
                if (value instanceof BigDecimal bd) {
                    return bd;
                } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                        || value instanceof Byte) {
                    return BigDecimal.valueOf(((Number) value).longValue());
                } else if ((value instanceof Double || value instanceof Float)
                        && Double.isFinite(((Number) value).doubleValue())) {
                    return new BigDecimal(((Number) value).doubleValue());
                }
                return null;
        }
    }

    private Filter compare(int col, Op op, RexLiteral literal) {
        if (literal.isNull()) {
            return new Filter.Constant(null);
        }
        return compare(col, op, sqlValue(literal));
    }

    /**
     * The literal's value as Calcite keeps it in a Sarg: BigDecimal (also for a finite DOUBLE literal, which
     * Calcite holds as a Double), NlsString, DateString or Boolean.
     */
    private static Comparable<?> sqlValue(RexLiteral literal) {
        return switch (literal.getTypeName().getFamily() == null ? SqlTypeName.ANY : literal.getTypeName()) {
            case DATE -> literal.getValueAs(DateString.class);
            case BOOLEAN -> literal.getValueAs(Boolean.class);
            case CHAR, VARCHAR -> literal.getValueAs(NlsString.class);
            default -> literal.getValue() instanceof BigDecimal bd ? bd
                    : literal.getValue() instanceof Double d && Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        };
    }

    /** {@code column op value} in storage terms, or {@code null} when the value doesn't fit the column. */
    private Filter compare(int col, Op op, Comparable<?> value) {
        ColumnType type = tableColumns.get(col).type();
        switch (type.kind()) {
            case VARCHAR:
                return value instanceof NlsString s ? new Filter.Compare(col, op, s.getValue()) : null;
            case DATE:
                return value instanceof DateString d ? new Filter.Compare(col, op, (long) d.getDaysSinceEpoch())
                        : null;
            case BOOLEAN:
                return value instanceof Boolean b ? new Filter.Compare(col, op, b ? 1L : 0L) : null;
            case DOUBLE:
                return value instanceof BigDecimal bd ? new Filter.Compare(col, op, bd.doubleValue()) : null;
            default:
                return value instanceof BigDecimal bd ? scaledCompare(col, op, bd.movePointRight(type.scale()))
                        : null;
        }
    }

    /** Compares a scaled integer column with a value that may have a fraction or lie beyond a long. */
    private static Filter scaledCompare(int col, Op op, BigDecimal v) {
        Filter never = new Filter.In(col, List.of());
        Filter always = new Filter.Not(never);
        if (v.compareTo(LONG_MAX) > 0) {
            return op == Op.LT || op == Op.LE || op == Op.NE ? always : never;
        }
        if (v.compareTo(LONG_MIN) < 0) {
            return op == Op.GT || op == Op.GE || op == Op.NE ? always : never;
        }
        if (v.signum() == 0 || v.stripTrailingZeros().scale() <= 0) {
            return new Filter.Compare(col, op, v.longValueExact());
        }
        return switch (op) {
            case EQ -> never;
            case NE -> always;
            case LT, LE -> new Filter.Compare(col, Op.LE, v.setScale(0, RoundingMode.FLOOR).longValueExact());
            case GT, GE -> new Filter.Compare(col, Op.GE, v.setScale(0, RoundingMode.CEILING).longValueExact());
        };
    }

    /** {@code SEARCH(column, sarg)}: IN lists, NOT IN, BETWEEN and range unions, with the sarg's NULL rule. */
    private Filter search(RexCall call) {
        Integer col = column(call.getOperands().get(0));
        if (col == null || !(call.getOperands().get(1) instanceof RexLiteral lit)) {
            return null;
        }
        Sarg<?> sarg = lit.getValueAs(Sarg.class);
        if (sarg == null) {
            return null;
        }
        Filter base = sarg.isComplementedPoints() ? complementedPoints(col, sarg) : ranges(col, sarg);
        if (base == null) {
            return null;
        }
        return switch (sarg.nullAs) {
            case TRUE -> new Filter.Or(List.of(new Filter.IsNull(col), base));
            case FALSE -> Filter.and(List.of(new Filter.Not(new Filter.IsNull(col)), base));
            default -> base;
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Filter complementedPoints(int col, Sarg<?> sarg) {
        Filter in = ranges(col, Sarg.of(sarg.nullAs, (com.google.common.collect.RangeSet) sarg.rangeSet.complement()));
        return in == null ? null : new Filter.Not(in);
    }

    private Filter ranges(int col, Sarg<?> sarg) {
        List<Object> points = new ArrayList<>();
        List<Filter> parts = new ArrayList<>();
        for (Range<?> range : sarg.rangeSet.asRanges()) {
            if (range.hasLowerBound() && range.hasUpperBound() && range.lowerBoundType() == BoundType.CLOSED
                    && range.upperBoundType() == BoundType.CLOSED && range.lowerEndpoint().equals(range.upperEndpoint())) {
                Filter eq = compare(col, Op.EQ, range.lowerEndpoint());
                if (eq == null) {
                    return null;
                }
                if (eq instanceof Filter.Compare c) {
                    points.add(c.value());
                } else {
                    parts.add(eq);
                }
                continue;
            }
            List<Filter> bounds = new ArrayList<>();
            if (range.hasLowerBound()) {
                bounds.add(compare(col, range.lowerBoundType() == BoundType.CLOSED ? Op.GE : Op.GT,
                        range.lowerEndpoint()));
            }
            if (range.hasUpperBound()) {
                bounds.add(compare(col, range.upperBoundType() == BoundType.CLOSED ? Op.LE : Op.LT,
                        range.upperEndpoint()));
            }
            if (bounds.contains(null)) {
                return null;
            }
            parts.add(bounds.isEmpty() ? new Filter.Not(new Filter.In(col, List.of())) : Filter.and(bounds));
        }
        if (points.size() == 1) {
            parts.add(new Filter.Compare(col, Op.EQ, points.get(0)));
        } else if (!points.isEmpty()) {
            parts.add(new Filter.In(col, points));
        }
        return parts.isEmpty() ? new Filter.In(col, List.of()) : parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
    }

    private Filter like(RexCall call) {
        if (!(call.getOperator() instanceof SqlLikeOperator likeOp)) {
            return null;
        }
        List<RexNode> ops = call.getOperands();
        Integer col = column(ops.get(0));
        if (col == null || tableColumns.get(col).type().kind() != ColumnType.Kind.VARCHAR
                || !(ops.get(1) instanceof RexLiteral pattern) || pattern.isNull()) {
            return null;
        }
        String escape = null;
        if (ops.size() > 2) {
            if (!(ops.get(2) instanceof RexLiteral esc) || esc.isNull()) {
                return null;
            }
            escape = esc.getValueAs(String.class);
        }
        Filter like = new Filter.Like(col, pattern.getValueAs(String.class), escape);
        return likeOp.isNegated() ? new Filter.Not(like) : like;
    }

    /**
     * The table column a node reads, looking through CASTs that widen a numeric column without changing
     * any comparison (INTEGER to BIGINT or a wide enough DECIMAL, exact values of at most 15 digits to
     * DOUBLE); {@code null} for anything else.
     */
    private Integer column(RexNode node) {
        if (node instanceof RexInputRef ref) {
            return fieldToColumn[ref.getIndex()];
        }
        if (node.getKind() != SqlKind.CAST) {
            return null;
        }
        Integer col = column(operand(node, 0));
        if (col == null) {
            return null;
        }
        ColumnType from = tableColumns.get(col).type();
        SqlTypeName to = node.getType().getSqlTypeName();
        int precision = switch (from.kind()) {
            case INTEGER -> 10;
            case BIGINT -> 19;
            case DECIMAL -> from.precision();
            default -> -1;
        };
        if (precision < 0) {
            return null;
        }
        return switch (to) {
            case BIGINT -> from.kind() == ColumnType.Kind.INTEGER || from.kind() == ColumnType.Kind.BIGINT ? col : null;
            case DECIMAL -> node.getType().getScale() >= from.scale()
                    && node.getType().getPrecision() - node.getType().getScale() >= precision - from.scale() ? col : null;
            case DOUBLE -> precision <= 15 ? col : null;
            default -> null;
        };
    }
}
