package io.subcube.benchmarks.check;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A query result read whole: column labels and rows of values as JDBC returned them (dates as java.time).
 *
 * @param labels column labels (shown in messages, not compared)
 * @param rows   rows in the order the engine returned them
 */
public record Result(List<String> labels, List<List<Object>> rows) {

    public Result {
        labels = List.copyOf(labels);
        rows = Collections.unmodifiableList(rows);
    }

    /** Reads every remaining row of the result set. */
    public static Result read(ResultSet r) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        int n = meta.getColumnCount();
        List<String> labels = new ArrayList<>(n);
        for (int c = 1; c <= n; c++) {
            labels.add(meta.getColumnLabel(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
            Object[] row = new Object[n];
            for (int c = 1; c <= n; c++) {
                row[c - 1] = normalize(r.getObject(c));
            }
            rows.add(Collections.unmodifiableList(Arrays.asList(row)));
        }
        return new Result(labels, rows);
    }

    /** JDBC date and time classes become java.time, whose equals compares the value; the rest stays. */
    private static Object normalize(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return v;
    }
}
