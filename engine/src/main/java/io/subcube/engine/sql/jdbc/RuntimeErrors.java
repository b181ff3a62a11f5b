package io.subcube.engine.sql.jdbc;

import java.sql.SQLException;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Makes failures while rows are produced (a function's domain error, a bad CAST) reach the caller of
 * {@code ResultSet.next()} as an {@link SQLException} with the failure's own message, as the JDBC
 * contract requires. Avatica's result set passes exceptions from the row iterator through unwrapped and
 * declares {@code SQLException}, so the wrapped exception is rethrown past the unchecked iterator
 * interfaces.
 */
final class RuntimeErrors {

    private RuntimeErrors() {
    }

    static <T> Enumerable<T> wrap(Enumerable<T> rows) {
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<T> enumerator() {
                Enumerator<T> inner = rows.enumerator();
                return new Enumerator<>() {
                    @Override
                    public T current() {
                        try {
                            return inner.current();
                        } catch (RuntimeException e) {
                            throw rethrow(e);
                        }
                    }

                    @Override
                    public boolean moveNext() {
                        try {
                            return inner.moveNext();
                        } catch (RuntimeException e) {
                            throw rethrow(e);
                        }
                    }

                    @Override
                    public void reset() {
                        inner.reset();
                    }

                    @Override
                    public void close() {
                        inner.close();
                    }
                };
            }
        };
    }

    /** The most specific message of a failure: its innermost cause that has one. */
    static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static RuntimeException rethrow(RuntimeException e) {
        String message = message(e);
        if (e instanceof NumberFormatException) {
            // Java's wording ("For input string", "neither a decimal digit") hides that a cast failed.
            message = "cannot convert a string to a number: " + message;
        }
        RuntimeErrors.<RuntimeException>sneaky(new SQLException(message, e));
        return e;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
