package io.subcube.benchmarks.run;

import io.subcube.benchmarks.workload.BenchQuery;
import io.subcube.benchmarks.workload.Form;
import io.subcube.duckdb.compare.ResultTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Calls one workload query in one form on one connection — the single code path the runner, the JMH benchmark
 * and the agreement test time or check. Prepared: one PreparedStatement, prepared on first use and reused,
 * bound to call k's parameters. Ad hoc: a new Statement and a new SQL text with call k's literals.
 */
public final class QueryCaller implements AutoCloseable {

    private final Connection connection;
    private final BenchQuery query;
    private final Form form;
    private PreparedStatement prepared;

    public QueryCaller(Connection connection, BenchQuery query, Form form) {
        this.connection = connection;
        this.query = query;
        this.form = form;
    }

    /** Runs call {@code k} and reads every value of every row (as a client would); returns a digest of them. */
    public long call(long k) throws SQLException {
        try (Execution e = execute(k)) {
            ResultSet r = e.resultSet;
            int columns = r.getMetaData().getColumnCount();
            long digest = 0;
            while (r.next()) {
                for (int c = 1; c <= columns; c++) {
                    Object v = r.getObject(c);
                    // Mixed into a result so the JIT cannot drop the reads.
                    digest = 31 * digest + (v == null ? 0 : 1);
                }
            }
            return digest;
        }
    }

    /** Runs call {@code k} and returns its result for comparison. */
    public ResultTable result(long k) throws SQLException {
        try (Execution e = execute(k)) {
            return ResultTable.read(e.resultSet);
        }
    }

    @Override
    public void close() throws SQLException {
        if (prepared != null) {
            prepared.close();
            prepared = null;
        }
    }

    private Execution execute(long k) throws SQLException {
        if (form == Form.AD_HOC) {
            Statement s = connection.createStatement();
            try {
                return new Execution(s.executeQuery(query.adHocSql(k)), s);
            } catch (SQLException | RuntimeException e) {
                s.close();
                throw e;
            }
        }
        if (prepared == null) {
            prepared = connection.prepareStatement(query.sql());
        }
        List<Object> parameters = query.parameters(k);
        for (int i = 0; i < parameters.size(); i++) {
            prepared.setObject(i + 1, parameters.get(i));
        }
        return new Execution(prepared.executeQuery(), null);
    }

    /** A result set and the ad hoc statement to close with it (the prepared one stays open). */
    private record Execution(ResultSet resultSet, Statement statement) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try {
                resultSet.close();
            } finally {
                if (statement != null) {
                    statement.close();
                }
            }
        }
    }
}
