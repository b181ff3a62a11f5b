package io.subcube.engine.load.kpi;

import static io.subcube.engine.load.kpi.KpiFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.storage.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kpi_month and alert depend on the dataset only: the same seed gives the same tables whatever the thread
 * count, a data directory loads to the same tables as generating in process (its manifest carries the seed),
 * and another seed gives other SYNTH values.
 */
class DeterminismTest {

    private static final String KPI = "SELECT * FROM kpi_month ORDER BY month_id, region_id, kpi_code";
    private static final String ALERTS = "SELECT * FROM alert ORDER BY alert_id";

    private static List<List<Object>> table(Store s, String sql) throws Exception {
        try (Connection c = KpiFixtures.connect(s)) {
            return rows(c, sql);
        }
    }

    @Test
    void oneThreadGivesTheSameTablesAsThree() throws Exception {
        Store one = StoreLoader.generate(KpiFixtures.CONFIG.withThreads(1));
        assertEquals(table(KpiFixtures.store(), KPI), table(one, KPI));
        assertEquals(table(KpiFixtures.store(), ALERTS), table(one, ALERTS));
    }

    @Test
    void aLoadedDirectoryGivesTheSameTablesAsGeneratingIt(@TempDir Path dir) throws Exception {
        GeneratorConfig config = new GeneratorConfig(3_000, 3, 4242, 200806, 2);
        CsvDatasetWriter.generate(config, dir, Progress.NONE);
        Store generated = StoreLoader.generate(config);
        Store loaded = StoreLoader.load(dir);
        List<List<Object>> kpi = table(generated, KPI);
        assertEquals(kpi, table(loaded, KPI));
        assertEquals(table(generated, ALERTS), table(loaded, ALERTS));
        assertEquals(3 * (14 * 1114 + 22 * 14), kpi.size());
    }

    @Test
    void anotherSeedGivesOtherSynthValues() throws Exception {
        String synth = "SELECT k.actual FROM kpi_month k JOIN kpi_tree t ON t.kpi_code = k.kpi_code"
                + " WHERE t.source = 'SYNTH' AND k.month_id = 200806 ORDER BY k.region_id, k.kpi_code";
        GeneratorConfig config = new GeneratorConfig(2_000, 1, 1, 200806, 2);
        assertNotEquals(table(StoreLoader.generate(config), synth),
                table(StoreLoader.generate(config.withSeed(2)), synth));
    }
}
