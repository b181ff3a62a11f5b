package io.subcube.cli;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/** The one message a user sees for a failure: the most specific useful text of an exception chain. */
public final class ErrorMessages {

    // Calcite's JDBC layer prefixes the real message with the whole statement; the user just typed it.
    private static final String CALCITE_WRAPPER = "Error while executing SQL \"";

    /** The start of messages for failures that only a stack trace explains. */
    public static final String INTERNAL = "internal error: ";

    private ErrorMessages() {
    }

    public static String of(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = error;
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            String message = current.getMessage();
            Throwable cause = next(current);
            boolean wrapper = message != null && message.startsWith(CALCITE_WRAPPER) && cause != null;
            if (!wrapper && isUseful(message, cause)) {
                return message;
            }
            if (cause == null) {
                break;
            }
            current = cause;
        }
        // Nothing in the chain says anything: name the failure (e.g. a NullPointerException from a bug).
        Throwable root = current == null ? error : current;
        return INTERNAL + root.getClass().getName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }

    // A message is useless when absent or when it is only the cause's toString() (new X(cause)).
    private static boolean isUseful(String message, Throwable cause) {
        if (message == null || message.isBlank()) {
            return false;
        }
        return cause == null || !message.equals(cause.toString());
    }
}
