package io.subcube.datasets.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.datasets.testing.MemorySink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files and directories are refused with messages naming the file, line, column and value. */
class CsvErrorTest {

    private static final String PLAN_HEADER = "plan_code,brand,plan_name,monthly_fee,ld_price_per_min,low_price_pkg\n";
    private static final String SERVICE_MONTH_HEADER = "month_id,region_id,service_code,revenue_ytd,revenue_plan_ytd,"
            + "service_revenue,pkg_overcharge_rev,using_users,paying_base,paying_users,usage_volume,complaints,"
            + "avg_paying_users_ytd,growth_contrib,cagr3,satisfaction\n";

    @TempDir
    Path tmp;

    private String readError(TableDef table, int monthId, String name, String content) throws IOException {
        Path f = tmp.resolve(name.replace('/', '_'));
        Files.writeString(f, content);
        MemorySink sink = new MemorySink();
        DatasetSink.PartitionSink p = sink.openPartition(table, monthId);
        return assertThrows(DatasetFormatException.class,
                () -> new CsvPartitionReader(table, f, monthId, name).read(p)).getMessage();
    }

    private String planError(String rows) throws IOException {
        return readError(SubcubeSchema.PLAN, 0, "plan.csv", PLAN_HEADER + rows);
    }

    @Test
    void badValues() throws IOException {
        assertEquals("plan.csv:3: column monthly_fee: not a DECIMAL(12,2): 'abc'",
                planError("GT58,GOTONE,GoTone 58,58.00,0.3000,false\nGT88,GOTONE,GoTone 88,abc,0.2500,false\n"));
        assertEquals("plan.csv:2: column monthly_fee: not a DECIMAL(12,2): '58.001' (more than 2 decimals)",
                planError("GT58,GOTONE,GoTone 58,58.001,0.3000,false\n"));
        assertEquals("plan.csv:2: column ld_price_per_min: not a DECIMAL(6,4): '123.0' (too big)",
                planError("GT58,GOTONE,GoTone 58,58,123.0,false\n"));
        assertEquals("plan.csv:2: column monthly_fee: not a DECIMAL(12,2): '1e3'",
                planError("GT58,GOTONE,GoTone 58,1e3,0.3,false\n"));
        assertEquals("plan.csv:2: column low_price_pkg: not a BOOLEAN: 'yes'",
                planError("GT58,GOTONE,GoTone 58,58,0.3,yes\n"));
        assertEquals("plan.csv:2: column monthly_fee: NULL (empty field) in a NOT NULL column",
                planError("GT58,GOTONE,GoTone 58,,0.3,false\n"));
        assertEquals("plan.csv:2: column brand: NULL (empty field) in a NOT NULL column",
                planError("GT58,,GoTone 58,58,0.3,false\n"));
        assertEquals("subscriber.csv:2: column join_date: not a DATE: '2008-02-30' (expected yyyy-MM-dd)",
                readError(SubcubeSchema.SUBSCRIBER, 0, "subscriber.csv",
                        "subscriber_id,msisdn,join_date,gender,birth_year,brand,cust_group,group_member,join_channel,"
                        + "join_near_campus\n1,135****6606,2008-02-30,M,1980,SZX,GENERAL,false,WEB,false\n"));
        assertEquals("subscriber.csv:2: column birth_year: not an INTEGER: '1980.5'",
                readError(SubcubeSchema.SUBSCRIBER, 0, "subscriber.csv",
                        "subscriber_id,msisdn,join_date,gender,birth_year,brand,cust_group,group_member,join_channel,"
                        + "join_near_campus\n1,135****6606,2008-02-28,M,1980.5,SZX,GENERAL,false,WEB,false\n"));
        assertEquals("subscriber.csv:2: column subscriber_id: not a BIGINT: '99999999999999999999' (out of range)",
                readError(SubcubeSchema.SUBSCRIBER, 0, "subscriber.csv",
                        "subscriber_id,msisdn,join_date,gender,birth_year,brand,cust_group,group_member,join_channel,"
                        + "join_near_campus\n99999999999999999999,1,2008-02-28,M,1980,SZX,GENERAL,false,WEB,false\n"));
    }

    @Test
    void fieldCountsAndQuotes() throws IOException {
        assertEquals("plan.csv:2: expected 6 fields, found 5", planError("GT58,GOTONE,GoTone 58,58.00,0.3000\n"));
        assertEquals("plan.csv:3: expected 6 fields, found 7",
                planError("GT58,GOTONE,\"GoTone, 58\",58.00,0.3000,false\nGT88,GOTONE,GoTone 88,1,0.2,false,x\n"));
        assertEquals("plan.csv:2: unterminated quoted field", planError("GT58,GOTONE,\"GoTone 58,58.00,0.3000,false\n"));
        assertEquals("plan.csv:2: quote inside an unquoted field", planError("GT58,GOTONE,GoTone \"58\",58,0.3,false\n"));
        // a quoted field spanning lines moves the line count on
        assertEquals("plan.csv:4: column monthly_fee: not a DECIMAL(12,2): 'x'",
                planError("GT58,GOTONE,\"Go\nTone\",58.00,0.3000,false\nGT88,GOTONE,GoTone 88,x,0.2,false\n"));
    }

