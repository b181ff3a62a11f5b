package io.subcube.engine.exec;

import io.subcube.engine.storage.Partition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Splits a filter over one partition into what the indexes answer as a bitmap and a residual the
 * vectorised scan evaluates over the bitmap's rows. The conjuncts of a top-level AND that
 * {@link BitmapEvaluator} serves are intersected, stored bitmaps first and smallest first, then the
 * slice-evaluated ones within the rows left, stopping at the first empty result; the other conjuncts form
 * the residual. Statement parameters must be bound before.
 */
public final class IndexSelector {

    /**
     * The outcome for one partition: a row passes iff it is in {@code rows} and {@code residual} is TRUE
     * on it.
     *
     * @param rows     candidate rows, {@code null} meaning every row; owned by the caller
     * @param residual what is left to evaluate, {@link Filter#TRUE} when nothing
     */
    public record Selection(RoaringBitmap rows, Filter residual) {
    }

    /**
     * The child conjuncts an implied parent narrows are checked row by row within the selection when it holds
     * at most 1/n of the partition's rows; past that a vector scan of the child column costs less.
     */
    private static final int CHECK_CONTEXT = 4;

    private IndexSelector() {
    }

    /** The rows the indexes select for {@code filter} on {@code p}, and the residual filter. */
    public static Selection select(Filter filter, Partition p) {
        BitmapEvaluator ev = new BitmapEvaluator(p);
        List<Filter> served = new ArrayList<>();
        List<Filter> rest = new ArrayList<>();
        List<Filter> implying = new ArrayList<>();
        for (Filter f : conjuncts(filter)) {
            if (ev.served(f)) {
                served.add(f);
                continue;
            }
            rest.add(f);
            Filter parent = ParentImplication.implied(f, p);
            if (parent != null && ev.served(parent)) {
                implying.add(f);
                if (!served.contains(parent)) {
                    served.add(parent);
                }
            }
        }
        if (served.isEmpty()) {
            return new Selection(null, filter);
        }
        RoaringBitmap rows = intersect(ev, served, p.rows());
        if (rows != null && !implying.isEmpty() && rows.getLongCardinality() * CHECK_CONTEXT <= p.rows()) {
            // The parent's rows are spread over the partition's vectors, so the residual scan would still
            // read most of the child column; reading it at those rows alone settles the child's conjunct.
            for (Filter f : implying) {
                rows = ev.checked(f, rows);
                rest.remove(f);
            }
            return new Selection(rows, Filter.and(rest));
        }
        // An index's own bitmap comes back when one stored bitmap is the whole answer: copy it, since the
        // caller owns the selection.
        return new Selection(rows == null ? null : rows.clone(), Filter.and(rest));
    }

    /** The number of rows where {@code filter} is TRUE on {@code p}, or −1 when the indexes cannot answer it. */
    public static long count(Filter filter, Partition p) {
        BitmapEvaluator ev = new BitmapEvaluator(p);
        List<Filter> conjuncts = conjuncts(filter);
        if (!conjuncts.stream().allMatch(ev::served)) {
            // Conjuncts an implied parent narrows may still be settled by select's check.
            if (!conjuncts.stream().allMatch(f -> ev.served(f) || ParentImplication.implied(f, p) != null)) {
                return -1;
            }
            Selection s = select(filter, p);
            return Filter.TRUE.equals(s.residual()) ? s.rows().getLongCardinality() : -1;
        }
        List<RoaringBitmap> stored = new ArrayList<>();
        List<Filter> computed = new ArrayList<>();
        if (!storedFirst(ev, conjuncts, p.rows(), stored, computed)) {
            return 0;
        }
        if (computed.isEmpty()) {
            // Counting only: intersect without building the final intersection.
            return switch (stored.size()) {
                case 0 -> p.rows();
                case 1 -> stored.get(0).getLongCardinality();
                case 2 -> RoaringBitmap.andCardinality(stored.get(0), stored.get(1));
                default -> FastAggregation.andCardinality(stored.toArray(new RoaringBitmap[0]));
            };
        }
        RoaringBitmap context = and(stored);
        for (int i = 0; i < computed.size() - 1; i++) {
            context = ev.trueRows(computed.get(i), context);
            if (context.isEmpty()) {
                return 0;
            }
        }
        return ev.count(computed.get(computed.size() - 1), context);
    }

    /** The intersection of served conjuncts; {@code null} when they accept every row. */
    private static RoaringBitmap intersect(BitmapEvaluator ev, List<Filter> served, int rows) {
        List<RoaringBitmap> stored = new ArrayList<>();
        List<Filter> computed = new ArrayList<>();
        if (!storedFirst(ev, served, rows, stored, computed)) {
            return new RoaringBitmap();
        }
        RoaringBitmap acc = and(stored);
        for (Filter f : computed) {
            if (acc != null && acc.isEmpty()) {
                break;
            }
            acc = ev.trueRows(f, acc);
        }
        return acc;
    }

    /**
     * Splits conjuncts into stored bitmaps, smallest first and without those that accept every row, and
     * the conjuncts to compute; false when a stored bitmap is empty, so the conjunction is.
     */
    private static boolean storedFirst(BitmapEvaluator ev, List<Filter> conjuncts, int rows,
                                       List<RoaringBitmap> stored, List<Filter> computed) {
        for (Filter f : conjuncts) {
            if (!ev.isStored(f)) {
                computed.add(f);
                continue;
            }
            RoaringBitmap b = ev.trueRows(f, null);
            if (b.isEmpty()) {
                return false;
            }
            if (b.getLongCardinality() < rows) {
                stored.add(b);
            }
        }
        stored.sort(Comparator.comparingLong(RoaringBitmap::getLongCardinality));
        // Derived selections (a value index's most frequent key) last, within the smallest context.
        computed.sort(Comparator.comparing(ev::isDerived));
        return true;
    }

    /** Intersection smallest first, stopping once empty; {@code null} for none. */
    private static RoaringBitmap and(List<RoaringBitmap> smallestFirst) {
        RoaringBitmap acc = null;
        for (RoaringBitmap b : smallestFirst) {
            acc = acc == null ? b : RoaringBitmap.and(acc, b);
            if (acc.isEmpty()) {
                break;
            }
        }
        return acc;
    }

    /** The conjuncts of a filter, nested ANDs flattened; the filter itself when it is no AND. */
    private static List<Filter> conjuncts(Filter filter) {
        List<Filter> out = new ArrayList<>();
        if (filter instanceof Filter.And a) {
            for (Filter child : a.children()) {
                out.addAll(conjuncts(child));
            }
        } else {
            out.add(filter);
        }
        return out;
    }
}
