package io.subcube.benchmarks.run;

/**
 * What it took to get the same data into each engine and what it occupies there.
 *
 * @param subcubeLoadMillis generate + load + enrich + index of the Subcube store
 * @param duckdbLoadMillis  copying every table into DuckDB through the appender
 * @param duckdbCheckpointMillis the {@code CHECKPOINT} after that copy
 * @param subcubeBytes      Subcube's own accounting: the sum of {@code sys.tables.bytes}
 * @param duckdbBytes       DuckDB's: the sum of {@code duckdb_memory()} after the CHECKPOINT
 * @param factRows          rows of {@code subscriber_month}, the denominator of bytes per row
 * @param totalRows         rows of all tables
 */
public record LoadFigures(long subcubeLoadMillis, long duckdbLoadMillis, long duckdbCheckpointMillis,
                          long subcubeBytes, long duckdbBytes, long factRows, long totalRows) {

    /** DuckDB's load as the table reports it: load + CHECKPOINT. */
    public long duckdbTotalMillis() {
        return duckdbLoadMillis + duckdbCheckpointMillis;
    }

    public double subcubeBytesPerRow() {
        return factRows == 0 ? 0 : (double) subcubeBytes / factRows;
    }

    public double duckdbBytesPerRow() {
        return factRows == 0 ? 0 : (double) duckdbBytes / factRows;
    }
}
