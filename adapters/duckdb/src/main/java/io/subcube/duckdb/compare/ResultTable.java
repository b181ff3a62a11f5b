package io.subcube.duckdb.compare;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A query result read completely into memory: column labels and rows of normalised values.
 *
 * @param labels column labels as the engine reports them (shown in messages, not compared)
 * @param rows   rows in the order the engine returned them
 */
public record ResultTable(List<String> labels, List<List<Object>> rows) {

    public ResultTable {
        labels = List.copyOf(labels);
        rows = Collections.unmodifiableList(rows);
    }

    /** Runs the query and reads every row. */
    public static ResultTable query(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return read(r);
        }
    }

    public static ResultTable read(ResultSet r) throws SQLException {
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
                row[c - 1] = Values.normalize(r.getObject(c));
            }
            rows.add(Collections.unmodifiableList(Arrays.asList(row)));
        }
        return new ResultTable(labels, rows);
    }

    public int columnCount() {
        return labels.size();
    }

    /** The rows sorted by {@link Values#ORDER}, column by column. */
    public List<List<Object>> sortedRows() {
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.sort(ResultTable::compareRows);
        return sorted;
    }

    private static int compareRows(List<Object> a, List<Object> b) {
        for (int c = 0; c < Math.min(a.size(), b.size()); c++) {
            int cmp = Values.ORDER.compare(a.get(c), b.get(c));
            if (cmp != 0) {
                return cmp;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
