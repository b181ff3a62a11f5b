package io.subcube.datasets.batch;

import io.subcube.datasets.schema.TableDef;
import java.io.IOException;

/**
 * Receives a dataset partition by partition: the generator and file readers write into it, the store
 * and file writers implement it. Partitions of different tables (and months) may be open at once;
 * batches of one partition arrive in order from a single thread.
 */
public interface DatasetSink {

    /**
     * Opens one partition for appending.
     *
     * @param table   the table
     * @param monthId the partition's {@code month_id} for a monthly table, 0 for the others
     */
    PartitionSink openPartition(TableDef table, int monthId) throws IOException;

    /** Receives the rows of one partition. */
    interface PartitionSink {

        /** Appends the batch's rows; the batch may be reused by the caller afterwards. */
        void append(ColumnBatch batch) throws IOException;

        /** Ends the partition: no more rows. */
        void finish() throws IOException;
    }
}
