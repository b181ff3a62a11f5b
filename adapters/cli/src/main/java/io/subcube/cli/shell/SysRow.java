package io.subcube.cli.shell;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the columns of a sys table row by name, tolerating absent optional columns, so that dot commands keep
 * working while the sys schema gains or renames columns (ORDINAL, a reserved word, may be ordinal_position).
 */
final class SysRow {

    private final ResultSet resultSet;
    private final Map<String, Integer> indexes = new HashMap<>();

    SysRow(ResultSet resultSet) throws SQLException {
        this.resultSet = resultSet;
        ResultSetMetaData meta = resultSet.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            indexes.putIfAbsent(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** The value of the first of the named columns that exists; null when none does. */
    Object value(String... names) throws SQLException {
        for (String name : names) {
            Integer index = indexes.get(name);
            if (index != null) {
                return resultSet.getObject(index);
            }
        }
        return null;
    }

    /** A column that must exist, as text. */
    String text(String name) throws SQLException {
        Integer index = indexes.get(name);
        if (index == null) {
            throw new SQLException("sys table has no column " + name);
        }
        return resultSet.getString(index);
    }
}
