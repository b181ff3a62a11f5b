package io.subcube.benchmarks.run;

import io.subcube.benchmarks.workload.Workload;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.GeneratorConfig;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One whole benchmark run: both engines loaded, the workload checked and timed, the report returned. */
public final class BenchRun {

    /** What a run tells its caller while it works (the CLI shows it on stderr). */
    public interface Listener {
        /** A phase starts, e.g. "loading Subcube". */
        void phase(String description);

        /** Progress over the query forms of the workload. */
        Progress queries();
    }

    /** A listener that says nothing. */
    public static final Listener SILENT = new Listener() {
        @Override
        public void phase(String description) {
        }

        @Override
        public Progress queries() {
            return Progress.NONE;
        }
    };

    private BenchRun() {
    }

    public static BenchReport run(BenchSettings settings, Listener listener) throws IOException, SQLException {
        long start = System.nanoTime();
        GeneratorConfig data = settings.data();
        Workload workload = Workload.forData(data.startMonth(), data.months());
        if (!settings.queries().isEmpty()) {
            workload = workload.only(settings.queries());
        }
        listener.phase(String.format("loading %,d subscribers x %d months into Subcube, then copying it into DuckDB",
                data.subscribers(), data.months()));
        try (Engines engines = Engines.open(data)) {
            int n = workload.queries().size();
            listener.phase("checking and timing " + n + (n == 1 ? " query" : " queries") + " x 2 forms ("
                    + settings.warmups() + " warm-up calls, " + settings.warmupMillis() + " ms alone and "
                    + settings.runs() + " timed calls each)");
            List<String> skipped = new ArrayList<>();
            List<QueryTiming> timings = new BenchRunner(engines, settings).run(workload, skipped, listener.queries());
            return new BenchReport(settings, engines.duckdbVersion(), engines.load(), timings, skipped,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
