package io.subcube.engine.exec.order;

import java.util.Comparator;
import java.util.List;

/** Orders output rows ({@code Object[]} in the SQL layer's Java forms) by a list of sort keys. */
public final class RowOrder implements Comparator<Object[]> {

    private final SortKey[] keys;

    public RowOrder(List<SortKey> keys) {
        this.keys = keys.toArray(new SortKey[0]);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compare(Object[] a, Object[] b) {
        for (SortKey k : keys) {
            Object x = a[k.field()];
            Object y = b[k.field()];
            int c;
            if (x == null || y == null) {
                c = x == y ? 0 : (x == null) == k.nullsFirst() ? -1 : 1;
            } else {
                c = ((Comparable) x).compareTo(y);
                if (k.descending()) {
                    c = -c;
                }
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
