package io.subcube.duckdb;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A {@link DatasetSink} that appends batches into the peer's tables through DuckDB's Appender, value by
 * value from the batch arrays. Each partition gets its own connection to the same database, so partitions
 * written concurrently by several generator threads do not share an appender; and since a partition may be
 * opened on one thread and filled on another, each appender is released from its creating thread and
 * guarded by its lock instead.
 */
final class AppenderSink implements DatasetSink {

    private final DuckDBConnection database;
    private final Set<Partition> open = ConcurrentHashMap.newKeySet();

    AppenderSink(DuckDBConnection database) {
        this.database = database;
    }

    /**
     * Closes the connections of partitions that were opened but never finished (a failed or faulty source),
     * so they do not keep the database alive, and names them; empty when every partition was finished.
     */
    List<String> closeUnfinished() {
        List<String> names = new ArrayList<>();
        for (Partition p : open) {
            names.add(p.where);
            try {
                p.connection.close();
            } catch (SQLException e) {
                // The partition is abandoned either way; its name is what the caller reports.
            }
        }
        open.clear();
        return names;
    }

    @Override
    public PartitionSink openPartition(TableDef table, int monthId) throws IOException {
        if (!PeerSchema.tables().contains(table)) {
            throw new IOException("table " + table.name() + " is not a generated table; the peer does not hold it");
        }
        String where = table.name() + (table.monthly() ? " month " + monthId : "");
        try {
            DuckDBConnection connection = database.duplicate();
            try {
                Partition p = new Partition(table, where, connection,
                        connection.createAppender(PeerSchema.NAME, table.name()));
                open.add(p);
                return p;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("opening an appender for " + where + ": " + e.getMessage(), e);
        }
    }

    /** One partition's appender; closing it flushes and commits the rows. */
    private final class Partition implements PartitionSink {
        private final TableDef table;
        private final String where;
        private final Connection connection;
        private final DuckDBAppender appender;
        private final Lock lock;
        private final List<ColumnDef> columns;
        private final ColumnAppender[] appenders;

        Partition(TableDef table, String where, Connection connection, DuckDBAppender appender) {
            this.table = table;
            this.where = where;
            this.connection = connection;
            this.appender = appender;
            this.lock = appender.unsafeBreakThreadConfinement();
            this.columns = table.storedColumns();
            this.appenders = columns.stream().map(ColumnAppender::of).toArray(ColumnAppender[]::new);
        }

        @Override
        public void append(ColumnBatch batch) throws IOException {
            if (!batch.columns().equals(columns)) {
                throw new IOException(where + ": batch columns " + names(batch.columns())
                        + " are not the stored columns " + names(columns));
            }
            int row = 0;
            lock.lock();
            try {
                for (; row < batch.size(); row++) {
                    appender.beginRow();
                    for (int c = 0; c < appenders.length; c++) {
                        appenders[c].append(appender, batch, c, row);
                    }
                    appender.endRow();
                }
            } catch (SQLException e) {
                throw new IOException("appending to " + where + ", batch row " + row + ": " + e.getMessage(), e);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void finish() throws IOException {
            open.remove(this);
            lock.lock();
            try (connection) {
                appender.close();
            } catch (SQLException e) {
                throw new IOException("committing " + where + " into table " + table.name() + ": "
                        + e.getMessage(), e);
            } finally {
                lock.unlock();
            }
        }

        private static List<String> names(List<ColumnDef> defs) {
            return defs.stream().map(ColumnDef::name).toList();
        }
    }
}
