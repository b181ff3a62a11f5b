package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.SqlValues;
import io.subcube.engine.sql.functions.BoundFunction;
import io.subcube.functions.SqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A §B3 function called with constants and one value that is known only once the statement's parameters are
 * bound: {@code MONTH_ADD(?0, -1)} where {@code ?0} is what a join's other side compares {@code month_id}
 * with (§B4 Q9b). The value is taken exactly as a column of type {@code source} compared with it holds it, so
 * the function sees what it would see on that column's rows.
 *
 * @param function the function called
 * @param args     the call's arguments in the signature's Java types; {@code null} in the parameter's slot
 * @param slot     the argument that is the parameter's value
 * @param source   the type of the column whose value the argument is
 * @param inner    the function of the parameter that the argument is, or {@code null} for the parameter itself
 */
record FunctionOfParam(BoundFunction function, List<Object> args, int slot, ColumnType source,
                       Filter.ParamFunction inner) implements Filter.ParamFunction {

    FunctionOfParam {
        // Arguments may be NULL, which List.copyOf rejects.
        args = Collections.unmodifiableList(new ArrayList<>(args));
        if (!widens(source, function.signature().arguments().get(slot).type())) {
            throw new IllegalArgumentException(source + " is not an argument of " + function.signature().describe());
        }
    }

    @Override
    public Object apply(Object value) {
        Object v = ofColumn(source, inner == null ? value : inner.apply(value));
        Object[] call = args.toArray();
        call[slot] = v == null ? null : argument(v, function.signature().arguments().get(slot).type());
        return function.call(call);
    }

    @Override
    public String describe(String argument) {
        StringJoiner j = new StringJoiner(", ", function.signature().name() + "(", ")");
        for (int i = 0; i < args.size(); i++) {
            j.add(i == slot ? (inner == null ? argument : inner.describe(argument)) : sql(args.get(i)));
        }
        return j.toString();
    }

    /**
     * The value a column of type {@code type} holds when it equals {@code value} (a parameter's value or a
     * function's result), in the SQL layer's Java form ({@link SqlValues}), as a filter comparing the column
     * with it would take it; {@code null} for NULL.
     *
     * @throws IllegalArgumentException when no value of the column equals it
     */
    static Object ofColumn(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        ColumnDef column = new ColumnDef("value", type, true, ColumnDef.Source.RAW, "");
        Filter f = new RexToFilter(List.of(column), new int[0]).bind(new Filter.Param(0, Filter.Op.EQ, 0), value);
        if (!(f instanceof Filter.Compare c)) {
            throw new IllegalArgumentException("no " + type + " value equals " + value);
        }
        return stored(type, c.value());
    }

    /** A stored value of {@code type} (a filter literal) in the SQL layer's Java form. */
    static Object stored(ColumnType type, Object value) {
        return value instanceof Long v ? SqlValues.ofLong(type, v) : value;
    }

    /**
     * Whether a value of a column of type {@code from} is passed to an argument of type {@code to} as it is or
     * widened without loss, as a query's generated code passes it (integers to wider integers, DECIMAL or
     * DOUBLE; DECIMAL to DOUBLE; otherwise the same kind).
     */
    static boolean widens(ColumnType from, SqlType to) {
        return switch (from.kind()) {
            case INTEGER -> to.isNumeric();
            case BIGINT -> to.isNumeric() && to.kind() != SqlType.Kind.INTEGER;
            case DECIMAL -> to.kind() == SqlType.Kind.DECIMAL || to.kind() == SqlType.Kind.DOUBLE;
            case DOUBLE -> to.kind() == SqlType.Kind.DOUBLE;
            case VARCHAR -> to.kind() == SqlType.Kind.VARCHAR;
            case BOOLEAN -> to.kind() == SqlType.Kind.BOOLEAN;
            case DATE -> false;
        };
    }

    /** A non-null value (Java form of a column type that {@link #widens} to {@code to}) as an argument of {@code to}. */
    static Object argument(Object value, SqlType to) {
        if (!(value instanceof Number n)) {
            return value;
        }
        return switch (to.kind()) {
            case INTEGER -> n.intValue();
            case BIGINT -> n.longValue();
            case DECIMAL -> n instanceof BigDecimal bd ? bd : BigDecimal.valueOf(n.longValue());
            case DOUBLE -> n.doubleValue();
            default -> throw new IllegalArgumentException(value + " is not a " + to.sql());
        };
    }

    /** An argument as a SQL literal, for EXPLAIN. */
    private static String sql(Object v) {
        if (v == null) {
            return "NULL";
        } else if (v instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        } else if (v instanceof BigDecimal bd) {
            return bd.toPlainString();
        } else if (v instanceof Boolean b) {
            return b.toString().toUpperCase(Locale.ROOT);
        }
        return v.toString();
    }
}
