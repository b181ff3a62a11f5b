package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.exec.order.RowOrder;
import io.subcube.engine.exec.order.SortKey;
import io.subcube.engine.exec.order.TopN;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.PackedBlock;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * ORDER BY … LIMIT n over a table's filtered rows (no GROUP BY) on primitive keys. Tasks over the
 * partitions' row ranges run in parallel; each reads only the first sort key of its passing rows, encoded
 * as a long that sorts as the key does, keeps the n best in a bounded heap, and notes the rows whose key is
 * not worse than the heap's worst. A row whose first key is worse than the n-th best first key cannot be in
 * the answer whatever the later keys say, so only the noted rows that are not, usually little more than n,
 * are then read whole and ordered by every key by {@link TopN} — in the order a scan would give them, so the
 * result is the one {@link RowCursor} and {@link TopN} give, without reading every column of every row.
 */
final class TopRows {

    /** Most rows (OFFSET + LIMIT) kept this way; beyond, a heap of keys is no smaller than the rows. */
    static final long MAX_KEEP = 65_536;

    /** Rows per task: one storage block, so that rows gathered together share a block. */
    private static final int TASK_ROWS = PackedBlock.CAPACITY;

    private TopRows() {
    }

    /** Whether {@code spec} is a plain ORDER BY with a LIMIT whose first key is an integer-like or DOUBLE column. */
    static boolean applies(Table table, QuerySpec spec) {
        if (spec.isAggregated() || spec.order().isEmpty() || spec.fetch() < 0
                || spec.offset() + spec.fetch() > MAX_KEEP) {
            return false;
        }
        int column = spec.column(spec.order().get(0).field());
        return table.partitions().stream().noneMatch(p -> p.column(column) instanceof StringColumn);
    }

