package io.subcube.engine.exec;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.index.ColumnIndex;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.PackedBlock;
import io.subcube.engine.storage.index.RangeIndex;
import io.subcube.engine.storage.index.ValueBitmapIndex;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Evaluates filter trees of one partition as row bitmaps, with SQL three-valued logic: each node yields
 * its TRUE rows and its UNKNOWN rows, the latter coming from the NULL bitmaps of the leaves' columns. A
 * tree is served when every leaf is: a comparison, IN or LIKE on an indexed column, {@code IS NULL} on an
 * indexed or NULL-free column, a constant, or a comparison or IN on a NULL-free column whose min/max (or
 * dictionary) accept or reject the whole partition — {@code month_id = 202409} on another month. Returned
 * bitmaps may belong to an index: read-only.
 */
final class BitmapEvaluator {

    /** A node's TRUE rows and UNKNOWN rows ({@code null} when there are none). */
    private record Tri(RoaringBitmap t, RoaringBitmap u) {
    }

    /**
     * A comparison, IN or LIKE leaf resolved on the partition: its accepted keys clipped to the column's
     * min/max, and the column's index — {@code null} when the column has no NULL and the clipped keys
     * accept every row or none, so that no bitmap is needed.
     */
    private record KeyLeaf(KeyRanges keys, ColumnIndex index) {
    }

    /** A context is small when under this fraction (1/n) of the partition's rows. */
    private static final int SMALL_CONTEXT = 64;

    /** Rows of a context read at a time by {@link #checked}. */
    private static final int CHECK_BATCH = 1024;

    private final Partition partition;
    private final Map<Filter, KeyLeaf> leaves = new IdentityHashMap<>();
    private RoaringBitmap all;

    BitmapEvaluator(Partition partition) {
        this.partition = partition;
    }

    /** Whether every leaf of the tree can be answered from bitmaps. */
    boolean served(Filter f) {
        if (f instanceof Filter.And a) {
            return a.children().stream().allMatch(this::served);
        } else if (f instanceof Filter.Or o) {
            return o.children().stream().allMatch(this::served);
        } else if (f instanceof Filter.Not n) {
            return served(n.child());
        } else if (f instanceof Filter.Truth t) {
            return served(t.child());
        } else if (f instanceof Filter.IsNull n) {
            return partition.column(n.column()).nulls() == null || partition.index(n.column()) != null;
        }
        return f instanceof Filter.Constant || leaf(f) != null;
    }

    /**
     * Whether a served node is answered straight from stored bitmaps (value bitmaps, NULL bitmaps, whole
     * partition decisions); the others (bit slices, nested trees) cost work and run best within a context.
     */
    boolean isStored(Filter f) {
        if (f instanceof Filter.Constant || f instanceof Filter.IsNull) {
            return true;
        }
        KeyLeaf k = leaf(f);
        return k != null && !(k.index() instanceof RangeIndex) && !isDerived(f);
    }

    /**
     * Whether a served node is a key leaf whose rows a value index derives (its most frequent key: the
     * non-NULL rows minus the other keys' rows). Cheap within a small context, the dearest without one, it is
     * best evaluated last.
     */
    boolean isDerived(Filter f) {
        KeyLeaf k = leaf(f);
        return k != null && k.index() instanceof ValueBitmapIndex v && !k.keys().isEmpty()
                && v.derives(k.keys().lo(), k.keys().hi());
    }

    /** The rows where a served node is TRUE, within {@code context} when it is not {@code null}. */
    RoaringBitmap trueRows(Filter f, RoaringBitmap context) {
        KeyLeaf k = leaf(f);
        if (k != null) {
            if (k.keys().isEmpty()) {
                return new RoaringBitmap();
            }
            if (k.index() instanceof RangeIndex && isSmall(context)) {
                return checked(leafColumn(f), k.keys(), context);
            }
            return k.index() != null ? k.index().select(k.keys().lo(), k.keys().hi(), context) : within(all(), context);
        }
        return within(eval(f).t(), context);
    }

