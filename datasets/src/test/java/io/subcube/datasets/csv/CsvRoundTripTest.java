package io.subcube.datasets.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.datasets.testing.Fixtures;
import io.subcube.datasets.testing.MemorySink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated data written as CSV and read back is identical; the dialect's value formats and header rules. */
class CsvRoundTripTest {

    private static final GeneratorConfig CONFIG = new GeneratorConfig(6000, 3, 20080901, 200811, 2);

    @TempDir
    Path tmp;

    @Test
    void generateWriteReadGivesIdenticalBatches() throws IOException {
        Path dir = tmp.resolve("ds");
        DatasetDirectory d = CsvDatasetWriter.generate(CONFIG, dir, Progress.NONE);
        MemorySink direct = Fixtures.generate(CONFIG);
        MemorySink read = new MemorySink();
        d.readAll(read);
        for (TableDef t : SubcubeSchema.generatedTables()) {
            assertEquals(direct.checksum(t.name()), read.checksum(t.name()), t.name());
            long n = direct.parts(t.name()).stream().mapToLong(MemorySink.Part::size).sum();
            assertEquals(n, d.rows(t), t.name());
        }
        assertEquals(direct.checksum(), read.checksum());
        // manifest
        assertEquals(6000, d.subscribers());
        assertEquals(3, d.months());
        assertEquals(20080901L, d.seed());
        assertEquals(200811, d.startMonth());
        assertEquals(CONFIG.withThreads(d.config().threads()), d.config());
        assertEquals(List.of("vas_usage/200811.csv", "vas_usage/200812.csv", "vas_usage/200901.csv"),
                d.files(SubcubeSchema.VAS_USAGE).stream().map(DatasetDirectory.PartitionFile::relativePath).toList());
        assertEquals(200901, d.files(SubcubeSchema.VAS_USAGE).get(2).monthId());
        assertEquals(List.of("region.csv"),
                d.files(SubcubeSchema.REGION).stream().map(DatasetDirectory.PartitionFile::relativePath).toList());
        String manifest = Files.readString(dir.resolve("manifest.properties"));
        assertTrue(manifest.contains("format=csv\n"));
        assertTrue(manifest.contains("table.subscriber_month.files=subscriber_month/200811.csv,"
                + "subscriber_month/200812.csv,subscriber_month/200901.csv\n"));
        assertTrue(manifest.contains("table.channel_fit.rows=400\n"));
        // writing again into a previous output replaces it
        CsvDatasetWriter.generate(CONFIG.withMonths(1), dir, Progress.NONE);
        DatasetDirectory again = DatasetDirectory.open(dir);
        assertEquals(1, again.months());
        assertEquals(1, again.files(SubcubeSchema.SUBSCRIBER_MONTH).size());
        assertEquals(false, Files.exists(dir.resolve("subscriber_month/200812.csv")));
    }

