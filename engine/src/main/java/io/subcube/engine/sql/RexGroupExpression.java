package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.agg.GroupExpression;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * A GROUP BY expression of one column as the engine computes it ({@link GroupExpression}): the Calcite
 * expression compiled once, at planning, into Java code (as Calcite reduces constant expressions), then called
 * with each distinct column value the engine meets. Equal when the expressions are.
 */
final class RexGroupExpression implements GroupExpression {

    private final String digest;
    private final ColumnType type;
    private final Function1<DataContext, Object[]> function;

    private RexGroupExpression(String digest, ColumnType type, Function1<DataContext, Object[]> function) {
        this.digest = digest;
        this.type = type;
        this.function = function;
    }

    /**
     * The engine form of {@code expr} over a row of {@code rowType}, or null when it is not a deterministic
     * expression of exactly one field without parameters, of a type the engine produces; {@code field} receives
     * the field it reads.
     */
    static RexGroupExpression of(RexBuilder rex, RexNode expr, RelDataType rowType, int[] field) {
        ImmutableBitSet inputs = RelOptUtil.InputFinder.bits(expr);
        ColumnType type = SqlTypes.columnType(expr.getType());
        if (inputs.cardinality() != 1 || type == null || !RexUtil.isDeterministic(expr)
                || RexUtil.find(SqlKind.DYNAMIC_PARAM).contains(expr)) {
            return null;
        }
        field[0] = inputs.nth(0);
        RelDataType input = rowType.getFieldList().get(field[0]).getType();
        RexNode overValue = expr.accept(new RexShuttle() {
            @Override
            public RexNode visitInputRef(RexInputRef ref) {
                return new RexInputRef(0, input);
            }
        });
        RelDataType valueRow = rex.getTypeFactory().builder().add("value", input).build();
        Function1<DataContext, Object[]> function = RexExecutorImpl.getExecutable(rex, List.of(overValue), valueRow)
                .getFunction();
        return new RexGroupExpression(overValue.toString(), type, function);
    }

    @Override
    public Object apply(Object value) {
        return function.apply(new ValueContext(value))[0];
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public String describe(String column) {
        return digest.replace("$0", column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RexGroupExpression e && e.digest.equals(digest) && e.type.equals(type);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return digest;
    }

    /** The one-field input row the compiled expression reads, as Calcite's executor passes it. */
    private record ValueContext(Object value) implements DataContext {

        @Override
        public SchemaPlus getRootSchema() {
            return null;
        }

        @Override
        public JavaTypeFactory getTypeFactory() {
            return null;
        }

        @Override
        public QueryProvider getQueryProvider() {
            return null;
        }

        @Override
        public Object get(String name) {
            return "inputRecord".equals(name) ? new Object[] {value} : null;
        }
    }
}
