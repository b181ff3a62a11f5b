package io.subcube.cli.format;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** A JDBC result set as a cursor; column kinds come from the result set's metadata. */
public final class ResultSetCursor implements RowCursor {

    private final ResultSet resultSet;
    private final List<Column> columns;

    public ResultSetCursor(ResultSet resultSet) throws SQLException {
        this.resultSet = resultSet;
        ResultSetMetaData meta = resultSet.getMetaData();
        List<Column> list = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            list.add(Column.of(meta.getColumnLabel(i), kindOf(meta, i)));
        }
        this.columns = List.copyOf(list);
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public boolean next() throws SQLException {
        return resultSet.next();
    }

    @Override
    public Object value(int column) throws SQLException {
        int index = column + 1;
        return switch (columns.get(column).kind()) {
            case NUMBER, BOOLEAN -> resultSet.getObject(index);
            // getString gives drivers' own text for dates, times, intervals and arrays.
            case TEXT -> resultSet.getString(index);
        };
    }

    private static ColumnKind kindOf(ResultSetMetaData meta, int index) throws SQLException {
        switch (meta.getColumnType(index)) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                    Types.REAL, Types.FLOAT, Types.DOUBLE:
                return ColumnKind.NUMBER;
            case Types.BOOLEAN, Types.BIT:
                return ColumnKind.BOOLEAN;
            default:
                // Drivers report engine-specific numbers (e.g. 128-bit integers) as OTHER with a Number class.
                return isNumberClass(meta.getColumnClassName(index)) ? ColumnKind.NUMBER : ColumnKind.TEXT;
        }
    }

    private static boolean isNumberClass(String className) {
        if (className == null) {
            return false;
        }
        try {
            return Number.class.isAssignableFrom(Class.forName(className, false, ResultSetCursor.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
