package io.subcube.engine.sql.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import io.subcube.functions.FunctionCatalog;
import io.subcube.functions.FunctionSignature;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * Rewrites planner failures into messages a user can act on: a syntax error says where and what was
 * expected (a short list, not the parser's hundred tokens); a validation error keeps Calcite's text,
 * which already names the object and its position.
 */
final class SqlErrors {

    private static final int MAX_EXPECTED = 12;
    private static final Pattern NO_MATCH = Pattern.compile("No match found for function signature ([A-Za-z_0-9]+)\\(");

    private SqlErrors() {
    }

    static RuntimeException clean(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SqlParseException pe) {
                return new SqlStatementException(syntaxMessage(pe), e);
            }
            if (t instanceof CalciteContextException ce) {
                return new SqlStatementException(withSignatures(ce.getMessage()), e);
            }
        }
        return e;
    }

    /** A call matching no signature of one of our functions also lists the signatures it has. */
    private static String withSignatures(String message) {
        Matcher m = NO_MATCH.matcher(message);
        if (!m.find()) {
            return message;
        }
        List<FunctionSignature> signatures = FunctionCatalog.named(m.group(1));
        if (signatures.isEmpty()) {
            return message;
        }
        StringBuilder b = new StringBuilder(message).append("; ").append(signatures.get(0).name())
                .append(signatures.size() == 1 ? " takes " : " takes one of ");
        for (int i = 0; i < signatures.size(); i++) {
            b.append(i == 0 ? "" : " | ").append(signatures.get(i).describe());
        }
        return b.toString();
    }

    private static String syntaxMessage(SqlParseException pe) {
        String first = pe.getMessage() == null ? "syntax error" : pe.getMessage().split("\n", 2)[0].trim();
        if (first.startsWith("Non-query expression")) {
            first = "expected a query (SELECT, WITH, VALUES or EXPLAIN PLAN FOR), found an expression";
        }
        if (!first.contains(" line ") && pe.getPos() != null) {
            first = "at line " + pe.getPos().getLineNum() + ", column " + pe.getPos().getColumnNum() + ": " + first;
        }
        StringBuilder msg = new StringBuilder("Syntax error").append(first.startsWith("at ") ? " " : ": ")
                .append(first);
        Collection<String> expected = pe.getExpectedTokenNames();
        if (expected != null && !expected.isEmpty()) {
            List<String> tokens = new ArrayList<>(expected);
            tokens.sort(null);
            msg.append(" Expected one of: ")
                    .append(String.join(", ", tokens.subList(0, Math.min(MAX_EXPECTED, tokens.size()))));
            if (tokens.size() > MAX_EXPECTED) {
                msg.append(", … (").append(tokens.size() - MAX_EXPECTED).append(" more)");
            }
        }
        return msg.toString();
    }

    /** A statement that failed to parse or validate, with a message fit for the user. */
    static final class SqlStatementException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SqlStatementException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
