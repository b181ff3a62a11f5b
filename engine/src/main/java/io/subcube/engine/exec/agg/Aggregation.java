package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.IndexSelector;
import io.subcube.engine.exec.PartitionPruning;
import io.subcube.engine.exec.PassingRows;
import io.subcube.engine.exec.QueryPool;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs a pushed-down GROUP BY: the table's partitions are cut into row ranges that the {@link QueryPool}
 * aggregates in parallel, each into its own slots (group codes are local to a partition), and the partial
 * results are merged by group value on the calling thread.
 */
public final class Aggregation {

    /** Rows per task: one storage block, so a month of a million rows gives every core work. */
    static final int TASK_ROWS = 1 << 16;

    private final Table table;
    private final Filter filter;
    private final AggregateSpec spec;
    private final List<ColumnDef> defs;

    private Aggregation(Table table, Filter filter, AggregateSpec spec) {
        this.table = table;
        this.filter = filter;
        this.spec = spec;
        this.defs = table.columns();
    }

    /** The groups of the rows passing {@code filter}: group values then aggregates, in no particular order. */
    public static List<Object[]> run(Table table, Filter filter, AggregateSpec spec) {
        return new Aggregation(table, filter, spec).run();
    }

    private List<Object[]> run() {
        List<Partition> partitions = new ArrayList<>();
        for (Partition p : table.partitions()) {
            if (PartitionPruning.mayPass(filter, p)) {
                partitions.add(p);
            }
        }
        // Each distinct FILTER of the aggregates is one more pass over a range, over the rows passing it too.
        List<Filter> passes = new ArrayList<>(List.of(filter));
        int[] passOf = new int[spec.calls().size()];
        for (int i = 0; i < passOf.length; i++) {
            AggCall c = spec.calls().get(i);
            if (c.isFiltered()) {
                Filter both = Filter.and(List.of(filter, c.filter()));
                passOf[i] = passes.indexOf(both) >= 0 ? passes.indexOf(both) : passes.size();
                if (passOf[i] == passes.size()) {
                    passes.add(both);
                }
            }
        }
        // Phase 1, a task per partition: the index selections, or the count itself for a bare COUNT(*).
        boolean countOnly = spec.groupCount() == 0 && passes.size() == 1
                && spec.calls().stream().allMatch(c -> c.column() < 0);
        List<Callable<Selected>> selections = new ArrayList<>();
        for (Partition p : partitions) {
            selections.add(() -> {
                long count = countOnly ? IndexSelector.count(filter, p) : -1;
                if (count >= 0) {
                    return new Selected(p, null, count);
                }
                IndexSelector.Selection[] selected = new IndexSelector.Selection[passes.size()];
                for (int k = 0; k < selected.length; k++) {
                    selected[k] = PassingRows.select(passes.get(k), p);
                }
                return new Selected(p, selected, 0);
            });
        }
        // Phase 2, a task per row range of the partitions left: aggregation into the task's own slots.
        long counted = 0;
        List<Callable<Partial>> tasks = new ArrayList<>();
        for (Selected s : QueryPool.invokeAll(selections)) {
            counted += s.counted();
            if (s.selections() == null || PassingRows.none(s.selections()[0])) {
                continue;
            }
            Partition p = s.partition();
            for (int from = 0; from < p.rows(); from += TASK_ROWS) {
                int start = from;
                int end = Math.min(p.rows(), from + TASK_ROWS);
                tasks.add(() -> partial(s.selections(), passOf, p, start, end));
            }
        }
        return merge(QueryPool.invokeAll(tasks), counted);
    }

    /** A partition's index selection per pass, or the rows counted from its indexes alone. */
    private record Selected(Partition partition, IndexSelector.Selection[] selections, long counted) {
    }

    /** One task's groups: their slots, rows per slot, and each aggregate's state. */
    private record Partial(GroupSlots slots, Count rows, Accumulator[] accumulators) {
    }

