package io.subcube.datasets.generator;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.TableDef;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Reusable batches of one table, shared by the workers and the committer. */
final class BatchPool {

    final TableDef table;
    final int capacity;
    private final ConcurrentLinkedQueue<ColumnBatch> free = new ConcurrentLinkedQueue<>();

    BatchPool(TableDef table, int capacity) {
        this.table = table;
        this.capacity = capacity;
    }

    ColumnBatch take() {
        ColumnBatch b = free.poll();
        return b != null ? b : new ColumnBatch(table, capacity);
    }

    void release(ColumnBatch b) {
        b.clear();
        free.offer(b);
    }
}
