package io.subcube.engine.exec.join;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.IndexSelector;
import io.subcube.engine.exec.PartitionPruning;
import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.exec.QueryPool;
import io.subcube.engine.exec.QuerySpec;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.RowGather;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs the join of a {@link QuerySpec} with a {@link KeyJoin}: each side's own conjuncts select its rows
 * (with its indexes), a hash table on the smaller side's keys pairs them within each month, the other side
 * probing it in parallel row ranges, and the
 * columns the rest of the query reads are copied for the pairs into a temporary table. The rest of the
 * query (the conjuncts over both sides, the GROUP BY, the order) then runs over that table as over any.
 */
public final class JoinedRows {

    /** Probed rows per task: one storage block, as for aggregation. */
    private static final int PROBE_ROWS = 1 << 16;

    private final Table left;
    private final KeyJoin join;
    private final int leftWidth;

    private JoinedRows(Table left, KeyJoin join) {
        this.left = left;
        this.join = join;
        this.leftWidth = left.columns().size();
    }

    /** The joined rows as a table, and the query still to run over it. */
    public record Joined(Table table, QuerySpec rest) {
    }

    /** Joins {@code spec}'s table {@code left} as {@code spec.join()} says; the spec's parameters are bound. */
    public static Joined join(Table left, QuerySpec spec) {
        return new JoinedRows(left, spec.join()).run(spec);
    }

    private Joined run(QuerySpec spec) {
        List<Filter> leftOnly = new ArrayList<>();
        List<Filter> rightOnly = new ArrayList<>();
        List<Filter> both = new ArrayList<>();
        Filter filter = spec.filter();
        for (Filter conjunct : filter instanceof Filter.And a ? a.children() : List.of(filter)) {
            BitSet used = conjunct.columns();
            if (used.nextSetBit(leftWidth) < 0) {
                leftOnly.add(conjunct);
            } else if (used.nextSetBit(0) >= leftWidth) {
                rightOnly.add(conjunct.remapColumns(c -> c - leftWidth));
            } else {
                both.add(conjunct);
            }
        }
        Filter residual = Filter.and(both);
        // Only the columns the rest of the query reads are copied; they keep their order, renumbered.
        BitSet needed = spec.isAggregated() ? spec.aggregate().columns() : new BitSet();
        if (!spec.isAggregated()) {
            Arrays.stream(spec.columns()).forEach(needed::set);
        }
        needed.or(residual.columns());
        int[] neededColumns = needed.stream().toArray();
        int[] position = new int[leftWidth + join.right().columns().size()];
        Arrays.fill(position, -1);
        List<ColumnDef> all = join.columns(left);
        List<ColumnDef> defs = new ArrayList<>();
        for (int i = 0; i < neededColumns.length; i++) {
            position[neededColumns[i]] = i;
            defs.add(all.get(neededColumns[i]));
        }
        Filter leftFilter = Filter.and(leftOnly);
        Filter rightFilter = Filter.and(rightOnly);
        Map<Integer, Partition> rightByMonth = new HashMap<>();
        for (Partition q : join.right().partitions()) {
            rightByMonth.put(q.monthId(), q);
        }
        List<Callable<Partition>> tasks = new ArrayList<>();
        for (Partition p : left.partitions()) {
            Partition q = rightByMonth.get(p.monthId());
            if (q != null && PartitionPruning.mayPass(leftFilter, p) && PartitionPruning.mayPass(rightFilter, q)) {
                tasks.add(() -> joined(p, q, leftFilter, rightFilter, neededColumns));
            }
        }
        Table joined = new Table(left.def(), defs, QueryPool.invokeAll(tasks));
        int[] columns = spec.isAggregated() ? new int[0] : spec.columns();
        for (int i = 0; i < columns.length; i++) {
            columns[i] = position[columns[i]];
        }
        QuerySpec rest = new QuerySpec(spec.table(), columns,
                residual.remapColumns(c -> position[c]),
                spec.isAggregated() ? spec.aggregate().remapColumns(c -> position[c]) : null, spec.having(),
                spec.order(), spec.offset(), spec.fetch(), null);
        return new Joined(joined, rest);
    }

