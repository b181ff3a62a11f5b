package io.subcube.benchmarks.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.benchmarks.workload.BenchQuery;
import io.subcube.benchmarks.workload.Form;
import io.subcube.benchmarks.workload.Workload;
import io.subcube.datasets.generator.GeneratorConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark query, through the runner's own code path (check, then one timed call, no warm-up) on tiny
 * data, gives the same rows on Subcube and DuckDB in both forms, so the workload cannot rot. No timing is
 * asserted. A query is skipped only when the store lacks one of its tables.
 */
class WorkloadAgreementTest {

    static final GeneratorConfig TINY = new GeneratorConfig(1_500, 10, 20080901, 200803, 2);

    @Test
    void everyQueryAgreesInBothForms() throws Exception {
        Workload workload = Workload.forData(TINY.startMonth(), TINY.months());
        try (Engines engines = Engines.open(TINY)) {
            List<String> skipped = new ArrayList<>();
            List<QueryTiming> timings = new BenchRunner(engines, BenchSettings.exact(TINY, 0, 1))
                    .run(workload, skipped, (done, total) -> { });
            for (BenchQuery q : workload.queries()) {
                boolean runnable = q.tables().stream().allMatch(engines::hasTable);
                long lines = timings.stream().filter(t -> t.query().equals(q.name())).count();
                assertEquals(runnable ? Form.values().length : 0, lines, q.name());
                assertEquals(!runnable, skipped.stream().anyMatch(s -> s.startsWith(q.name() + ":")), q.name());
            }
            for (QueryTiming t : timings) {
                assertEquals(1, t.subcube().calls());
                assertEquals(1, t.duckdb().calls());
            }
            // The data is tiny but not empty: most queries return rows.
            assertTrue(timings.stream().filter(t -> t.rows() > 0).count() > timings.size() / 2, timings.toString());
            assertFalse(timings.isEmpty());
        }
    }
}
