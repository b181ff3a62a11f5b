package io.subcube.engine.exec;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.index.ParentKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The conjunct on an indexed parent column that a top-level {@code child = v} or {@code child IN (...)}
 * implies on one partition through the child's {@link ParentKeys} ({@code county_id = 10503} implies
 * {@code city_id = 105}). It only narrows: the child's conjunct must still be evaluated on the rows it
 * selects. Only equalities and IN lists, whose few keys have few parents; a range or {@code <>} would
 * imply most parents for a slice evaluation that narrows little.
 */
final class ParentImplication {

    private ParentImplication() {
    }

    /**
     * The implied conjunct, {@link Filter#FALSE} when the partition holds none of the child's listed
     * values, or {@code null} when the conjunct implies nothing.
     */
    static Filter implied(Filter conjunct, Partition p) {
        int child;
        if (conjunct instanceof Filter.Compare c && c.op() == Filter.Op.EQ) {
            child = c.column();
        } else if (conjunct instanceof Filter.In in) {
            child = in.column();
        } else {
            return null;
        }
        ParentKeys dependency = p.parentKeys(child);
        if (dependency == null) {
            return null;
        }
        KeyRanges keys = KeyRanges.of(conjunct, p.column(child));
        long[] parents = dependency.parentsOf(keys.lo(), keys.hi());
        if (parents.length == 0) {
            return Filter.FALSE;
        }
        Column parent = p.column(dependency.parentColumn());
        List<Object> values = new ArrayList<>(parents.length);
        for (long key : parents) {
            // The parent's keys are its stored longs; a filter names a VARCHAR column's values.
            values.add(parent instanceof StringColumn sc ? sc.value((int) key) : (Object) key);
        }
        return values.size() == 1 ? new Filter.Compare(dependency.parentColumn(), Filter.Op.EQ, values.get(0))
                : new Filter.In(dependency.parentColumn(), values);
    }
}
