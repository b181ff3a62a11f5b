package io.subcube.engine.storage.index;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds in an indexed partition the {@link ParentKeys} of an unindexed column — {@code county_id → city_id},
 * {@code grid_id → city_id} — so that an equality on the column can be narrowed by the parent's index.
 * Which pairs are examined:
 * <ul>
 *   <li>the child has no index, integer or dictionary keys, and more than {@link IndexRule#maxSlicedValues()}
 *       distinct non-NULL keys: more than any indexed column has, so its keys share parents and the parent
 *       narrows; fewer would have got an index of its own (or is a constant the min/max decide);</li>
 *   <li>and at most {@link #MAX_CHILD_KEYS} of them, nor more than one per {@link #ROWS_PER_KEY} rows, so
 *       that the map stays small (16 bytes a key: at most a byte a row) and an identifier or a measure is
 *       given up within its first rows;</li>
 *   <li>the parent is any indexed column of the partition.</li>
 * </ul>
 * The dependency holds when every non-NULL child key occurs with one parent key and never with a NULL
 * parent: the parent's index selects no NULL row, so such a row would be lost. NULL child rows do not
 * matter, as no equality is TRUE on them. Of several parents that hold, the one with the most distinct
 * keys (the narrowest on average) is kept, the first column on a tie. Cost: one pass over the child's keys
 * and, alongside, over each parent's until it contradicts the dependency; an identifier is given up after
 * {@link #MAX_CHILD_KEYS} rows.
 */
public final class ParentKeysFinder {

    /** Most distinct child keys a dependency is looked for. */
    public static final int MAX_CHILD_KEYS = 65_536;

    /** Fewest rows of the partition per distinct child key. */
    public static final int ROWS_PER_KEY = 16;

    private ParentKeysFinder() {
    }

    /** The dependency of column {@code child} of {@code p} on an indexed column, or {@code null} when none holds. */
    public static ParentKeys find(Partition p, int child, IndexRule rule) {
        LongColumn keys = keys(p.column(child));
        // A span of few keys bounds their number: constants, flags; their min/max or own index serve them.
        if (keys == null || p.index(child) != null || keys.max() - keys.min() < rule.maxSlicedValues()) {
            return null;
        }
        List<Candidate> alive = new ArrayList<>();
        for (int q = 0; q < p.columnCount(); q++) {
            if (q != child && p.index(q) != null) {
                alive.add(new Candidate(q, keys(p.column(q))));
            }
        }
        int cap = Math.min(MAX_CHILD_KEYS, p.rows() / ROWS_PER_KEY);
        KeySlots numbering = new KeySlots();
        int[] slots = new int[KeyChunks.CHUNK];
        KeyChunks chunks = new KeyChunks(keys);
        // Chunk by chunk, all candidates together, so that a column every parent contradicts early (a
        // measure) costs a few chunks rather than a pass per parent.
        while (chunks.next() && !alive.isEmpty()) {
            long[] k = chunks.keys();
            int n = chunks.length();
            for (int i = 0; i < n; i++) {
                slots[i] = chunks.isNull(i) ? -1 : numbering.slot(k[i]);
            }
            if (numbering.size() > cap) {
                return null;
            }
            alive.removeIf(c -> !c.agrees(slots, n, numbering.size()));
        }
        if (numbering.size() <= rule.maxSlicedValues()) {
            return null;
        }
        Candidate best = null;
        int bestCount = 0;
        for (Candidate c : alive) {
            int count = c.distinctParents(numbering.size());
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best == null ? null : best.dependency(numbering);
    }

    private static LongColumn keys(Column c) {
        return c instanceof StringColumn sc ? sc.codes() : c instanceof LongColumn lc ? lc : null;
    }

    /** A parent column still consistent with the child rows read so far: each child slot's one parent key. */
    private static final class Candidate {

        private final int column;
        private final KeyChunks chunks;
        private long[] parentOf = new long[256];
        private boolean[] seen = new boolean[256];

        Candidate(int column, LongColumn keys) {
            this.column = column;
            this.chunks = new KeyChunks(keys);
        }

        /**
         * Reads the parent's next chunk, the rows of the child's ({@code slots}, −1 for a NULL child);
         * false when a slot meets a second parent key or a NULL.
         */
        boolean agrees(int[] slots, int n, int slotCount) {
            if (slotCount > seen.length) {
                int size = Math.max(slotCount, 2 * seen.length);
                parentOf = Arrays.copyOf(parentOf, size);
                seen = Arrays.copyOf(seen, size);
            }
            chunks.next();
            long[] keys = chunks.keys();
            for (int i = 0; i < n; i++) {
                int s = slots[i];
                if (s < 0) {
                    continue;
                }
                if (chunks.isNull(i)) {
                    return false;
                }
                if (!seen[s]) {
                    seen[s] = true;
                    parentOf[s] = keys[i];
                } else if (parentOf[s] != keys[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The number of distinct parent keys of the first {@code slotCount} slots. */
        int distinctParents(int slotCount) {
            long[] sorted = Arrays.copyOf(parentOf, slotCount);
            Arrays.sort(sorted);
            int d = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    d++;
                }
            }
            return d;
        }

        /** The dependency with its child keys ascending. */
        ParentKeys dependency(KeySlots numbering) {
            long[] children = numbering.keys();
            Arrays.sort(children);
            long[] byChild = new long[children.length];
            for (int i = 0; i < children.length; i++) {
                byChild[i] = parentOf[numbering.slot(children[i])];
            }
            return new ParentKeys(column, children, byChild);
        }
    }
}
