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

/**
 * The index step of loading: gives every column of every partition the index its {@link IndexRule}
 * chooses, one task per column and partition on {@code threads} threads. The result does not depend on
 * the thread count.
 */
public final class IndexBuilder {

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
            // Submit everything first, so that all tables' columns share the threads.
            List<List<List<Future<ColumnIndex>>>> work = new ArrayList<>();
            for (Table t : store.tables().values()) {
                List<List<Future<ColumnIndex>>> parts = new ArrayList<>();
                for (Partition p : t.partitions()) {
                    List<Future<ColumnIndex>> columns = new ArrayList<>();
                    for (int c = 0; c < p.columnCount(); c++) {
                        int column = c;
                        Callable<ColumnIndex> task = () -> rule.indexFor(p.column(column));
                        columns.add(pool.submit(task));
                    }
                    parts.add(columns);
                }
                work.add(parts);
            }
            List<Table> tables = new ArrayList<>();
            int ti = 0;
            for (Table t : store.tables().values()) {
                List<Partition> indexed = new ArrayList<>();
                for (int pi = 0; pi < t.partitions().size(); pi++) {
                    List<Future<ColumnIndex>> columns = work.get(ti).get(pi);
                    ColumnIndex[] indexes = new ColumnIndex[columns.size()];
                    for (int c = 0; c < indexes.length; c++) {
                        indexes[c] = await(columns.get(c));
                    }
                    indexed.add(t.partitions().get(pi).withIndexes(indexes));
                }
                tables.add(new Table(t.def(), t.columns(), indexed));
                ti++;
            }
            return new Store(store.description(), store.parameters(), tables);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ColumnIndex await(Future<ColumnIndex> work) {
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
