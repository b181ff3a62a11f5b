package io.subcube.benchmarks.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.benchmarks.workload.BenchQuery;
import io.subcube.benchmarks.workload.Form;
import io.subcube.datasets.generator.GeneratorConfig;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The runner's contract: call counts, budget, and a disagreement stops the run naming the query and the rows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchRunnerTest {

    private static final GeneratorConfig SMALL = new GeneratorConfig(200, 3, 7, 200807, 2);
    private static final BenchQuery PLANS = new BenchQuery("plans_of_brand",
            "SELECT plan_code, monthly_fee FROM plan WHERE brand = ? ORDER BY plan_code", List.of("plan"),
            List.of(List.of("GOTONE"), List.of("MZONE"), List.of("SZX")));

    private Engines engines;

    @BeforeAll
    void open() throws Exception {
        engines = Engines.open(SMALL);
    }

    @AfterAll
    void close() throws Exception {
        engines.close();
    }

    @Test
    void timesTheAskedNumberOfCallsOnBothEngines() throws Exception {
        QueryTiming t = new BenchRunner(engines, BenchSettings.exact(SMALL, 2, 5)).measure(PLANS, Form.PREPARED);
        assertEquals(5, t.subcube().calls());
        assertEquals(5, t.duckdb().calls());
        assertTrue(t.rows() > 0);
        assertTrue(t.subcube().median() > 0 && t.duckdb().median() > 0);
        assertTrue(t.subcube().p90() >= t.subcube().median());
    }

    @Test
    void aBudgetCutsTimedCallsButNotBelowThree() throws Exception {
        BenchSettings tiny = new BenchSettings(SMALL, 1, 0, 50, 1, List.of());
        QueryTiming t = new BenchRunner(engines, tiny).measure(PLANS, Form.AD_HOC);
        assertEquals(BenchSettings.MIN_RUNS, t.subcube().calls());
    }

    @Test
    void aMismatchFailsNamingTheQueryAndTheRows() throws Exception {
        try (Statement s = engines.duckdb().createStatement()) {
            s.execute("UPDATE plan SET monthly_fee = monthly_fee + 1 WHERE plan_code = 'MZ_SMS'");
        }
        try {
            BenchQuery mzone = new BenchQuery("plans_of_mzone", PLANS.sql(), PLANS.tables(), List.of(List.of("MZONE")));
            ResultMismatch e = assertThrows(ResultMismatch.class,
                    () -> new BenchRunner(engines, BenchSettings.exact(SMALL, 0, 1)).measure(mzone, Form.AD_HOC));
            assertEquals("plans_of_mzone", e.query());
            assertTrue(e.getMessage().startsWith("Subcube and DuckDB disagree on plans_of_mzone (ad hoc, parameters"
                    + " [MZONE]):"), e.getMessage());
            assertTrue(e.getMessage().contains("'MZ_SMS'"), e.getMessage());
        } finally {
            try (Statement s = engines.duckdb().createStatement()) {
                s.execute("UPDATE plan SET monthly_fee = monthly_fee - 1 WHERE plan_code = 'MZ_SMS'");
            }
        }
    }
}
