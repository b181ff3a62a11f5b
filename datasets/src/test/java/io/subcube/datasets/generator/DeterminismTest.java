package io.subcube.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.datasets.testing.Fixtures;
import io.subcube.datasets.testing.MemorySink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The output depends on subscribers, months, seed and start month only, never on the thread count. */
class DeterminismTest {

    /** Three chunks (4096 ids each), so several workers really run concurrently. */
    private static final GeneratorConfig CONFIG = new GeneratorConfig(10_000, 3, 20080901, 200803, 1);

    @Test
    void sameOutputForAnyThreadCount() {
        MemorySink one = Fixtures.generate(CONFIG);
        MemorySink four = Fixtures.generate(CONFIG.withThreads(4));
        for (TableDef t : SubcubeSchema.generatedTables()) {
            assertEquals(one.checksum(t.name()), four.checksum(t.name()), t.name());
        }
        assertEquals(one.checksum(), four.checksum());
        assertEquals(one.checksum(), Fixtures.generate(CONFIG.withThreads(3)).checksum());
    }

    @Test
    void everyGeneratedTableAndNoOtherIsWritten() {
        MemorySink sink = Fixtures.generate(CONFIG.withMonths(2));
        List<String> expected = SubcubeSchema.generatedTables().stream().map(TableDef::name).sorted().toList();
        assertEquals(expected, sink.tableNames().stream().sorted().toList());
        for (TableDef t : SubcubeSchema.generatedTables()) {
            List<MemorySink.Part> parts = sink.parts(t.name());
            assertEquals(t.monthly() ? 2 : 1, parts.size(), t.name());
            for (MemorySink.Part p : parts) {
                assertEquals(true, p.finished(), t.name());
                assertEquals(true, p.size() > 0, t.name());
            }
        }
    }

    @Test
    void seedChangesSubscribersButNotFixedTables() {
        MemorySink a = Fixtures.generate(CONFIG.withMonths(2));
        MemorySink b = Fixtures.generate(CONFIG.withMonths(2).withSeed(7));
        assertNotEquals(a.checksum(), b.checksum());
        for (String t : List.of("subscriber", "subscriber_month", "location_month", "vas_usage", "service_month")) {
            assertNotEquals(a.checksum(t), b.checksum(t), t);
        }
        for (String t : List.of("region", "plan", "service", "channel", "channel_fit", "policy_catalog", "kpi_tree",
                "alert_rule")) {
            assertEquals(a.checksum(t), b.checksum(t), t);
        }
    }

    @Test
    void tinyAndLongConfigurations() {
        MemorySink one = Fixtures.generate(new GeneratorConfig(1, 1, 1, 200803, 2));
        assertEquals(1, one.part("subscriber_month", 200803).size());
        assertEquals(1, one.part("subscriber", 0).size());
        MemorySink longRun = Fixtures.generate(new GeneratorConfig(300, 120, 3, 199912, 2));
        assertEquals(120, longRun.parts("subscriber_month").size());
        assertEquals(200911, longRun.parts("subscriber_month").get(119).monthId);
        for (MemorySink.Part p : longRun.parts("subscriber_month")) {
            for (int r = 0; r < p.size(); r++) {
                long t = p.longs("tenure_months")[r];
                assertEquals(true, t >= 0 && t <= 180, "tenure " + t);
            }
        }
    }

    @Test
    void aLargerBaseKeepsTheSubscribersOfTheSmallerOne() {
        // a subscriber's rows depend on (seed, id) only, joiner ids aside: initial subscriber 1 is the same
        MemorySink small = Fixtures.generate(CONFIG.withSubscribers(100).withMonths(2));
        MemorySink big = Fixtures.generate(CONFIG.withSubscribers(5000).withMonths(2));
        MemorySink.Part s = small.part("subscriber_month", 200803);
        MemorySink.Part b = big.part("subscriber_month", 200803);
        for (String col : List.of("subscriber_id", "grid_id", "arpu", "mou_total", "tenure_months")) {
            for (int r = 0; r < 100; r++) {
                assertEquals(s.longs(col)[r], b.longs(col)[r], col + " row " + r);
            }
        }
    }
}
