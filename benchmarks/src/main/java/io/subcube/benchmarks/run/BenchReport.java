package io.subcube.benchmarks.run;

import io.subcube.benchmarks.workload.Form;
import java.util.List;

/**
 * Everything one benchmark run measured.
 *
 * @param settings what was run
 * @param duckdbVersion the peer's version, as {@code SELECT version()} gives it
 * @param load     load times and memory of both engines
 * @param timings  one line per query and form, in workload order
 * @param skipped  queries not run and why (e.g. a table this build does not have yet)
 * @param elapsedMillis the whole run, loads included
 */
public record BenchReport(BenchSettings settings, String duckdbVersion, LoadFigures load, List<QueryTiming> timings,
                          List<String> skipped, long elapsedMillis) {

    public BenchReport {
        timings = List.copyOf(timings);
        skipped = List.copyOf(skipped);
    }

    /** The geometric mean of the ratios of one form (the fair average of ratios); NaN when none was timed. */
    public double geometricMeanRatio(Form form) {
        double logSum = 0;
        int n = 0;
        for (QueryTiming t : timings) {
            if (t.form() == form && t.ratio() > 0 && Double.isFinite(t.ratio())) {
                logSum += Math.log(t.ratio());
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }
}