    @Test
    void headerProblems() throws IOException {
        assertEquals("plan.csv: header: missing column 'low_price_pkg'",
                readError(SubcubeSchema.PLAN, 0, "plan.csv", "plan_code,brand,plan_name,monthly_fee,ld_price_per_min\n"));
        assertEquals("plan.csv: header: unexpected column 'colour' (table plan has no such stored column)",
                readError(SubcubeSchema.PLAN, 0, "plan.csv", PLAN_HEADER.trim() + ",colour\n"));
        assertEquals("plan.csv: header: duplicate column 'brand'",
                readError(SubcubeSchema.PLAN, 0, "plan.csv", PLAN_HEADER.trim() + ",brand\n"));
        assertEquals("plan.csv: empty file, expected a header row", readError(SubcubeSchema.PLAN, 0, "plan.csv", ""));
    }

    @Test
    void monthMustMatchThePartition() throws IOException {
        String row = ",1,MMS,1.00,2.00,3.00,0.10,10,100,9,50,1,9.5,1.03,0.12,73.25\n";
        assertEquals("service_month/200809.csv:3: column month_id: 200810 differs from the partition's month 200809",
                readError(SubcubeSchema.SERVICE_MONTH, 200809, "service_month/200809.csv",
                        SERVICE_MONTH_HEADER + "200809" + row + "200810" + row));
        assertEquals("service_month/200809.csv:2: column growth_contrib: not a DOUBLE: '1,03'",
                readError(SubcubeSchema.SERVICE_MONTH, 200809, "service_month/200809.csv", SERVICE_MONTH_HEADER
                        + "200809,1,MMS,1.00,2.00,3.00,0.10,10,100,9,50,1,9.5,\"1,03\",0.12,73.25\n"));
    }

    @Test
    void directoryProblems() throws IOException {
        Path missing = tmp.resolve("nope");
        assertEquals("dataset directory " + missing + " does not exist",
                assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(missing)).getMessage());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(empty + " is not a Subcube dataset: it has no manifest.properties",
                assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(empty)).getMessage());

        Path ds = tmp.resolve("ds");
        CsvDatasetWriter.generate(new GeneratorConfig(300, 2, 5, 200803, 1), ds, Progress.NONE);
        Path manifest = ds.resolve("manifest.properties");
        String good = Files.readString(manifest);

        Files.writeString(manifest, good.replace("complete=true", "complete=false"));
        assertEquals(manifest + ": incomplete dataset (generation or writing did not finish)",
                assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(ds)).getMessage());

        Files.writeString(manifest, good + "table.gadgets.rows=3\n");
        assertEquals(manifest + ": unknown table 'gadgets'",
                assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(ds)).getMessage());

        Files.writeString(manifest, good.replace("table.plan.rows=13\n", "").replace("table.plan.files=plan.csv\n", "")
                .replace(",plan,", ","));
        assertEquals(manifest + ": no entry for table 'plan'",
                assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(ds)).getMessage());

        Files.writeString(manifest, good.replace("months=2", "months=x"));
        assertEquals(manifest + ": key 'months' is not a number: 'x'",
                assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(ds)).getMessage());

        Files.writeString(manifest, good);
        Files.delete(ds.resolve("vas_usage/200804.csv"));
        assertEquals(manifest + ": table vas_usage: missing file " + ds.resolve("vas_usage/200804.csv"),
                assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(ds)).getMessage());

        // a damaged file is reported with its path relative to the dataset
        Files.writeString(manifest, good.replace(",vas_usage/200804.csv", "")
                .replaceAll("table.vas_usage.rows=\\d+", "table.vas_usage.rows=1"));
        Files.writeString(ds.resolve("plan.csv"), PLAN_HEADER + "GT58,GOTONE,GoTone 58,abc,0.3,false\n");
        DatasetDirectory d = DatasetDirectory.open(ds);
        assertEquals("plan.csv:2: column monthly_fee: not a DECIMAL(12,2): 'abc'",
                assertThrows(DatasetFormatException.class, () -> d.read(SubcubeSchema.PLAN, new MemorySink()))
                        .getMessage());
        String rowCount = assertThrows(DatasetFormatException.class,
                () -> d.read(SubcubeSchema.VAS_USAGE, new MemorySink())).getMessage();
        assertTrue(rowCount.startsWith(manifest + ": table vas_usage has "), rowCount);
        assertTrue(rowCount.endsWith(" rows in its files, the manifest says 1"), rowCount);
    }

    @Test
    void writerRefusesForeignDirectories() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        String m = assertThrows(DatasetFormatException.class, () -> new CsvDatasetWriter(dir)).getMessage();
        assertEquals("refusing to write a dataset into non-empty directory " + dir.toAbsolutePath()
                + ": it has no Subcube manifest; choose an empty or new directory", m);
        assertTrue(Files.exists(dir.resolve("notes.txt")));

        Path ds = tmp.resolve("ds");
        CsvDatasetWriter.generate(new GeneratorConfig(100, 1, 5, 200803, 1), ds, Progress.NONE);
        Files.writeString(ds.resolve("notes.txt"), "mine");
        m = assertThrows(DatasetFormatException.class, () -> new CsvDatasetWriter(ds)).getMessage();
        assertEquals("refusing to write a dataset into non-empty directory " + ds.toAbsolutePath()
                + ": it holds notes.txt that are not Subcube dataset files; choose an empty or new directory", m);
        Files.delete(ds.resolve("notes.txt"));
        new CsvDatasetWriter(ds); // a previous output is replaced
        assertEquals(1, Files.list(ds).count());
        assertThrows(DatasetFormatException.class, () -> DatasetDirectory.open(ds)); // incomplete until the manifest
    }
}
