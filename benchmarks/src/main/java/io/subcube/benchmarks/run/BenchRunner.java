package io.subcube.benchmarks.run;

import io.subcube.benchmarks.workload.BenchQuery;
import io.subcube.benchmarks.workload.Form;
import io.subcube.benchmarks.workload.Workload;
import io.subcube.datasets.batch.Progress;
import io.subcube.duckdb.compare.ResultDiff;
import io.subcube.duckdb.compare.ResultTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lean in-process benchmark: for each query and form, first the check (call 0 on both engines, results
 * compared; a mismatch stops the run with the query name and the differing rows), then warm-up calls (also
 * compared: it costs nothing extra), then each engine alone for the settings' warm-up time, then timed
 * calls. Timed calls alternate between the engines so that both see the same machine noise, and call k on
 * both engines uses the same parameter set k of the rotation. A slow
 * query form stops early when it has used up the settings' time budget (see {@link BenchSettings}), so that one
 * slow query does not decide how long the whole run takes.
 */
public final class BenchRunner {

    private static final String SUBCUBE = "Subcube";
    private static final String DUCKDB = "DuckDB";

    private final Engines engines;
    private final BenchSettings settings;
    private final ResultDiff comparison = new ResultDiff(SUBCUBE, DUCKDB);
    private long digests;

    public BenchRunner(Engines engines, BenchSettings settings) {
        this.engines = engines;
        this.settings = settings;
    }

    /** Checks and times every query of the workload the engines' data can answer; skips the others, saying why. */
    public List<QueryTiming> run(Workload workload, List<String> skipped, Progress progress) throws SQLException {
        List<BenchQuery> runnable = new ArrayList<>();
        for (BenchQuery q : workload.queries()) {
            Optional<String> missing = q.tables().stream().filter(t -> !engines.hasTable(t)).findFirst();
            if (missing.isPresent()) {
                skipped.add(q.name() + ": table " + missing.get() + " is not in this build");
            } else {
                runnable.add(q);
            }
        }
        List<QueryTiming> timings = new ArrayList<>();
        int done = 0;
        int total = runnable.size() * Form.values().length;
        for (BenchQuery q : runnable) {
            for (Form form : Form.values()) {
                progress.update(done, total);
                timings.add(measure(q, form));
                done++;
            }
        }
        progress.update(total, total);
        return timings;
    }

    /** Check, warm up and time one query in one form. */
    public QueryTiming measure(BenchQuery query, Form form) throws SQLException {
        try (QueryCaller subcube = new QueryCaller(engines.subcube(), query, form);
             QueryCaller duckdb = new QueryCaller(engines.duckdb(), query, form)) {
            long k = 0;
            int rows = check(query, form, subcube, duckdb, k++).rows().size();
            long budget = settings.budgetMillis() * 1_000_000;
            long warm = System.nanoTime();
            for (int i = 0; i < settings.warmups(); i++) {
                if (i > 0 && budget > 0 && System.nanoTime() - warm > budget) {
                    break;
                }
                check(query, form, subcube, duckdb, k++);
            }
            k += Math.max(warmAlone(subcube, k), warmAlone(duckdb, k));
            long[] subcubeNanos = new long[settings.runs()];
            long[] duckdbNanos = new long[settings.runs()];
            long spent = 0;
            int n = 0;
            for (; n < settings.runs(); n++, k++) {
                if (n >= BenchSettings.MIN_RUNS && budget > 0 && spent > budget) {
                    break;
                }
                subcubeNanos[n] = timed(subcube, k);
                duckdbNanos[n] = timed(duckdb, k);
                spent += subcubeNanos[n] + duckdbNanos[n];
            }
            subcubeNanos = Arrays.copyOf(subcubeNanos, n);
            duckdbNanos = Arrays.copyOf(duckdbNanos, n);
            return new QueryTiming(query.name(), form, rows, Stats.ofNanos(subcubeNanos), Stats.ofNanos(duckdbNanos));
        }
    }

    /**
     * Calls one engine alone, from call {@code k} on, until the settings' warm-up time has passed; returns how
     * many calls it made. Alone, so that a slow peer does not cut the other engine's number of calls.
     */
    private long warmAlone(QueryCaller caller, long k) throws SQLException {
        long millis = settings.warmupMillis();
        if (millis == 0) {
            return 0;
        }
        long start = System.nanoTime();
        long calls = 0;
        do {
            digests += caller.call(k + calls++);
        } while (System.nanoTime() - start < millis * 1_000_000);
        return calls;
    }

    /** Runs call k on both engines and returns Subcube's result when it agrees with DuckDB's. */
    private ResultTable check(BenchQuery query, Form form, QueryCaller subcube, QueryCaller duckdb, long k)
            throws SQLException {
        ResultTable s = resultOf(SUBCUBE, query, form, subcube, k);
        ResultTable d = resultOf(DUCKDB, query, form, duckdb, k);
        Optional<String> differences = comparison.compare(s, d, query.ordered());
        if (differences.isPresent()) {
            throw new ResultMismatch(query.name(), "Subcube and DuckDB disagree on " + query.name() + " ("
                    + form.label() + ", parameters " + query.parameters(k) + "):\n" + differences.get());
        }
        return s;
    }

    private static ResultTable resultOf(String engine, BenchQuery query, Form form, QueryCaller caller, long k)
            throws SQLException {
        try {
            return caller.result(k);
        } catch (SQLException e) {
            throw new SQLException(engine + " failed on " + query.name() + " (" + form.label() + ", parameters "
                    + query.parameters(k) + "): " + e.getMessage(), e);
        }
    }

    private long timed(QueryCaller caller, long k) throws SQLException {
        long start = System.nanoTime();
        long digest = caller.call(k);
        long elapsed = System.nanoTime() - start;
        // Kept in a field so that reading the rows cannot be optimised away.
        digests += digest;
        return elapsed;
    }
}
