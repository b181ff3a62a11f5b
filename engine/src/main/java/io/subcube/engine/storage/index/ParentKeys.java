package io.subcube.engine.storage.index;

import java.util.Arrays;

/**
 * A functional dependency child → parent within one partition: every non-NULL key of the child column
 * occurs with exactly one (non-NULL) key of the indexed parent column, so {@code child = v} implies
 * {@code parent = parentOf(v)}. It lists every child key of the partition, so a key it lacks occurs in no
 * row. Keys are the columns' stored longs: values, or dictionary codes of the partition.
 */
public final class ParentKeys {

    private final int parentColumn;
    /** The child's distinct non-NULL keys, ascending. */
    private final long[] children;
    /** {@code parents[i]} is the one parent key of {@code children[i]}. */
    private final long[] parents;

    ParentKeys(int parentColumn, long[] children, long[] parents) {
        if (children.length != parents.length) {
            throw new IllegalArgumentException(children.length + " child keys, " + parents.length + " parents");
        }
        this.parentColumn = parentColumn;
        this.children = children;
        this.parents = parents;
    }

    /** The parent column's table position. */
    public int parentColumn() {
        return parentColumn;
    }

    /** The number of distinct child keys. */
    public int size() {
        return children.length;
    }

    /**
     * The distinct parent keys, ascending, of the child keys within the inclusive ranges
     * {@code [lo[i], hi[i]]}; empty when the partition holds none of those child keys.
     */
    public long[] parentsOf(long[] lo, long[] hi) {
        long[] out = new long[8];
        int n = 0;
        for (int r = 0; r < lo.length; r++) {
            int at = Arrays.binarySearch(children, lo[r]);
            for (int i = at >= 0 ? at : -at - 1; i < children.length && children[i] <= hi[r]; i++) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = parents[i];
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || sorted[i] != sorted[d - 1]) {
                sorted[d++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, d);
    }

    /** Heap bytes: the object and its two arrays. */
    public long bytes() {
        return 24 + 2 * (16 + 8L * children.length);
    }
}
