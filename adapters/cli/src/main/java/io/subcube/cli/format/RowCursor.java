package io.subcube.cli.format;

import java.sql.SQLException;
import java.util.List;

/** Forward-only rows of a result, from a JDBC result set or from memory, as the renderers read them. */
public interface RowCursor {

    List<Column> columns();

    /** Moves to the next row; false when there are no more. */
    boolean next() throws SQLException;

    /** The current row's value: null, a Number, a Boolean, a String, or any object printed by toString. */
    Object value(int column) throws SQLException;
}
