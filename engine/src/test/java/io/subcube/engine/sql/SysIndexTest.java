package io.subcube.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated month large enough to be indexed at load: {@code sys} reports the index bytes, and filtered
 * queries read through the indexes give what the stored values say.
 */
class SysIndexTest {

    private static Store store;
    private static Connection conn;

    @BeforeAll
    static void open() throws Exception {
        store = StoreLoader.generate(new GeneratorConfig(70_000, 1, 5, 200809, 2));
        conn = SubcubeDriver.connect(store, new Properties());
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    @Test
    void sysColumnsReportsEachColumnsIndexAndItsBytes() throws SQLException {
        List<List<Object>> rows = rows("SELECT column_name, index_kind, index_bytes > 0 FROM sys.columns "
                + "WHERE table_name = 'subscriber_month' AND column_name IN "
                + "('month_id', 'subscriber_id', 'city_id', 'county_id', 'arpu', 'value_tier', 'churn_flag') "
                + "ORDER BY ordinal_position");
        // A county lies in one city: its value picks the city's rows out of the city index first.
        Object counties = rows("SELECT COUNT(DISTINCT county_id) FROM subscriber_month "
                + "WHERE month_id = (SELECT MAX(month_id) FROM subscriber_month)").get(0).get(0);
        assertEquals(List.of(List.of("month_id", "", false), List.of("subscriber_id", "", false),
                List.of("city_id", "range(4 slices)", true),
                List.of("county_id", "parent(city_id, " + counties + " keys)", true),
                List.of("arpu", "", false),
                List.of("value_tier", "values(4)", true), List.of("churn_flag", "values(2)", true)), rows);
        Table facts = store.table("subscriber_month");
        long indexBytes = ((Number) rows("SELECT index_bytes FROM sys.tables WHERE table_name = 'subscriber_month'")
                .get(0).get(0)).longValue();
        long columnIndexBytes = ((Number) rows("SELECT SUM(index_bytes) FROM sys.columns "
                + "WHERE table_name = 'subscriber_month'").get(0).get(0)).longValue();
        assertEquals(facts.indexBytes(), indexBytes);
        assertTrue(columnIndexBytes > 0 && columnIndexBytes <= indexBytes, columnIndexBytes + " of " + indexBytes);
        long bytes = ((Number) rows("SELECT bytes FROM sys.tables WHERE table_name = 'subscriber_month'")
                .get(0).get(0)).longValue();
        long columnBytes = ((Number) rows("SELECT SUM(bytes) FROM sys.columns "
                + "WHERE table_name = 'subscriber_month'").get(0).get(0)).longValue();
        assertTrue(bytes >= columnBytes + indexBytes, bytes + " < " + columnBytes + " + " + indexBytes);
    }

    @Test
    void filteredCountsThroughTheIndexesMatchTheStoredValues() throws SQLException {
        Table facts = store.table("subscriber_month");
        Partition p = facts.partitions().get(0);
        StringColumn tier = (StringColumn) p.column(facts.indexOf("value_tier"));
        LongColumn city = (LongColumn) p.column(facts.indexOf("city_id"));
        LongColumn churn = (LongColumn) p.column(facts.indexOf("churn_flag"));
        long expected = 0;
        long notH = 0;
        for (int r = 0; r < p.rows(); r++) {
            boolean h = "H".equals(tier.get(r));
            if (h && city.get(r) == 101 && churn.get(r) == 0) {
                expected++;
            }
            if (!h && city.get(r) >= 105) {
                notH++;
            }
        }
        assertTrue(expected > 0);
        assertEquals(List.of(List.of(expected)), rows("SELECT COUNT(*) FROM subscriber_month WHERE month_id = 200809 "
                + "AND city_id = 101 AND value_tier = 'H' AND churn_flag = FALSE"));
        assertEquals(List.of(List.of(notH)), rows("SELECT COUNT(*) FROM subscriber_month "
                + "WHERE NOT (value_tier = 'H' OR city_id < 105)"));
        assertEquals(List.of(List.of(0L)), rows("SELECT COUNT(*) FROM subscriber_month WHERE month_id = 200810"));
    }

    private static List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
