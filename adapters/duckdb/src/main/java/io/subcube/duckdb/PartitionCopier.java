package io.subcube.duckdb;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.PackedBlock;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;

/**
 * Appends one partition of a Subcube table to a DuckDB appender: decodes a batch of rows of every column
 * into a {@link ColumnBatch} (the same carrier the generator hands the peer) and appends it with the
 * peer's {@link ColumnAppender}s, so both load paths write values the same way.
 */
final class PartitionCopier {

    /** Rows per batch; divides {@link PackedBlock#CAPACITY}, so a batch never spans two packed blocks. */
    static final int BATCH_ROWS = 2048;

    private final Table table;
    private final List<ColumnDef> columns;
    private final ColumnAppender[] appenders;
    private final ColumnBatch batch;
    private final long[] codes = new long[BATCH_ROWS];

    PartitionCopier(Table table) {
        this.table = table;
        this.columns = table.columns();
        this.appenders = columns.stream().map(ColumnAppender::of).toArray(ColumnAppender[]::new);
        this.batch = new ColumnBatch(table.def(), columns, BATCH_ROWS);
    }

    /** Appends every row of the partition; the caller closes (commits) the appender. */
    void copy(Partition partition, DuckDBAppender appender) throws SQLException {
        for (int from = 0; from < partition.rows(); from += BATCH_ROWS) {
            int n = Math.min(BATCH_ROWS, partition.rows() - from);
            batch.clear();
            for (int c = 0; c < columns.size(); c++) {
                decode(partition.column(c), c, from, n);
            }
            batch.setSize(n);
            for (int r = 0; r < n; r++) {
                appender.beginRow();
                for (int c = 0; c < appenders.length; c++) {
                    appenders[c].append(appender, batch, c, r);
                }
                appender.endRow();
            }
        }
    }

    private void decode(Column column, int c, int from, int n) {
        // Java 17: no pattern matching in switch yet.
        if (column instanceof LongColumn longs) {
            longs.decode(from, n, batch.longs(c));
        } else if (column instanceof DoubleColumn doubles) {
            doubles.decode(from, n, batch.doubles(c));
        } else {
            StringColumn strings = (StringColumn) column;
            strings.codes().decode(from, n, codes);
            String[] out = batch.strings(c);
            for (int r = 0; r < n; r++) {
                out[r] = strings.isNull(from + r) ? null : strings.value((int) codes[r]);
            }
        }
        if (column.nulls() != null && !(column instanceof StringColumn)) {
            boolean[] mask = batch.nulls(c);
            if (mask == null) {
                throw new IllegalStateException(table.name() + "." + columns.get(c).name()
                        + " is declared NOT NULL but holds NULLs in Subcube");
            }
            for (int r = 0; r < n; r++) {
                mask[r] = column.isNull(from + r);
            }
        }
    }
}
