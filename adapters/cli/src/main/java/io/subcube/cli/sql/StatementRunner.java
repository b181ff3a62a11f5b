package io.subcube.cli.sql;

import io.subcube.cli.format.ResultPrinter;
import io.subcube.cli.format.ResultSetCursor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Executes one SQL statement on a connection and prints its result; can cancel it from another thread. */
public final class StatementRunner {

    private final Connection connection;
    private final ResultPrinter printer;
    private volatile Statement running;

    public StatementRunner(Connection connection, ResultPrinter printer) {
        this.connection = connection;
        this.printer = printer;
    }

    public ResultPrinter printer() {
        return printer;
    }

    /** Executes and prints; returns the row count of a query, the update count otherwise. */
    public long run(String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            running = statement;
            if (statement.execute(sql)) {
                try (ResultSet resultSet = statement.getResultSet()) {
                    return printer.print(new ResultSetCursor(resultSet), start);
                }
            }
            long count = Math.max(0, statement.getUpdateCount());
            printer.printUpdate(count, start);
            return count;
        } finally {
            running = null;
        }
    }

    /** Asks the driver to stop the statement now running, if any (Ctrl-C in the shell). */
    public void cancel() {
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException | RuntimeException e) {
                // Not every driver can cancel; the statement then simply runs to its end.
            }
        }
    }
}
