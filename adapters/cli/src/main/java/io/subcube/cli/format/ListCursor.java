package io.subcube.cli.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows held in memory (dot commands, summaries, tests) presented as a cursor. */
public final class ListCursor implements RowCursor {

    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private int position = -1;

    public ListCursor(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Appends a row; values line up with the columns. */
    public ListCursor add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        rows.add(Arrays.asList(values.clone()));
        return this;
    }

    public int size() {
        return rows.size();
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public boolean next() {
        if (position + 1 >= rows.size()) {
            position = rows.size();
            return false;
        }
        position++;
        return true;
    }

    @Override
    public Object value(int column) {
        return rows.get(position).get(column);
    }
}