    /** The number of rows where a served node is TRUE within {@code context}, counted on the slices when it can. */
    long count(Filter f, RoaringBitmap context) {
        KeyLeaf k = leaf(f);
        if (k != null && k.index() instanceof RangeIndex && isSmall(context) && !k.keys().isEmpty()) {
            return checked(leafColumn(f), k.keys(), context).getLongCardinality();
        }
        if (k != null && k.index() != null) {
            return k.index().count(k.keys().lo(), k.keys().hi(), context);
        }
        return trueRows(f, context).getLongCardinality();
    }

    /**
     * Whether a context is small enough that reading its rows' keys from the column beats evaluating bit
     * slices: the slices cost a pass over whole 65,536-row containers whatever the context holds.
     */
    private boolean isSmall(RoaringBitmap context) {
        return context != null && context.getLongCardinality() * SMALL_CONTEXT < partition.rows();
    }

    /**
     * The rows of {@code context} where a comparison or IN leaf is TRUE, read from its column at those rows
     * alone: cheaper than evaluating the column over whole vectors when the context is small. The leaf's
     * column needs no index.
     */
    RoaringBitmap checked(Filter leaf, RoaringBitmap context) {
        int column = leafColumn(leaf);
        return checked(column, KeyRanges.of(leaf, partition.column(column)), context);
    }

    /** The non-NULL rows of {@code context} whose key lies in the ranges, gathered a block's run at a time. */
    private RoaringBitmap checked(int column, KeyRanges ranges, RoaringBitmap context) {
        LongColumn keys = KeyRanges.keys(partition.column(column));
        NullMask nulls = keys.nulls();
        long[] lo = ranges.lo();
        long[] hi = ranges.hi();
        RoaringBitmapWriter<RoaringBitmap> out = RoaringBitmapWriter.writer().get();
        int[] batch = new int[CHECK_BATCH];
        int[] positions = new int[CHECK_BATCH];
        long[] values = new long[CHECK_BATCH];
        BatchIterator it = context.getBatchIterator();
        while (it.hasNext()) {
            int n = it.nextBatch(batch);
            for (int from = 0; from < n; ) {
                // LongColumn.gather reads rows of one block: split the batch where the block changes.
                int base = batch[from] & -PackedBlock.CAPACITY;
                int to = from;
                while (to < n && (batch[to] & -PackedBlock.CAPACITY) == base) {
                    positions[to - from] = batch[to] - base;
                    to++;
                }
                keys.gather(base, positions, to - from, values);
                for (int i = from; i < to; i++) {
                    long v = values[i - from];
                    for (int r = 0; r < lo.length; r++) {
                        // v in [lo, hi] iff v − lo ≤ hi − lo, unsigned: one comparison.
                        if (Long.compareUnsigned(v - lo[r], hi[r] - lo[r]) <= 0) {
                            if (nulls == null || !nulls.isNull(batch[i])) {
                                out.add(batch[i]);
                            }
                            break;
                        }
                    }
                }
                from = to;
            }
        }
        return out.get();
    }

    private static int leafColumn(Filter f) {
        if (f instanceof Filter.Compare c) {
            return c.column();
        } else if (f instanceof Filter.In in) {
            return in.column();
        }
        return ((Filter.Like) f).column();
    }

    /** All rows of the partition. */
    RoaringBitmap all() {
        if (all == null) {
            all = RoaringBitmap.bitmapOfRange(0, partition.rows());
        }
        return all;
    }