    /** The output rows of {@code spec}, which {@link #applies} to {@code table}. */
    static List<Object[]> run(Table table, QuerySpec spec) {
        int keep = (int) (spec.offset() + spec.fetch());
        if (keep == 0) {
            return List.of();
        }
        SortKey first = spec.order().get(0);
        int keyColumn = spec.column(first.field());
        List<Partition> partitions = table.partitions();
        List<Callable<IndexSelector.Selection>> selections = new ArrayList<>();
        for (Partition p : partitions) {
            Filter filter = PartitionPruning.mayPass(spec.filter(), p) ? spec.filter() : Filter.FALSE;
            selections.add(() -> PassingRows.select(filter, p));
        }
        List<IndexSelector.Selection> selected = QueryPool.invokeAll(selections);
        List<Callable<Candidates>> tasks = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            Partition p = partitions.get(i);
            IndexSelector.Selection s = selected.get(i);
            if (PassingRows.none(s)) {
                continue;
            }
            for (int from = 0; from < p.rows(); from += TASK_ROWS) {
                int start = from;
                int end = Math.min(p.rows(), from + TASK_ROWS);
                tasks.add(() -> candidates(s, p, start, end, new KeyReader(p.column(keyColumn), first), keep));
            }
        }
        List<Candidates> found = QueryPool.invokeAll(tasks);
        long threshold = threshold(found, keep);
        List<Object[]> rows = new ArrayList<>();
        for (Candidates c : found) {
            c.read(table, spec, threshold, rows);
        }
        return TopN.of(rows.iterator(), new RowOrder(spec.order()), spec.offset(), spec.fetch());
    }

    /** One task's rows that may be in the top {@code keep}: those not worse than its heap's worst key. */
    private static Candidates candidates(IndexSelector.Selection selection, Partition p, int from, int to,
                                         KeyReader keys, int keep) {
        PassingRows passing = new PassingRows(selection, p, from, to);
        KeyHeap heap = new KeyHeap(keep);
        Candidates out = new Candidates(p);
        long[] encoded = new long[Vectors.SIZE];
        while (passing.next()) {
            int start = passing.start();
            int k = passing.count();
            int[] positions = passing.positions();
            keys.read(start, positions, k, encoded);
            for (int i = 0; i < k; i++) {
                if (heap.offer(encoded[i])) {
                    out.add(encoded[i], start + positions[i]);
                }
            }
        }
        out.keepUpTo(heap.worst());
        return out;
    }

    /** The {@code keep}-th best key over every task's candidates: no row worse than it is in the answer. */
    private static long threshold(List<Candidates> found, int keep) {
        int total = 0;
        for (Candidates c : found) {
            total += c.size;
        }
        if (total <= keep) {
            return Long.MAX_VALUE;
        }
        long[] all = new long[total];
        int n = 0;
        for (Candidates c : found) {
            System.arraycopy(c.keys, 0, all, n, c.size);
            n += c.size;
        }
        Arrays.sort(all);
        return all[keep - 1];
    }

    /**
     * The first sort key of rows as longs ordered as the key sorts: integer-like values as they are (DECIMAL
     * scaled alike, BOOLEAN 0/1), DOUBLEs by their ordered bits; DESC by complement, which reverses the order
     * without overflow; NULL as the least or greatest long, where the key puts NULLs. Ties with a NULL's long
     * only add candidates, which the full order then sorts right.
     */
    private static final class KeyReader {
        private final LongColumn longs;
        private final DoubleColumn doubles;
        private final Column column;
        private final boolean descending;
        private final long nullKey;
        private final boolean hasNulls;

        KeyReader(Column column, SortKey key) {
            this.column = column;
            this.longs = column instanceof LongColumn lc ? lc : null;
            this.doubles = column instanceof DoubleColumn dc ? dc : null;
            this.descending = key.descending();
            this.nullKey = key.nullsFirst() ? Long.MIN_VALUE : Long.MAX_VALUE;
            this.hasNulls = column.nulls() != null && column.nulls().count() > 0;
        }

        void read(int start, int[] positions, int k, long[] out) {
            if (longs != null) {
                longs.gather(start, positions, k, out);
            } else {
                for (int i = 0; i < k; i++) {
                    long bits = Double.doubleToLongBits(doubles.get(start + positions[i]));
                    // Negative doubles' bits order backwards: flipping all but the sign bit fixes that.
                    out[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
                }
            }
            if (descending) {
                for (int i = 0; i < k; i++) {
                    out[i] = ~out[i];
                }
            }
            if (hasNulls) {
                for (int i = 0; i < k; i++) {
                    if (column.isNull(start + positions[i])) {
                        out[i] = nullKey;
                    }
                }
            }
        }
    }

    /** The {@code capacity} least keys offered so far, in a max-heap of longs. */
    private static final class KeyHeap {
        private final long[] heap;
        private int size;

        KeyHeap(int capacity) {
            heap = new long[capacity];
        }

        /** Offers a key; true when it is not worse than the worst kept, i.e. its row may be in the top. */
        boolean offer(long key) {
            if (size < heap.length) {
                int i = size++;
                while (i > 0 && heap[(i - 1) >>> 1] < key) {
                    heap[i] = heap[(i - 1) >>> 1];
                    i = (i - 1) >>> 1;
                }
                heap[i] = key;
                return true;
            }
            if (key > heap[0]) {
                return false;
            }
            if (key < heap[0]) {
                siftDown(key);
            }
            return true;
        }

        /** The worst key kept, or the greatest long while fewer than the capacity were offered. */
        long worst() {
            return size < heap.length ? Long.MAX_VALUE : heap[0];
        }

        private void siftDown(long key) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && heap[child + 1] > heap[child]) {
                    child++;
                }
                if (heap[child] <= key) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = key;
        }
    }

    /** A task's candidate rows of one partition, ascending, with their keys. */
    private static final class Candidates {
        private final Partition partition;
        private long[] keys = new long[64];
        private int[] rows = new int[64];
        private int size;

        Candidates(Partition partition) {
            this.partition = partition;
        }

        void add(long key, int row) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                rows = Arrays.copyOf(rows, size * 2);
            }
            keys[size] = key;
            rows[size++] = row;
        }

        /** Drops the candidates whose key is worse than {@code threshold}, keeping the others' order. */
        void keepUpTo(long threshold) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (keys[i] <= threshold) {
                    keys[n] = keys[i];
                    rows[n++] = rows[i];
                }
            }
            size = n;
        }

        /** Reads the candidates not worse than {@code threshold} whole, appending them to {@code out}. */
        void read(Table table, QuerySpec spec, long threshold, List<Object[]> out) {
            keepUpTo(threshold);
            if (size == 0) {
                return;
            }
            List<ColumnDef> defs = table.columns();
            int width = spec.columnCount();
            ValueReader[] readers = new ValueReader[width];
            for (int c = 0; c < width; c++) {
                readers[c] = ValueReader.of(defs.get(spec.column(c)), partition.column(spec.column(c)));
            }
            // A task's rows lie in one block, which is what a reader's gather needs.
            int start = rows[0] & -PackedBlock.CAPACITY;
            int[] positions = new int[ValueReader.MAX_ROWS];
            Object[][] chunk = new Object[ValueReader.MAX_ROWS][];
            for (int from = 0; from < size; from += ValueReader.MAX_ROWS) {
                int k = Math.min(ValueReader.MAX_ROWS, size - from);
                for (int i = 0; i < k; i++) {
                    positions[i] = rows[from + i] - start;
                    chunk[i] = new Object[width];
                }
                for (int c = 0; c < width; c++) {
                    readers[c].read(start, positions, k, chunk, c);
                }
                out.addAll(Arrays.asList(chunk).subList(0, k));
            }
        }
    }
}
