package io.subcube.benchmarks.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.duckdb.EnumPolicy;
import io.subcube.duckdb.PeerOptions;
import io.subcube.duckdb.StoreMirror;
import io.subcube.duckdb.compare.ResultDiff;
import io.subcube.duckdb.compare.ResultTable;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.sql.jdbc.SubcubeDriver;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The benchmark peer holds exactly what Subcube holds: every table, every column (derived ones included), every
 * value; low-cardinality VARCHARs are ENUMs, others stay VARCHAR; and the load report counts the rows.
 */
class StoreMirrorTest {

    @Test
    void everyTableIsCopiedWhole() throws Exception {
        Store store = StoreLoader.generate(new GeneratorConfig(300, 3, 7, 200807, 2));
        try (Connection subcube = SubcubeDriver.connect(store, new Properties());
             StoreMirror mirror = StoreMirror.copy(store, PeerOptions.defaults().withThreads(2)
                     .withEnums(EnumPolicy.lowCardinality(100)))) {
            ResultDiff comparison = new ResultDiff("Subcube", "DuckDB");
            for (Table t : store.tables().values()) {
                String columns = t.columns().stream().map(ColumnDef::name).collect(Collectors.joining(", "));
                String sql = "SELECT " + columns + " FROM " + t.name();
                ResultTable s = query(subcube, sql);
                ResultTable d = query(mirror.connection(), sql);
                assertEquals(t.rows(), s.rows().size(), t.name());
                assertEquals(t.rows(), mirror.report().rows(t.name()), t.name());
                comparison.compare(s, d, false).ifPresent(m -> {
                    throw new AssertionError(t.name() + ": " + m);
                });
            }
            assertTrue(mirror.report().enumColumns().contains("subscriber_month.value_tier"));
            assertTrue(mirror.report().enumColumns().contains("kpi_tree.kpi_code"));
            assertEquals("VARCHAR", duckdbType(mirror, "subscriber", "msisdn"), "above 100 distinct values (300 subscribers) stays VARCHAR");
            assertTrue(duckdbType(mirror, "subscriber_month", "value_tier").startsWith("ENUM"));
            assertTrue(mirror.memoryBytes() > 0);
            for (Table t : store.tables().values()) {
                for (ColumnDef c : t.columns()) {
                    if (c.type().kind() != ColumnType.Kind.VARCHAR) {
                        assertEquals(c.type().sqlName(), duckdbType(mirror, t.name(), c.name()), t.name() + "." + c.name());
                    }
                }
            }
        }
    }

    private static ResultTable query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return ResultTable.read(r);
        }
    }

    private static String duckdbType(StoreMirror mirror, String table, String column) throws SQLException {
        try (Statement s = mirror.connection().createStatement(); ResultSet r = s.executeQuery(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = 'subcube' AND table_name = '"
                        + table + "' AND column_name = '" + column + "'")) {
            assertTrue(r.next(), table + "." + column + " missing in DuckDB");
            return r.getString(1);
        }
    }
}
