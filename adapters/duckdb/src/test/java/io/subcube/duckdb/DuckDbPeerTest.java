package io.subcube.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peer's settings, tables and both load paths, on hand-made rows (no generator needed). */
class DuckDbPeerTest {

    @TempDir
    Path dir;

    @Test
    void connectionsFollowG6() throws Exception {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults().withThreads(2));
             Connection other = peer.newConnection()) {
            for (Connection c : List.of(peer.connection(), other)) {
                assertEquals(List.of("3"), column(c, "SELECT 7 / 2"));
                assertEquals(List.of("1", "3", "NULL"), column(c, "SELECT x FROM (VALUES (3), (NULL), (1)) v(x) ORDER BY x"));
                assertEquals(List.of("NULL", "3", "1"),
                        column(c, "SELECT x FROM (VALUES (3), (NULL), (1)) v(x) ORDER BY x DESC"));
                assertEquals(List.of("DOUBLE"), column(c, "SELECT typeof(AVG(CAST(x AS DECIMAL(12,2)))) FROM (VALUES (1)) v(x)"));
                assertEquals(List.of("2"), column(c, "SELECT current_setting('threads')"));
            }
        }
    }

    @Test
    void tablesHaveTheStoredColumnsWithExactTypes() throws Exception {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            for (TableDef t : SubcubeSchema.generatedTables()) {
                List<String> expected = t.storedColumns().stream()
                        .map(c -> c.name() + " " + c.type().sqlName() + (c.nullable() ? " YES" : " NO")).toList();
                assertEquals(expected, column(peer.connection(), "SELECT column_name || ' ' || data_type || ' ' || is_nullable"
                        + " FROM information_schema.columns WHERE table_schema = 'subcube' AND table_name = '"
                        + t.name() + "' ORDER BY ordinal_position"), t.name());
            }
            assertEquals(List.of("0"), column(peer.connection(), "SELECT COUNT(*) FROM region"));
        }
    }

    @Test
    void appenderLoadsEveryKindOfValue() throws Exception {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            LoadReport report = peer.load(sink -> {
                write(sink, SubcubeSchema.REGION, 0, regionRows());
                write(sink, SubcubeSchema.SUBSCRIBER, 0, subscriberRows());
                write(sink, SubcubeSchema.CHANNEL_FIT, 0, List.of(List.of("STUDENT", "SMS", "MUSIC", 400L, 500L, 123L)));
            });
            assertEquals(2, report.rows("region"));
            assertEquals(1, report.rows("channel_fit"));
            assertEquals(0, report.rows("subscriber_month"));
            Connection c = peer.connection();
            assertEquals(List.of("1|JS|NULL|NULL|NULL|NULL", "10101|JS-NJ-01-01|RURAL|1234.56|0.9876|RICE"),
                    column(c, "SELECT region_id || '|' || region_code || '|' || COALESCE(market_type, 'NULL') || '|'"
                            + " || COALESCE(CAST(per_capita_income AS VARCHAR), 'NULL') || '|'"
                            + " || COALESCE(CAST(phone_penetration AS VARCHAR), 'NULL') || '|'"
                            + " || COALESCE(pillar_industry, 'NULL') FROM region ORDER BY region_id"));
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT join_date, group_member, join_near_campus, msisdn FROM subscriber")) {
                assertTrue(r.next());
                assertEquals(LocalDate.of(2008, 9, 30), r.getObject(1, LocalDate.class));
                assertTrue(r.getBoolean(2));
                assertFalse(r.getBoolean(3));
                assertEquals("135****6606", r.getString(4));
            }
            assertEquals(List.of("4.00 5.00 1.23"), column(c, "SELECT cp_score || ' ' || cc_score || ' ' || pc_score FROM channel_fit"));
        }
    }

    /** The generator opens partitions on one thread and fills them on others (its commit lanes). */
    @Test
    void appenderPartitionsMayBeFilledOnAnotherThread() throws Exception {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            peer.load(sink -> {
                ColumnBatch batch = batch(SubcubeSchema.REGION, regionRows());
                DatasetSink.PartitionSink p = sink.openPartition(SubcubeSchema.REGION, 0);
                ExecutorService lane = Executors.newSingleThreadExecutor();
                try {
                    lane.submit(() -> {
                        p.append(batch);
                        p.finish();
                        return null;
                    }).get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IOException(e);
                } finally {
                    lane.shutdown();
                }
            });
            assertEquals(List.of("2"), column(peer.connection(), "SELECT COUNT(*) FROM region"));
        }
    }

    @Test
    void appenderNamesPartitionsNeverFinished() throws Exception {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            IOException e = assertThrows(IOException.class, () -> peer.load(sink -> {
                sink.openPartition(SubcubeSchema.SUBSCRIBER_MONTH, 200809).append(
                        new ColumnBatch(SubcubeSchema.SUBSCRIBER_MONTH, 1));
                write(sink, SubcubeSchema.REGION, 0, regionRows());
            }));
            assertEquals("the source never finished partitions [subscriber_month month 200809]", e.getMessage());
        }
    }

    @Test
    void appenderRejectsBatchesOfOtherColumns() throws Exception {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            IOException e = assertThrows(IOException.class, () -> peer.load(sink -> {
                DatasetSink.PartitionSink p = sink.openPartition(SubcubeSchema.REGION, 0);
                TableDef region = SubcubeSchema.REGION;
                p.append(new ColumnBatch(region, region.storedColumns().subList(0, 3), 1));
            }));
            assertTrue(e.getMessage().startsWith("region: batch columns"), e.getMessage());
        }
    }

    @Test
    void csvLoadReadsNullsDecimalsDatesAndBooleans() throws Exception {
        writeCsvDir(dir);
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            LoadReport report = peer.loadCsv(dir);
            assertEquals(2, report.rows("region"));
            assertEquals(2, report.rows("subscriber_month"));
            Connection c = peer.connection();
            assertEquals(List.of("1|NULL|NULL", "10101|1234.56|RURAL"), column(c, "SELECT region_id || '|'"
                    + " || COALESCE(CAST(per_capita_income AS VARCHAR), 'NULL') || '|' || COALESCE(market_type, 'NULL')"
                    + " FROM region ORDER BY region_id"));
            assertEquals(List.of("2008-09-30 true false 135****6606 ,quoted\""),
                    column(c, "SELECT join_date || ' ' || group_member || ' ' || join_near_campus || ' ' || msisdn"
                            + " || ' ' || cust_group FROM subscriber"));
            assertEquals(List.of("200808 150.25", "200809 88.40"),
                    column(c, "SELECT month_id || ' ' || arpu FROM subscriber_month ORDER BY month_id"));
            assertEquals(List.of(""), column(c, "SELECT plan_name FROM plan"), "a quoted empty string is not NULL");
        }
    }

    @Test
    void csvErrorsNameTheTableAndFile() throws Exception {
        writeCsvDir(dir);
        Files.delete(dir.resolve("plan.csv"));
        IOException missing = assertThrows(IOException.class, () -> load(dir));
        assertTrue(missing.getMessage().contains("table plan") && missing.getMessage().contains("plan.csv"),
                missing.getMessage());

        writeCsvDir(dir);
        Files.writeString(dir.resolve("service.csv"), "service_code,oops\n");
        IOException header = assertThrows(IOException.class, () -> load(dir));
        assertTrue(header.getMessage().contains("service.csv") && header.getMessage().contains("service_code,oops"),
                header.getMessage());

        writeCsvDir(dir);
        Path month = dir.resolve("subscriber_month").resolve("200809.csv");
        Files.writeString(month, Files.readString(month).replace("88.40", "not-a-number"));
        SQLException value = assertThrows(SQLException.class, () -> load(dir));
        assertTrue(value.getMessage().startsWith("loading table subscriber_month from 2 files in"), value.getMessage());
        assertTrue(value.getMessage().contains("not-a-number"), value.getMessage());
    }

    @Test
    void enumPoliciesConvertTheChosenColumns() throws Exception {
        writeCsvDir(dir);
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults().withEnums(
                EnumPolicy.columns(List.of("subscriber_month.status", "region.market_type"))))) {
            LoadReport report = peer.loadCsv(dir);
            assertEquals(List.of("subscriber_month.status", "region.market_type"), report.enumColumns());
            assertEquals(List.of("market_type", "status"), enumColumns(peer.connection()));
            assertEquals(List.of("1"), column(peer.connection(), "SELECT COUNT(*) FROM region WHERE market_type = 'RURAL'"));
        }
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults().withEnums(EnumPolicy.lowCardinality(1)))) {
            peer.loadCsv(dir);
            List<String> enums = enumColumns(peer.connection());
            assertTrue(enums.contains("brand") && enums.contains("market_type"), enums.toString());
            assertFalse(enums.contains("region_code"), "two distinct values stay VARCHAR");
            assertEquals(List.of("1|SZX"), column(peer.connection(),
                    "SELECT s.subscriber_id || '|' || s.brand FROM subscriber s JOIN plan p ON p.brand = s.brand"));
        }
    }

    private static void load(Path dir) throws Exception {
        try (DuckDbPeer peer = DuckDbPeer.open(PeerOptions.defaults())) {
            peer.loadCsv(dir);
        }
    }

    private static List<String> enumColumns(Connection c) throws SQLException {
        return column(c, "SELECT DISTINCT column_name FROM duckdb_columns() WHERE schema_name = 'subcube'"
                + " AND data_type LIKE 'ENUM%' ORDER BY 1");
    }

    /** A complete CSV directory: header-only files, plus rows in region, subscriber, plan and two months. */
    private static void writeCsvDir(Path dir) throws IOException {
        for (TableDef t : SubcubeSchema.generatedTables()) {
            String header = t.storedColumns().stream().map(ColumnDef::name).collect(Collectors.joining(","));
            if (t.monthly()) {
                Files.createDirectories(dir.resolve(t.name()));
                for (int m : new int[] {200808, 200809}) {
                    Files.writeString(dir.resolve(t.name()).resolve(m + ".csv"), header + "\n");
                }
            } else {
                Files.writeString(dir.resolve(t.name() + ".csv"), header + "\n");
            }
        }
        append(dir.resolve("region.csv"), "1,JS,Jiangsu,PROVINCE,,1,,,,,,,,,,,,",
                "10101,JS-NJ-01-01,Grid 1,GRID,101,1,101,1010,RURAL,5000,3000,800,1500,1234.56,RICE,2,3,0.9876");
        append(dir.resolve("subscriber.csv"), "1,135****6606,2008-09-30,M,1980,SZX,\",quoted\"\"\",true,WEB,false");
        append(dir.resolve("plan.csv"), "SZX_STD,SZX,\"\",0.00,0.4000,false");
        String[] month = new String[SubcubeSchema.SUBSCRIBER_MONTH.storedColumns().size()];
        for (int m : new int[] {200808, 200809}) {
            List<String> values = new ArrayList<>();
            for (ColumnDef c : SubcubeSchema.SUBSCRIBER_MONTH.storedColumns()) {
                values.add(switch (c.name()) {
                    case "month_id" -> Integer.toString(m);
                    case "arpu" -> m == 200808 ? "150.25" : "88.40";
                    default -> switch (c.type().kind()) {
                        case VARCHAR -> "X";
                        case BOOLEAN -> "false";
                        default -> "1";
                    };
                });
            }
            append(dir.resolve("subscriber_month").resolve(m + ".csv"), String.join(",", values.toArray(month)));
        }
    }

    private static void append(Path file, String... lines) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }

    private static List<List<Object>> regionRows() {
        List<Object> province = new ArrayList<>(List.of(1L, "JS", "Jiangsu", "PROVINCE"));
        for (int i = province.size(); i < SubcubeSchema.REGION.storedColumns().size(); i++) {
            province.add(null);
        }
        province.set(5, 1L);
        List<Object> grid = List.of(10101L, "JS-NJ-01-01", "Grid 1", "GRID", 101L, 1L, 101L, 1010L, "RURAL", 5000L,
                3000L, 800L, 1500L, 123456L, "RICE", 2L, 3L, 9876L);
        return List.of(province, grid);
    }

    private static List<List<Object>> subscriberRows() {
        return List.of(List.of(1L, "135****6606", LocalDate.of(2008, 9, 30).toEpochDay(), "M", 1980L, "SZX",
                "GENERAL", 1L, "WEB", 0L));
    }

    /** Writes rows as one batch of one partition. */
    private static void write(DatasetSink sink, TableDef table, int month, List<List<Object>> rows) throws IOException {
        DatasetSink.PartitionSink p = sink.openPartition(table, month);
        p.append(batch(table, rows));
        p.finish();
    }

    /** A batch of the table's stored columns from rows of Long (long-backed columns), String, or null for NULL. */
    private static ColumnBatch batch(TableDef table, List<List<Object>> rows) {
        ColumnBatch b = new ColumnBatch(table, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < b.columnCount(); c++) {
                Object v = rows.get(r).get(c);
                if (v == null) {
                    b.setNull(c, r);
                } else if (v instanceof String s) {
                    b.strings(c)[r] = s;
                } else {
                    b.longs(c)[r] = (Long) v;
                }
            }
        }
        b.setSize(rows.size());
        return b;
    }

    /** The first column of every row as text ("NULL" for NULL). */
    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Object v = r.getObject(1);
                out.add(v == null ? "NULL" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
            }
        }
        return out;
    }
}
