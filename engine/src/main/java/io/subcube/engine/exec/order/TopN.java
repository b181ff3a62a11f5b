package io.subcube.engine.exec.order;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * ORDER BY with OFFSET and LIMIT over a stream of rows. With a LIMIT, a bounded heap keeps only the
 * {@code offset + limit} first rows in order, so memory and work stay proportional to the rows kept, not
 * to the rows seen; without one, the rows are sorted whole.
 */
public final class TopN {

    private TopN() {
    }

    /**
     * The rows in {@code order}, skipping {@code offset} and keeping at most {@code fetch} ({@code -1}: all).
     * The sort is stable for rows the order does not tell apart.
     */
    public static List<Object[]> of(Iterator<Object[]> rows, RowOrder order, long offset, long fetch) {
        List<Object[]> sorted;
        if (fetch < 0) {
            sorted = new ArrayList<>();
            rows.forEachRemaining(sorted::add);
            sorted.sort(order);
        } else {
            sorted = bounded(rows, order, offset + fetch);
        }
        int from = (int) Math.min(offset, sorted.size());
        int to = fetch < 0 ? sorted.size() : (int) Math.min(sorted.size(), offset + fetch);
        return new ArrayList<>(sorted.subList(from, to));
    }

    private static List<Object[]> bounded(Iterator<Object[]> rows, RowOrder order, long keep) {
        if (keep == 0) {
            return List.of();
        }
        // The heap's head is the worst row kept; ties go by arrival, so the result equals a stable sort.
        PriorityQueue<Ranked> heap = new PriorityQueue<>((a, b) -> {
            int c = order.compare(b.row, a.row);
            return c != 0 ? c : Long.compare(b.seq, a.seq);
        });
        long seq = 0;
        while (rows.hasNext()) {
            Object[] row = rows.next();
            if (heap.size() < keep) {
                heap.add(new Ranked(row, seq++));
            } else if (order.compare(row, heap.peek().row) < 0) {
                heap.poll();
                heap.add(new Ranked(row, seq++));
            } else {
                seq++;
            }
        }
        List<Ranked> kept = new ArrayList<>(heap);
        kept.sort((a, b) -> {
            int c = order.compare(a.row, b.row);
            return c != 0 ? c : Long.compare(a.seq, b.seq);
        });
        List<Object[]> out = new ArrayList<>(kept.size());
        for (Ranked r : kept) {
            out.add(r.row);
        }
        return out;
    }

    private record Ranked(Object[] row, long seq) {
    }

    /** Rows unchanged but for OFFSET and LIMIT, for a query with no ORDER BY. */
    public static List<Object[]> slice(Iterator<Object[]> rows, long offset, long fetch) {
        List<Object[]> out = new ArrayList<>();
        long seen = 0;
        while (rows.hasNext() && (fetch < 0 || seen < offset + fetch)) {
            Object[] row = rows.next();
            if (seen++ >= offset) {
                out.add(row);
            }
        }
        return out;
    }
}