    /**
     * The pairs of one month: rows of {@code p} and {@code q} with equal keys, as a partition of the needed
     * columns. The side the indexes select fewer rows of is hashed; the other is probed a row range per task.
     */
    private Partition joined(Partition p, Partition q, Filter leftFilter, Filter rightFilter, int[] neededColumns) {
        IndexSelector.Selection l = PassingRows.select(leftFilter, p);
        IndexSelector.Selection r = PassingRows.select(rightFilter, q);
        boolean buildLeft = estimate(l, p) <= estimate(r, q);
        KeyedRows build = buildLeft ? KeyedRows.select(p, l, join.leftKey()) : KeyedRows.select(q, r, join.rightKey());
        LongKeyTable table = new LongKeyTable(build.keys, build.size);
        Partition probed = buildLeft ? q : p;
        IndexSelector.Selection probedRows = buildLeft ? r : l;
        int probedKey = buildLeft ? join.rightKey() : join.leftKey();
        List<Callable<Pairs>> probes = new ArrayList<>();
        if (build.size > 0 && !PassingRows.none(probedRows)) {
            for (int from = 0; from < probed.rows(); from += PROBE_ROWS) {
                int start = from;
                int end = Math.min(probed.rows(), from + PROBE_ROWS);
                probes.add(() -> probe(table, build, new PassingRows(probedRows, probed, start, end),
                        (LongColumn) probed.column(probedKey)));
            }
        }
        List<Pairs> parts = QueryPool.invokeAll(probes);
        int n = parts.stream().mapToInt(Pairs::size).sum();
        int[] probeRows = new int[n];
        int[] buildRows = new int[n];
        int at = 0;
        for (Pairs part : parts) {
            System.arraycopy(part.probeRows(), 0, probeRows, at, part.size());
            System.arraycopy(part.buildRows(), 0, buildRows, at, part.size());
            at += part.size();
        }
        int[] leftRows = buildLeft ? buildRows : probeRows;
        int[] rightRows = buildLeft ? probeRows : buildRows;
        List<Callable<Column>> gathers = new ArrayList<>(neededColumns.length);
        for (int c : neededColumns) {
            gathers.add(() -> c < leftWidth ? RowGather.column(p.column(c), leftRows, n)
                    : RowGather.column(q.column(c - leftWidth), rightRows, n));
        }
        return RowGather.partition(p.monthId(), n, QueryPool.invokeAll(gathers));
    }

    /** Rows a selection may hold: its candidates, or the whole partition when the indexes chose none. */
    private static long estimate(IndexSelector.Selection selection, Partition partition) {
        return selection.rows() == null ? partition.rows() : selection.rows().getLongCardinality();
    }

    /** Probed rows and their build partners, pair by pair, in probed row order. */
    private record Pairs(int[] probeRows, int[] buildRows, int size) {
    }

    /** The pairs of the probed rows {@code passing} yields with the build rows of equal key. */
    private static Pairs probe(LongKeyTable table, KeyedRows build, PassingRows passing, LongColumn key) {
        NullMask nulls = key.nulls();
        long[] keys = new long[PassingRows.VECTOR];
        int[] probeRows = new int[1024];
        int[] buildRows = new int[1024];
        int n = 0;
        while (passing.next()) {
            int start = passing.start();
            int count = passing.count();
            int[] positions = passing.positions();
            key.decode(start, passing.length(), keys);
            for (int i = 0; i < count; i++) {
                int row = start + positions[i];
                if (nulls != null && nulls.isNull(row)) {
                    continue;
                }
                for (int b = table.find(keys[positions[i]]); b >= 0; b = table.nextOf(b)) {
                    if (n == probeRows.length) {
                        probeRows = Arrays.copyOf(probeRows, n * 2);
                        buildRows = Arrays.copyOf(buildRows, n * 2);
                    }
                    probeRows[n] = row;
                    buildRows[n] = build.rows[b];
                    n++;
                }
            }
        }
        return new Pairs(probeRows, buildRows, n);
    }
}
