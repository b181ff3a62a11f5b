package io.subcube.cli.bench;

import io.subcube.benchmarks.run.BenchReport;
import io.subcube.benchmarks.run.LoadFigures;
import io.subcube.benchmarks.run.QueryTiming;
import io.subcube.cli.format.Column;
import io.subcube.cli.format.ColumnKind;
import io.subcube.cli.format.ListCursor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A benchmark report as rows for the CLI's one set of renderers (aligned table, CSV, JSON): the ratio table and
 * the load and memory table, each in a short form for the terminal and a full form for the files.
 */
final class ReportTables {

    static final String RATIO = "ratio (Subcube/DuckDB)";

    private ReportTables() {
    }

    /** {@code query | form | rows | Subcube ms | DuckDB ms | ratio}: medians, 2 decimals. */
    static ListCursor queries(BenchReport report) {
        ListCursor rows = new ListCursor(List.of(text("query"), text("form"), number("rows"), number("Subcube ms"),
                number("DuckDB ms"), number(RATIO)));
        for (QueryTiming t : report.timings()) {
            rows.add(t.query(), t.form().label(), t.rows(), round(t.subcube().median(), 2),
                    round(t.duckdb().median(), 2), ratio(t.ratio(), 3));
        }
        return rows;
    }

    /** The ratio table with p90s and the number of timed calls, to microseconds: what the CSV and JSON files hold. */
    static ListCursor queriesInFull(BenchReport report) {
        ListCursor rows = new ListCursor(List.of(text("query"), text("form"), number("rows"), number("subcube_ms"),
                number("subcube_p90_ms"), number("duckdb_ms"), number("duckdb_p90_ms"), number("ratio"),
                number("timed_calls")));
        for (QueryTiming t : report.timings()) {
            rows.add(t.query(), t.form().label(), t.rows(), round(t.subcube().median(), 3),
                    round(t.subcube().p90(), 3), round(t.duckdb().median(), 3), round(t.duckdb().p90(), 3),
                    ratio(t.ratio(), 4), t.subcube().calls());
        }
        return rows;
    }

    /** Load time and memory of both engines, readable units. */
    static ListCursor load(BenchReport report) {
        LoadFigures f = report.load();
        ListCursor rows = new ListCursor(List.of(text("measure"), number("Subcube"), number("DuckDB"), number(RATIO)));
        rows.add("load ms", f.subcubeLoadMillis(), f.duckdbTotalMillis(),
                ratio((double) f.subcubeLoadMillis() / f.duckdbTotalMillis(), 3));
        rows.add("memory MiB", round(f.subcubeBytes() / 1048576.0, 1), round(f.duckdbBytes() / 1048576.0, 1),
                ratio((double) f.subcubeBytes() / f.duckdbBytes(), 3));
        rows.add("bytes per subscriber_month row", round(f.subcubeBytesPerRow(), 1), round(f.duckdbBytesPerRow(), 1),
                ratio(f.subcubeBytesPerRow() / f.duckdbBytesPerRow(), 3));
        return rows;
    }

    /** The same figures in base units, for the files. */
    static ListCursor loadInFull(BenchReport report) {
        LoadFigures f = report.load();
        ListCursor rows = new ListCursor(List.of(text("measure"), number("subcube"), number("duckdb"), number("ratio")));
        rows.add("load_ms", f.subcubeLoadMillis(), f.duckdbTotalMillis(),
                ratio((double) f.subcubeLoadMillis() / f.duckdbTotalMillis(), 4));
        rows.add("duckdb_checkpoint_ms", null, f.duckdbCheckpointMillis(), null);
        rows.add("memory_bytes", f.subcubeBytes(), f.duckdbBytes(), ratio((double) f.subcubeBytes() / f.duckdbBytes(), 4));
        rows.add("bytes_per_subscriber_month_row", round(f.subcubeBytesPerRow(), 3), round(f.duckdbBytesPerRow(), 3),
                ratio(f.subcubeBytesPerRow() / f.duckdbBytesPerRow(), 4));
        rows.add("subscriber_month_rows", f.factRows(), f.factRows(), null);
        rows.add("rows_all_tables", f.totalRows(), f.totalRows(), null);
        return rows;
    }

    static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A ratio to {@code digits} significant digits (0.0412, 1.23, 314), or NULL when not finite (zero denominator). */
    static BigDecimal ratio(double value, int digits) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_UP))
                : null;
    }

    private static Column text(String name) {
        return Column.of(name, ColumnKind.TEXT);
    }

    private static Column number(String name) {
        return Column.of(name, ColumnKind.NUMBER);
    }
}