    @Test
    void filesAreByteIdenticalForAnyThreadCount() throws IOException {
        GeneratorConfig small = CONFIG.withSubscribers(9000).withMonths(2);
        DatasetDirectory one = CsvDatasetWriter.generate(small.withThreads(1), tmp.resolve("t1"), Progress.NONE);
        DatasetDirectory three = CsvDatasetWriter.generate(small.withThreads(3), tmp.resolve("t3"), Progress.NONE);
        for (TableDef t : one.tables()) {
            for (int i = 0; i < one.files(t).size(); i++) {
                DatasetDirectory.PartitionFile f = one.files(t).get(i);
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(f.path()),
                        Files.readAllBytes(three.files(t).get(i).path())), f.relativePath());
            }
        }
        assertEquals(Files.readString(tmp.resolve("t1/manifest.properties")),
                Files.readString(tmp.resolve("t3/manifest.properties")));
    }

    @Test
    void valueFormatting() throws IOException {
        Path dir = tmp.resolve("fmt");
        CsvDatasetWriter w = new CsvDatasetWriter(dir);
        TableDef t = SubcubeSchema.REGION;
        ColumnBatch b = new ColumnBatch(t, 4);
        String[] names = {"plain", "with, comma", "say \"hi\"\nnext line", ""};
        for (int r = 0; r < 4; r++) {
            b.longs(t.indexOf("region_id"))[r] = 100 + r;
            b.strings(t.indexOf("region_code"))[r] = r == 3 ? "é中" : "C" + r;
            b.strings(t.indexOf("region_name"))[r] = names[r];
            b.strings(t.indexOf("region_level"))[r] = "GRID";
            b.longs(t.indexOf("province_id"))[r] = 1;
            for (String c : List.of("parent_id", "city_id", "county_id", "market_type", "population", "agri_population",
                    "migrant_out_population", "households", "pillar_industry", "own_channels", "competitor_channels")) {
                b.setNull(t.indexOf(c), r);
            }
            b.longs(t.indexOf("per_capita_income"))[r] = r == 0 ? -5 : 123456;
            b.longs(t.indexOf("phone_penetration"))[r] = r == 0 ? 7 : 10000;
        }
        b.setSize(4);
        DatasetSink.PartitionSink p = w.openPartition(t, 0);
        p.append(b);
        p.finish();
        List<String> lines = Files.readAllLines(dir.resolve("region.csv"), StandardCharsets.UTF_8);
        assertEquals("region_id,region_code,region_name,region_level,parent_id,province_id,city_id,county_id,"
                + "market_type,population,agri_population,migrant_out_population,households,per_capita_income,"
                + "pillar_industry,own_channels,competitor_channels,phone_penetration", lines.get(0));
        assertEquals("100,C0,plain,GRID,,1,,,,,,,,-0.05,,,,0.0007", lines.get(1));
        assertEquals("101,C1,\"with, comma\",GRID,,1,,,,,,,,1234.56,,,,1.0000", lines.get(2));
        assertEquals("102,C2,\"say \"\"hi\"\"", lines.get(3));
        assertEquals("next line\",GRID,,1,,,,,,,,1234.56,,,,1.0000", lines.get(4));
        assertEquals("103,é中,\"\",GRID,,1,,,,,,,,1234.56,,,,1.0000", lines.get(5));
        // and back
        MemorySink back = new MemorySink();
        DatasetSink.PartitionSink into = back.openPartition(t, 0);
        assertEquals(4, new CsvPartitionReader(t, dir.resolve("region.csv"), 0).read(into, 3));
        into.finish();
        MemorySink.Part part = back.part("region", 0);
        for (int r = 0; r < 4; r++) {
            assertEquals(names[r], part.strings("region_name")[r]);
            assertTrue(part.isNull("parent_id", r));
        }
        assertEquals("é中", part.strings("region_code")[3]);
        List<ColumnBatch> batches = new CsvPartitionReader(t, dir.resolve("region.csv"), 0).readBatches(3);
        assertEquals(2, batches.size());
        assertEquals(3, batches.get(0).size());
        assertEquals("with, comma", batches.get(0).strings(t.indexOf("region_name"))[1]);
        assertEquals("", batches.get(1).strings(t.indexOf("region_name"))[0]);
        assertEquals(-5, part.longs("per_capita_income")[0]);
        assertEquals(7, part.longs("phone_penetration")[0]);
    }

    @Test
    void datesBooleansAndDoubles() throws IOException {
        Path dir = tmp.resolve("types");
        CsvDatasetWriter w = new CsvDatasetWriter(dir);
        TableDef t = SubcubeSchema.SUBSCRIBER;
        ColumnBatch b = new ColumnBatch(t, 2);
        long[] days = {java.time.LocalDate.of(2008, 2, 29).toEpochDay(), java.time.LocalDate.of(1969, 12, 31).toEpochDay()};
        for (int r = 0; r < 2; r++) {
            b.longs(t.indexOf("subscriber_id"))[r] = r + 1;
            b.strings(t.indexOf("msisdn"))[r] = "135****6606";
            b.longs(t.indexOf("join_date"))[r] = days[r];
            b.strings(t.indexOf("gender"))[r] = "F";
            b.longs(t.indexOf("birth_year"))[r] = 1980;
            b.strings(t.indexOf("brand"))[r] = "SZX";
            b.strings(t.indexOf("cust_group"))[r] = "GENERAL";
            b.longs(t.indexOf("group_member"))[r] = r;
            b.strings(t.indexOf("join_channel"))[r] = "WEB";
            b.longs(t.indexOf("join_near_campus"))[r] = 1 - r;
        }
        b.setSize(2);
        DatasetSink.PartitionSink p = w.openPartition(t, 0);
        p.append(b);
        p.finish();
        List<String> lines = Files.readAllLines(dir.resolve("subscriber.csv"));
        assertEquals("1,135****6606,2008-02-29,F,1980,SZX,GENERAL,false,WEB,true", lines.get(1));
        assertEquals("2,135****6606,1969-12-31,F,1980,SZX,GENERAL,true,WEB,false", lines.get(2));
        MemorySink back = new MemorySink();
        DatasetSink.PartitionSink into = back.openPartition(t, 0);
        new CsvPartitionReader(t, dir.resolve("subscriber.csv"), 0).read(into);
        assertEquals(days[0], back.part("subscriber", 0).longs("join_date")[0]);
        assertEquals(days[1], back.part("subscriber", 0).longs("join_date")[1]);
        assertEquals(1, back.part("subscriber", 0).longs("group_member")[1]);
    }

    @Test
    void derivedColumnsInAHeaderAreIgnoredAndCrlfIsAccepted() throws IOException {
        Path f = tmp.resolve("channel_fit.csv");
        Files.writeString(f, "channel_code,cust_group,product_class,cp_score,cc_score,pc_score,fit_score\r\n"
                + "WEB,STUDENT,DATA,4,4.0,3.50,99.99\r\n");
        MemorySink back = new MemorySink();
        DatasetSink.PartitionSink into = back.openPartition(SubcubeSchema.CHANNEL_FIT, 0);
        assertEquals(1, new CsvPartitionReader(SubcubeSchema.CHANNEL_FIT, f, 0).read(into));
        MemorySink.Part p = back.part("channel_fit", 0);
        assertEquals("STUDENT", p.strings("cust_group")[0]);
        assertEquals(400, p.longs("cp_score")[0]);
        assertEquals(350, p.longs("pc_score")[0]);
    }
}
