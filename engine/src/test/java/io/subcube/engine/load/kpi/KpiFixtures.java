package io.subcube.engine.load.kpi;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A small generated store (20,000 subscribers × 4 months, default seed) shared by the kpi tests, and SQL helpers. */
final class KpiFixtures {

    /** The fixture's dataset, generated with 3 threads (the determinism test regenerates it with 1). */
    static final GeneratorConfig CONFIG = GeneratorConfig.defaults().withSubscribers(20_000).withMonths(4).withThreads(3);

    private static Store store;

    private KpiFixtures() {
    }

    static synchronized Store store() {
        if (store == null) {
            try {
                store = StoreLoader.generate(CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    static Connection connect(Store s) throws SQLException {
        return SubcubeDriver.connect(s, new Properties());
    }

    /** All rows of a query; DECIMALs as BigDecimal with trailing zeros stripped, so 1.50 equals 1.5. */
    static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object o = rs.getObject(i);
                    row.add(o instanceof BigDecimal d ? d.stripTrailingZeros() : o);
                }
                out.add(row);
            }
        }
        return out;
    }

    /** A decimal of a row, or null. */
    static BigDecimal dec(Object o) {
        return o == null ? null : o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }
}
