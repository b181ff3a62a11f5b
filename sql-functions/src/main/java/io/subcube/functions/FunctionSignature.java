package io.subcube.functions;

import java.lang.reflect.Method;
import java.util.List;
import java.util.StringJoiner;

/**
 * One SQL signature of a §B3 function: name, section, arguments and result, and the Java method that
 * implements it. Optional arguments are separate signatures of the same name.
 *
 * @param name            SQL name, upper case
 * @param section         DOMAIN.md section
 * @param arguments       SQL arguments in order (a leading {@link ScoringParameters} is not one)
 * @param returns         SQL result type
 * @param nullMeaningful  NULL arguments are passed to the method rather than giving NULL
 * @param method          the static method
 * @param takesParameters the method's first parameter is a {@link ScoringParameters} to bind
 */
public record FunctionSignature(String name, String section, List<Argument> arguments, SqlType returns,
                                boolean nullMeaningful, Method method, boolean takesParameters) {

    /** One SQL argument. */
    public record Argument(String name, SqlType type) {
    }

    /** The signature as documentation writes it: {@code CVS(arpu DECIMAL(12,2), …) → DECIMAL(5,2)}. */
    public String describe() {
        StringJoiner j = new StringJoiner(", ", name + "(", ") → " + returns.sql());
        for (Argument a : arguments) {
            j.add(a.name() + " " + a.type().sql());
        }
        return j.toString();
    }

    /**
     * Calls the function as SQL would: {@code args} are the SQL arguments (Java types per
     * {@link SqlFunction}); NULL gives NULL unless {@link #nullMeaningful}.
     */
    public Object invoke(ScoringParameters parameters, Object... args) {
        if (args.length != arguments.size()) {
            throw new IllegalArgumentException(describe() + " takes " + arguments.size() + " arguments, got "
                    + args.length);
        }
        if (!nullMeaningful) {
            for (Object a : args) {
                if (a == null) {
                    return null;
                }
            }
        }
        Object[] call = args;
        if (takesParameters) {
            call = new Object[args.length + 1];
            call[0] = parameters;
            System.arraycopy(args, 0, call, 1, args.length);
        }
        try {
            return method.invoke(null, call);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