    /**
     * Aggregates rows {@code [start, end)}: pass 0 (the query's filter) finds the groups and feeds the
     * aggregates without FILTER; pass {@code k} feeds those whose {@code passOf} is {@code k}.
     */
    private Partial partial(IndexSelector.Selection[] selections, int[] passOf, Partition p, int start, int end) {
        GroupSlots groups = new GroupSlots(p, spec.groupColumns(), spec.groupExpressions(), defs, end - start,
                PassingRows.VECTOR);
        Accumulator[] accs = new Accumulator[spec.calls().size()];
        Count counted = null;
        for (int i = 0; i < accs.length; i++) {
            AggCall call = spec.calls().get(i);
            accs[i] = Accumulator.of(call, p, defs);
            if (counted == null && call.column() < 0 && !call.isFiltered()) {
                counted = (Count) accs[i];
            }
        }
        // Rows per slot tell used slots from empty ones; a COUNT(*) of the query already counts them.
        Count rows = counted != null ? counted : new Count(null);
        boolean ownRows = counted == null;
        boolean grouped = spec.groupCount() > 0;
        int[] slots = new int[PassingRows.VECTOR];
        for (int pass = 0; pass < selections.length; pass++) {
            if (pass > 0 && PassingRows.none(selections[pass])) {
                continue;
            }
            RowVectors passing = RowVectors.of(selections[pass], p, start, end);
            while (passing.next()) {
                int first = passing.start();
                int length = passing.length();
                int count = passing.count();
                int[] positions = passing.positions();
                groups.slots(first, length, positions, count, slots);
                int capacity = groups.capacity();
                rows.ensure(capacity);
                for (Accumulator a : accs) {
                    a.ensure(capacity);
                }
                if (pass == 0 && ownRows) {
                    if (grouped) {
                        rows.add(first, length, positions, count, slots);
                    } else {
                        rows.addAll(first, length, positions, count, slots);
                    }
                }
                for (int i = 0; i < accs.length; i++) {
                    if (passOf[i] != pass) {
                        continue;
                    }
                    if (grouped) {
                        accs[i].add(first, length, positions, count, slots);
                    } else {
                        accs[i].addAll(first, length, positions, count, slots);
                    }
                }
            }
        }
        int capacity = groups.capacity();
        rows.ensure(capacity);
        for (Accumulator a : accs) {
            a.ensure(capacity);
        }
        return new Partial(groups, rows, accs);
    }

    /** Merges the tasks' groups by value; {@code counted} rows, counted by indexes, add to a bare COUNT(*). */
    private List<Object[]> merge(List<Partial> partials, long counted) {
        Map<List<Object>, Integer> index = new HashMap<>();
        List<Object[]> keys = new ArrayList<>();
        Accumulator[] merged = new Accumulator[spec.calls().size()];
        for (int i = 0; i < merged.length; i++) {
            merged[i] = Accumulator.of(spec.calls().get(i), null, defs);
        }
        if (spec.groupCount() == 0) {
            // SQL's aggregate without GROUP BY has one row even over no rows.
            index.put(List.of(), 0);
            keys.add(new Object[0]);
        }
        for (Partial part : partials) {
            for (int slot = 0, n = part.slots().capacity(); slot < n; slot++) {
                if (part.rows().rows(slot) == 0) {
                    continue;
                }
                Object[] key = part.slots().values(slot);
                Integer at = index.get(Arrays.asList(key));
                if (at == null) {
                    at = keys.size();
                    index.put(Arrays.asList(key), at);
                    keys.add(key);
                }
                for (int i = 0; i < merged.length; i++) {
                    merged[i].ensure(at + 1);
                    merged[i].merge(part.accumulators()[i], slot, at);
                }
            }
        }
        for (Accumulator a : merged) {
            a.ensure(keys.size());
            if (counted > 0) {
                ((Count) a).addRows(counted);
            }
        }
        List<Object[]> out = new ArrayList<>(keys.size());
        for (int g = 0; g < keys.size(); g++) {
            Object[] row = Arrays.copyOf(keys.get(g), spec.width());
            for (int i = 0; i < merged.length; i++) {
                row[spec.groupCount() + i] = merged[i].result(g);
            }
            out.add(row);
        }
        return out;
    }
}
