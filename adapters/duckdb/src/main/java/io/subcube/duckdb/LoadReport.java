package io.subcube.duckdb;

import java.util.List;
import java.util.Map;

/**
 * What a load into the peer did and how long each phase took.
 *
 * @param rows             rows per table after the load
 * @param enumColumns      columns converted to ENUM types, as {@code table.column}
 * @param loadMillis       appending or reading the files (includes generation when streaming from a generator)
 * @param enumMillis       converting columns to ENUM types (0 when none)
 * @param checkpointMillis the final {@code CHECKPOINT}
 */
public record LoadReport(Map<String, Long> rows, List<String> enumColumns, long loadMillis, long enumMillis,
                         long checkpointMillis) {

    public LoadReport {
        rows = Map.copyOf(rows);
        enumColumns = List.copyOf(enumColumns);
    }

    public long totalMillis() {
        return loadMillis + enumMillis + checkpointMillis;
    }

    public long rows(String table) {
        Long n = rows.get(table);
        if (n == null) {
            throw new IllegalArgumentException("no table " + table + " in this load");
        }
        return n;
    }

    @Override
    public String toString() {
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        return String.format("%,d rows in %d tables: load %d ms, enum %d ms (%d columns), checkpoint %d ms,"
                + " total %d ms", total, rows.size(), loadMillis, enumMillis, enumColumns.size(), checkpointMillis,
                totalMillis());
    }
}
