package io.subcube.functions;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every SQL function of DOMAIN.md §B3, read once from the {@link SqlFunction} methods of the function
 * classes. This is the one list engines register from: Calcite in the engine, DuckDB in the benchmarks
 * and differential tests; another engine needs one class that walks {@link #all()} and, for each
 * signature, declares its argument and result types and calls {@link FunctionSignature#method()}
 * (binding the dataset's {@link ScoringParameters} where {@link FunctionSignature#takesParameters()}).
 */
public final class FunctionCatalog {

    /** The classes holding §B3 functions; a new one is added here. */
    private static final List<Class<?>> CLASSES = List.of(ValueFunctions.class, StickinessFunctions.class,
            AnomalyFunctions.class, VasFunctions.class, ClusterFunctions.class, MatrixFunctions.class,
            PolicyFunctions.class, HotspotFunctions.class, ChannelFunctions.class, HealthFunctions.class,
            KpiFunctions.class, MonthFunctions.class);

    private static final List<FunctionSignature> ALL = scan();

    private FunctionCatalog() {
    }

    /** Every signature, ordered by name and then by number of arguments. */
    public static List<FunctionSignature> all() {
        return ALL;
    }

    /** The signatures of one function (its overloads), or an empty list. */
    public static List<FunctionSignature> named(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        List<FunctionSignature> out = new ArrayList<>();
        for (FunctionSignature s : ALL) {
            if (s.name().equals(upper)) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<FunctionSignature> scan() {
        List<FunctionSignature> out = new ArrayList<>();
        for (Class<?> c : CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                SqlFunction f = m.getAnnotation(SqlFunction.class);
                if (f != null) {
                    out.add(signature(m, f));
                }
            }
        }
        out.sort(Comparator.comparing(FunctionSignature::name).thenComparingInt(s -> s.arguments().size()));
        return List.copyOf(out);
    }

    /** Reads one signature and checks that its Java types are those its SQL types call for. */
    private static FunctionSignature signature(Method m, SqlFunction f) {
        String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
        if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
            throw new IllegalStateException(where + ": a SQL function must be public static");
        }
        if (!f.name().equals(f.name().toUpperCase(Locale.ROOT))) {
            throw new IllegalStateException(where + ": SQL name must be upper case: " + f.name());
        }
        Parameter[] params = m.getParameters();
        boolean takesParameters = params.length > 0 && params[0].getType() == ScoringParameters.class;
        List<FunctionSignature.Argument> args = new ArrayList<>();
        for (int i = takesParameters ? 1 : 0; i < params.length; i++) {
            Param p = params[i].getAnnotation(Param.class);
            if (p == null) {
                throw new IllegalStateException(where + ": parameter " + i + " has no @Param");
            }
            SqlType type = SqlType.parse(p.type());
            if (params[i].getType() != type.javaType()) {
                throw new IllegalStateException(where + ": argument " + p.name() + " is " + p.type()
                        + " and must be a " + type.javaType().getSimpleName());
            }
            args.add(new FunctionSignature.Argument(p.name(), type));
        }
        SqlType returns = SqlType.parse(f.returns());
        if (m.getReturnType() != returns.javaType()) {
            throw new IllegalStateException(where + ": returns " + f.returns() + " and must return a "
                    + returns.javaType().getSimpleName());
        }
        return new FunctionSignature(f.name(), f.section(), List.copyOf(args), returns, f.nullMeaningful(), m,
                takesParameters);
    }
}
