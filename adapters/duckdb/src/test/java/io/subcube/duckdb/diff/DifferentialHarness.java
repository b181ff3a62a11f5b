package io.subcube.duckdb.diff;

import io.subcube.duckdb.compare.ResultDiff;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.duckdb.compare.Values;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs one SQL text on two engines (Subcube and DuckDB, or any two JDBC connections) and asserts they
 * agree: same column count, same rows (in sequence when the outermost level has ORDER BY, else as
 * multisets), values compared as {@link Values} says. A failure is an {@link AssertionError} whose
 * message holds the SQL, both row counts and the first differing rows of each side.
 */
public final class DifferentialHarness {

    private final Connection left;
    private final String leftName;
    private final Connection right;
    private final String rightName;
    private final ResultDiff diff;

    /** Whether the row sequence is part of the answer. */
    public enum RowOrder {
        /** Rows compared in the order returned. */
        ORDERED,
        /** Rows compared as multisets. */
        UNORDERED;

        /** ORDERED when the query's outermost level has ORDER BY. */
        public static RowOrder of(String sql) {
            return OrderByDetector.hasOuterOrderBy(sql) ? ORDERED : UNORDERED;
        }
    }

    /** The two errors of a statement both engines rejected. */
    public record Errors(SQLException left, SQLException right) {
    }

    public DifferentialHarness(Connection left, String leftName, Connection right, String rightName) {
        this.left = left;
        this.leftName = leftName;
        this.right = right;
        this.rightName = rightName;
        this.diff = new ResultDiff(leftName, rightName);
    }

    /** Asserts both engines return the same result; row order matters iff the outermost level has ORDER BY. */
    public void assertSameResult(String sql) {
        assertSameResult(sql, RowOrder.of(sql));
    }

    public void assertSameResult(String sql, RowOrder order) {
        ResultTable l = run(left, leftName, sql);
        ResultTable r = run(right, rightName, sql);
        Optional<String> mismatch = diff.compare(l, r, order == RowOrder.ORDERED);
        mismatch.ifPresent(m -> {
            throw new AssertionError(leftName + " and " + rightName + " disagree on\n" + indent(sql) + "\n" + m);
        });
    }

    /**
     * Asserts that the left engine's prepared statement {@code leftSql}, executed with {@code leftParameters}
     * bound in order (a null as {@code setNull(i, Types.NULL)}), returns what {@code rightSql}, the same query
     * with the values written as literals, returns on the right; row order matters iff {@code rightSql}'s
     * outermost level has ORDER BY. For checking statement parameters, which the engine binds at run time.
     */
    public void assertSamePrepared(String leftSql, List<?> leftParameters, String rightSql) {
        ResultTable l;
        try (PreparedStatement ps = left.prepareStatement(leftSql)) {
            for (int i = 0; i < leftParameters.size(); i++) {
                Object v = leftParameters.get(i);
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                l = ResultTable.read(rs);
            }
        } catch (SQLException | RuntimeException e) {
            String cause = e instanceof SQLException ? e.getMessage() : e.toString();
            AssertionError err = new AssertionError(leftName + " failed on prepared\n" + indent(leftSql)
                    + "\n  parameters " + leftParameters + "\n  with: " + cause);
            err.initCause(e);
            throw err;
        }
        ResultTable r = run(right, rightName, rightSql);
        diff.compare(l, r, RowOrder.of(rightSql) == RowOrder.ORDERED).ifPresent(m -> {
            throw new AssertionError(leftName + " (prepared) and " + rightName + " disagree; " + leftName + ":\n"
                    + indent(leftSql) + "\n  parameters " + leftParameters + "\n" + rightName + ":\n"
                    + indent(rightSql) + "\n" + m);
        });
    }

    /**
     * Asserts that {@code leftSql} on the left engine and {@code rightSql} on the right return the same rows,
     * matched by their first {@code keyColumns} columns, every other value exactly equal (same Java class,
     * DECIMAL scale included, no tolerance; see {@link KeyedDiff}). For comparing what each engine computes
     * its own way, e.g. Subcube's stored derived columns with DuckDB's SQL over the raw columns.
     */
    public void assertSameByKey(String leftSql, String rightSql, int keyColumns) {
        ResultTable l = run(left, leftName, leftSql);
        ResultTable r = run(right, rightName, rightSql);
        new KeyedDiff(leftName, rightName).compare(l, r, keyColumns).ifPresent(m -> {
            throw new AssertionError(leftName + " and " + rightName + " disagree; " + leftName + ":\n"
                    + indent(leftSql) + "\n" + rightName + ":\n" + indent(rightSql) + "\n" + m);
        });
    }

    /**
     * Asserts both engines reject the statement with an {@link SQLException} whose message mentions each of
     * {@code mentions} (case-insensitive), and returns the two errors.
     */
    public Errors assertBothFail(String sql, String... mentions) {
        SQLException l = failure(left, leftName, sql);
        SQLException r = failure(right, rightName, sql);
        for (String m : mentions) {
            requireMention(l, leftName, sql, m);
            requireMention(r, rightName, sql, m);
        }
        return new Errors(l, r);
    }

    private static ResultTable run(Connection c, String name, String sql) {
        try {
            return ResultTable.query(c, sql);
        } catch (SQLException | RuntimeException e) {
            // Engines may also fail while iterating rows with unchecked exceptions; report them with the SQL.
            String cause = e instanceof SQLException ? e.getMessage() : e.toString();
            AssertionError err = new AssertionError(name + " failed on\n" + indent(sql) + "\n  with: " + cause);
            err.initCause(e);
            throw err;
        }
    }

    private static SQLException failure(Connection c, String name, String sql) {
        try {
            ResultTable t = ResultTable.query(c, sql);
            throw new AssertionError(name + " accepted a statement expected to fail:\n" + indent(sql) + "\n  returned "
                    + t.rows().size() + " rows, columns " + t.labels());
        } catch (SQLException e) {
            return e;
        } catch (RuntimeException e) {
            AssertionError err = new AssertionError(name + " threw " + e + " instead of an SQLException for\n"
                    + indent(sql));
            err.initCause(e);
            throw err;
        }
    }

    private static void requireMention(SQLException e, String name, String sql, String mention) {
        String message = String.valueOf(e.getMessage());
        if (!message.toLowerCase(Locale.ROOT).contains(mention.toLowerCase(Locale.ROOT))) {
            throw new AssertionError(name + "'s error does not mention '" + mention + "' for\n" + indent(sql)
                    + "\n  message: " + message);
        }
    }

    private static String indent(String sql) {
        return "  " + sql.strip().replace("\n", "\n  ");
    }
}