    private Tri eval(Filter f) {
        if (f instanceof Filter.And a) {
            return and(a.children());
        } else if (f instanceof Filter.Or o) {
            return or(o.children());
        } else if (f instanceof Filter.Not n) {
            Tri c = eval(n.child());
            return new Tri(RoaringBitmap.andNot(all(), notFalse(c)), c.u());
        } else if (f instanceof Filter.Truth t) {
            Tri c = eval(t.child());
            return new Tri(switch (t.test()) {
                case IS_TRUE -> c.t();
                case IS_NOT_TRUE -> RoaringBitmap.andNot(all(), c.t());
                case IS_FALSE -> RoaringBitmap.andNot(all(), notFalse(c));
                case IS_NOT_FALSE -> notFalse(c);
            }, null);
        } else if (f instanceof Filter.Constant k) {
            return k.value() == null ? new Tri(new RoaringBitmap(), all())
                    : new Tri(k.value() ? all() : new RoaringBitmap(), null);
        } else if (f instanceof Filter.IsNull n) {
            RoaringBitmap nulls = nulls(n.column());
            return new Tri(nulls == null ? new RoaringBitmap() : nulls, null);
        }
        KeyLeaf k = leaf(f);
        return new Tri(trueRows(f, null), k.index() == null ? null : k.index().nulls());
    }

    /** AND: TRUE where all are TRUE; UNKNOWN where none is FALSE but not all are TRUE. */
    private Tri and(List<Filter> children) {
        RoaringBitmap t = all();
        RoaringBitmap possible = all();
        boolean unknown = false;
        for (Filter child : children) {
            Tri c = eval(child);
            t = RoaringBitmap.and(t, c.t());
            possible = RoaringBitmap.and(possible, notFalse(c));
            unknown |= c.u() != null;
        }
        return new Tri(t, unknown ? RoaringBitmap.andNot(possible, t) : null);
    }

    /** OR: TRUE where any is TRUE; UNKNOWN where some is UNKNOWN and none is TRUE. */
    private Tri or(List<Filter> children) {
        RoaringBitmap t = new RoaringBitmap();
        RoaringBitmap u = null;
        for (Filter child : children) {
            Tri c = eval(child);
            t = RoaringBitmap.or(t, c.t());
            if (c.u() != null) {
                u = u == null ? c.u() : RoaringBitmap.or(u, c.u());
            }
        }
        return new Tri(t, u == null ? null : RoaringBitmap.andNot(u, t));
    }

    /** Rows where the node is TRUE or UNKNOWN, i.e. not FALSE. */
    private static RoaringBitmap notFalse(Tri c) {
        return c.u() == null ? c.t() : RoaringBitmap.or(c.t(), c.u());
    }

    private RoaringBitmap nulls(int column) {
        ColumnIndex index = partition.index(column);
        return index != null ? index.nulls() : null;
    }

    private static RoaringBitmap within(RoaringBitmap rows, RoaringBitmap context) {
        return context == null ? rows : RoaringBitmap.and(rows, context);
    }

    /** The leaf resolved, or {@code null} when it is not a key leaf or cannot be answered from bitmaps. */
    private KeyLeaf leaf(Filter f) {
        if (leaves.containsKey(f)) {
            return leaves.get(f);
        }
        KeyLeaf k = resolve(f);
        leaves.put(f, k);
        return k;
    }

    private KeyLeaf resolve(Filter f) {
        int column;
        if (f instanceof Filter.Compare c) {
            column = c.column();
        } else if (f instanceof Filter.In in) {
            column = in.column();
        } else if (f instanceof Filter.Like l) {
            column = l.column();
        } else {
            return null;
        }
        Column c = partition.column(column);
        LongColumn keys = KeyRanges.keys(c);
        ColumnIndex index = partition.index(column);
        // Without an index only a NULL-free column's min/max can decide, and a LIKE would match its pattern
        // over the whole dictionary just to find out: leave those to the scan.
        if (keys == null || index == null && (c.nulls() != null || f instanceof Filter.Like)) {
            return null;
        }
        KeyRanges accepted = KeyRanges.of(f, c).clip(keys.min(), keys.max());
        boolean whole = accepted.isEmpty() || accepted.covers(keys.min(), keys.max());
        if (index == null && !whole) {
            return null;
        }
        return new KeyLeaf(accepted, whole && c.nulls() == null ? null : index);
    }
}
