package io.subcube.engine.sql.functions;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
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
import org.apache.calcite.schema.TableFunction;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One arity of a KPI drill-down as a Calcite table function: the leading {@code arity} of the five parameters
 * (kpi_code, region_id, month_id, reference, threshold), a fixed row type, and a call to a static entry point of
 * {@link KpiTableFunctions} with the store's number and the omitted trailing arguments as NULL.
 */
final class KpiTableFunction implements TableFunction, ImplementableFunction {

    private record Parameter(String name, SqlTypeName type, Class<?> javaType) {
    }

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("kpi_code", SqlTypeName.VARCHAR, String.class),
            new Parameter("region_id", SqlTypeName.INTEGER, Integer.class),
            new Parameter("month_id", SqlTypeName.INTEGER, Integer.class),
            new Parameter("reference", SqlTypeName.VARCHAR, String.class),
            new Parameter("threshold", SqlTypeName.DOUBLE, Double.class));

    private final int arity;
    private final List<ColumnDef> columns;
    private final Method entry;
    private final int store;

    KpiTableFunction(int arity, List<ColumnDef> columns, Method entry, int store) {
        this.arity = arity;
        this.columns = columns;
        this.entry = entry;
        this.store = store;
    }

    @Override
    public List<FunctionParameter> getParameters() {
        List<FunctionParameter> out = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            int ordinal = i;
            Parameter p = PARAMETERS.get(i);
            out.add(new FunctionParameter() {
                @Override
                public int getOrdinal() {
                    return ordinal;
                }

                @Override
                public String getName() {
                    return p.name();
                }

                @Override
                public RelDataType getType(RelDataTypeFactory typeFactory) {
                    return typeFactory.createSqlType(p.type());
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
    public RelDataType getRowType(RelDataTypeFactory typeFactory, List<? extends Object> arguments) {
        RelDataTypeFactory.Builder b = typeFactory.builder();
        for (ColumnDef c : columns) {
            b.add(c.name(), typeFactory.createTypeWithNullability(sqlType(typeFactory, c.type()), c.nullable()));
        }
        return b.build();
    }

    @Override
    public Type getElementType(List<? extends Object> arguments) {
        return Object[].class;
    }

    @Override
    public CallImplementor getImplementor() {
        // NullPolicy.NONE: a NULL argument reaches the entry point, which answers with no rows
        return RexImpTable.createImplementor((translator, call, operands) -> {
            List<Expression> args = new ArrayList<>();
            args.add(Expressions.constant(store));
            for (int i = 0; i < PARAMETERS.size(); i++) {
                Class<?> type = PARAMETERS.get(i).javaType();
                args.add(i < operands.size() ? EnumUtils.convert(operands.get(i), type)
                        : Expressions.constant(null, type));
            }
            return Expressions.call(entry, args);
        }, NullPolicy.NONE, false);
    }

    private static RelDataType sqlType(RelDataTypeFactory factory, ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> factory.createSqlType(SqlTypeName.INTEGER);
            case DOUBLE -> factory.createSqlType(SqlTypeName.DOUBLE);
            case DECIMAL -> factory.createSqlType(SqlTypeName.DECIMAL, type.precision(), type.scale());
            case VARCHAR -> factory.createSqlType(SqlTypeName.VARCHAR);
            case BOOLEAN -> factory.createSqlType(SqlTypeName.BOOLEAN);
            default -> throw new IllegalArgumentException("no drill-down column is " + type);
        };
    }
}
