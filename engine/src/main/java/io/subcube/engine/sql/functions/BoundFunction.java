package io.subcube.engine.sql.functions;

import io.subcube.functions.FunctionSignature;
import io.subcube.functions.SqlType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * One {@link FunctionSignature} as a Calcite scalar function: arguments and result typed exactly as the
 * signature says (numeric arguments accept any numeric type, converted as CAST would), NULL in gives
 * NULL unless the signature says NULL means something, and the dataset's parameters bound where the
 * method takes them.
 */
public final class BoundFunction implements ScalarFunction, ImplementableFunction {

    private final FunctionSignature signature;
    private final int parameterSet;

    BoundFunction(FunctionSignature signature, int parameterSet) {
        this.signature = signature;
        this.parameterSet = parameterSet;
    }

    /** The §B3 function a call's operator stands for, or {@code null} when it is any other operator. */
    public static BoundFunction of(SqlOperator operator) {
        return operator instanceof SqlUserDefinedFunction udf && udf.getFunction() instanceof BoundFunction f ? f
                : null;
    }

    public FunctionSignature signature() {
        return signature;
    }

    /**
     * The function's value for {@code args} (Java types per the signature) as a query computes it, with the
     * dataset's parameters bound: for evaluating a call outside generated code, at planning or when a
     * statement's parameters are bound.
     */
    public Object call(Object... args) {
        return signature.invoke(BoundParameters.get(parameterSet), args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundFunction f && f.signature.equals(signature) && f.parameterSet == parameterSet;
    }

    @Override
    public int hashCode() {
        return signature.hashCode() * 31 + parameterSet;
    }

    @Override
    public String toString() {
        return signature.name();
    }

    @Override
    public List<FunctionParameter> getParameters() {
        List<FunctionParameter> out = new ArrayList<>();
        List<FunctionSignature.Argument> args = signature.arguments();
        for (int i = 0; i < args.size(); i++) {
            int ordinal = i;
            FunctionSignature.Argument a = args.get(i);
            out.add(new FunctionParameter() {
                @Override
                public int getOrdinal() {
                    return ordinal;
                }

                @Override
                public String getName() {
                    return a.name();
                }

                @Override
                public RelDataType getType(RelDataTypeFactory typeFactory) {
                    return type(typeFactory, a.type());
                }

                @Override
                public boolean isOptional() {
                    return false;
                }
            });
        }
        return out;
    }

    @Override
    public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
        return typeFactory.createTypeWithNullability(type(typeFactory, signature.returns()), true);
    }

    @Override
    public CallImplementor getImplementor() {
        return RexImpTable.createImplementor((translator, call, operands) -> {
            List<Expression> args = new ArrayList<>();
            if (signature.takesParameters()) {
                args.add(Expressions.call(BoundParameters.class, "get", Expressions.constant(parameterSet)));
            }
            List<FunctionSignature.Argument> declared = signature.arguments();
            for (int i = 0; i < operands.size(); i++) {
                args.add(EnumUtils.convert(operands.get(i), declared.get(i).type().javaType()));
            }
            return Expressions.call(signature.method(), args);
        }, signature.nullMeaningful() ? NullPolicy.NONE : NullPolicy.STRICT, false);
    }

    static RelDataType type(RelDataTypeFactory factory, SqlType type) {
        return switch (type.kind()) {
            case INTEGER -> factory.createSqlType(SqlTypeName.INTEGER);
            case BIGINT -> factory.createSqlType(SqlTypeName.BIGINT);
            case DOUBLE -> factory.createSqlType(SqlTypeName.DOUBLE);
            case DECIMAL -> factory.createSqlType(SqlTypeName.DECIMAL, type.precision(), type.scale());
            case VARCHAR -> factory.createSqlType(SqlTypeName.VARCHAR);
            case BOOLEAN -> factory.createSqlType(SqlTypeName.BOOLEAN);
        };
    }
}
