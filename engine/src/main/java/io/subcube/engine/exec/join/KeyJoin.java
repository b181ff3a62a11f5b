package io.subcube.engine.exec.join;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * An inner join of a monthly table with another monthly table on {@code month_id} and one integer key
 * ({@code subscriber_id} between fact tables, DOMAIN.md §B4 Q10). A query with a join reads the joined
 * rows: the left table's columns at positions {@code [0, L)}, then the right table's at {@code [L, L + R)}.
 *
 * @param right     the right table
 * @param leftKey   the key's position among the left table's columns
 * @param rightKey  the key's position among the right table's columns
 */
public record KeyJoin(Table right, int leftKey, int rightKey) {

    /** The joined rows' columns: the left table's, then the right table's, named after their table. */
    public List<ColumnDef> columns(Table left) {
        List<ColumnDef> all = new ArrayList<>(left.columns());
        for (ColumnDef c : right.columns()) {
            all.add(new ColumnDef(right.name() + "." + c.name(), c.type(), c.nullable(), c.source(), c.doc()));
        }
        return all;
    }

    /** Readable form, as EXPLAIN prints it. */
    public String describe(Table left) {
        return right.name() + " ON month_id AND " + left.columns().get(leftKey).name() + " = "
                + right.name() + "." + right.columns().get(rightKey).name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyJoin k && k.right == right && k.leftKey == leftKey && k.rightKey == rightKey;
    }

    @Override
    public int hashCode() {
        return right.name().hashCode() * 31 * 31 + leftKey * 31 + rightKey;
    }
}
