package io.subcube.cli.bench;

import io.subcube.benchmarks.run.BenchReport;
import io.subcube.benchmarks.run.BenchSettings;
import io.subcube.benchmarks.workload.Form;
import io.subcube.cli.format.Durations;
import io.subcube.cli.format.RowCursor;
import io.subcube.cli.format.TableRenderer;
import io.subcube.datasets.generator.GeneratorConfig;
import java.io.PrintStream;
import java.sql.SQLException;

/** The report as a person reads it: what was measured, the ratio table, the load and memory table, notes. */
final class ReportText {

    private ReportText() {
    }

    static void print(BenchReport report, PrintStream out) {
        out.println(headline(report));
        BenchSettings s = report.settings();
        out.printf("%d warm-up calls, then %s of calls by each engine alone, and %d timed calls per query form and"
                + " engine (fewer once a form has used %s), engines alternating; ms = median, p90 in the files%n",
                s.warmups(), Durations.format(s.warmupMillis() * 1_000_000), s.runs(),
                s.budgetMillis() == 0 ? "no budget" : Durations.format(s.budgetMillis() * 1_000_000) + " with "
                        + BenchSettings.MIN_RUNS + " timed calls");
        out.println();
        render(ReportTables.queries(report), out);
        out.printf("geometric mean of the ratios: prepared %s, ad hoc %s%n", mean(report, Form.PREPARED),
                mean(report, Form.AD_HOC));
        out.println();
        render(ReportTables.load(report), out);
        out.println("load: Subcube = generate + load + enrich + index; DuckDB = copy of every Subcube table through"
                + " its appender + CHECKPOINT");
        out.println("memory: Subcube = sum of sys.tables.bytes; DuckDB = sum of duckdb_memory() after the CHECKPOINT;"
                + " per row = all tables / subscriber_month rows");
        for (String skipped : report.skipped()) {
            out.println("skipped " + skipped);
        }
    }

    /** One line naming the engines, the data and the threads. */
    static String headline(BenchReport report) {
        GeneratorConfig data = report.settings().data();
        return String.format("Subcube vs DuckDB %s, same JVM: %,d subscribers x %d months (%,d subscriber_month rows,"
                + " %,d rows in all tables), %d threads", report.duckdbVersion(), data.subscribers(), data.months(),
                report.load().factRows(), report.load().totalRows(), data.threads());
    }

    private static String mean(BenchReport report, Form form) {
        double m = report.geometricMeanRatio(form);
        return Double.isNaN(m) ? "-" : ReportTables.ratio(m, 3).toPlainString();
    }

    private static void render(RowCursor rows, PrintStream out) {
        try {
            TableRenderer.read(rows).print(out);
        } catch (SQLException e) {
            throw new IllegalStateException(e); // an in-memory cursor does not fail
        }
    }
}
