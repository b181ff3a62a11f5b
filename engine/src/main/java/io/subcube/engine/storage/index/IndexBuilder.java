package io.subcube.engine.storage.index;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * The index step of loading: gives every column of every partition the index its {@link IndexRule}
 * chooses, then every unindexed column the {@link ParentKeys} dependency {@link ParentKeysFinder} finds on
 * an indexed one, one task per column and partition on {@code threads} threads. The result does not
 * depend on the thread count.
 */
public final class IndexBuilder {

    /** Work on one column of one partition. */
    private interface ColumnTask<T> {
        T apply(Partition p, int column);
    }

    private IndexBuilder() {
    }

    /** The store with its partitions indexed by {@link IndexRule#DEFAULT}. */
    public static Store index(Store store, int threads) {
        return index(store, threads, IndexRule.DEFAULT);
    }

    /** The store with its partitions indexed by {@code rule}. */
    public static Store index(Store store, int threads, IndexRule rule) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "subcube-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Table> tables = List.copyOf(store.tables().values());
            List<List<Partition>> raw = tables.stream().map(Table::partitions).toList();
            List<List<Partition>> indexed = perColumn(pool, raw, (p, c) -> rule.indexFor(p.column(c)),
                    ColumnIndex[]::new, Partition::withIndexes);
            // Dependencies are looked for against the indexes, so only once those are built.
            List<List<Partition>> done = perColumn(pool, indexed, (p, c) -> ParentKeysFinder.find(p, c, rule),
                    ParentKeys[]::new, Partition::withParentKeys);
            List<Table> out = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                out.add(new Table(tables.get(t).def(), tables.get(t).columns(), done.get(t)));
            }
            return new Store(store.description(), store.parameters(), out);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every partition (by table) given {@code task}'s results for its columns, computed on the pool; all
     * tasks are submitted first, so that all tables' columns share the threads.
     */
    private static <T> List<List<Partition>> perColumn(ExecutorService pool, List<List<Partition>> tables,
                                                       ColumnTask<T> task,
                                                       IntFunction<T[]> array,
                                                       BiFunction<Partition, T[], Partition> apply) {
        List<List<List<Future<T>>>> work = new ArrayList<>();
        for (List<Partition> partitions : tables) {
            List<List<Future<T>>> parts = new ArrayList<>();
            for (Partition p : partitions) {
                List<Future<T>> columns = new ArrayList<>();
                for (int c = 0; c < p.columnCount(); c++) {
                    int column = c;
                    Callable<T> call = () -> task.apply(p, column);
                    columns.add(pool.submit(call));
                }
                parts.add(columns);
            }
            work.add(parts);
        }
        List<List<Partition>> out = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            List<Partition> partitions = new ArrayList<>();
            for (int pi = 0; pi < tables.get(t).size(); pi++) {
                List<Future<T>> columns = work.get(t).get(pi);
                T[] results = array.apply(columns.size());
                for (int c = 0; c < results.length; c++) {
                    results[c] = await(columns.get(c));
                }
                partitions.add(apply.apply(tables.get(t).get(pi), results));
            }
            out.add(partitions);
        }
        return out;
    }

    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
