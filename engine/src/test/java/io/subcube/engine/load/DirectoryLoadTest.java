package io.subcube.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.csv.CsvDatasetWriter;
import io.subcube.datasets.generator.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory written by the generator loads to the same data as generating in memory; bad files fail whole. */
class DirectoryLoadTest {

    private static final GeneratorConfig CONFIG = new GeneratorConfig(400, 3, 77, 200807, 2);
    private static final String FINGERPRINT = "SELECT COUNT(*), COUNT(DISTINCT subscriber_id), SUM(arpu), SUM(tenure_months),"
            + " SUM(onnet_share), MIN(status), MAX(plan_code), SUM(CASE WHEN data_capable THEN 1 ELSE 0 END)"
            + " FROM subscriber_month";

    @TempDir
    static Path temp;
    private static Path good;

    @BeforeAll
    static void write() throws IOException {
        good = temp.resolve("good");
        CsvDatasetWriter.generate(CONFIG, good, Progress.NONE);
    }

    private static List<Object> row(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<Object> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getObject(i));
            }
            return out;
        }
    }

    private static Path copyOfGood(String name) throws IOException {
        Path copy = temp.resolve(name);
        try (Stream<Path> files = Files.walk(good)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path target = copy.resolve(good.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    /** Replaces the first occurrence of {@code from} on data line {@code line} (1 = first after the header). */
    private static void edit(Path file, int line, String from, String to) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        assertTrue(lines.get(line).contains(from), lines.get(line));
        lines.set(line, lines.get(line).replaceFirst(java.util.regex.Pattern.quote(from), to));
        Files.write(file, lines);
    }

    @Test
    void loadedDirectoryEqualsTheSameDatasetGeneratedInMemory() throws SQLException {
        List<Object> fromFiles = row("jdbc:subcube:" + good, FINGERPRINT);
        List<Object> inMemory = row("jdbc:subcube:;subscribers=400;months=3;seed=77;start_month=200807", FINGERPRINT);
        assertEquals(inMemory, fromFiles);
        assertEquals(List.of(3), row("jdbc:subcube:" + good,
                "SELECT partitions FROM sys.tables WHERE table_name = 'subscriber_month'"));
    }

    @Test
    void aCopiedColumnThatDisagreesWithItsDimensionIsRefused() throws Exception {
        Path bad = copyOfGood("bad-brand");
        Path facts = bad.resolve("subscriber_month/200808.csv");
        String first = Files.readAllLines(facts).get(1);
        String brand = first.contains(",SZX,") ? ",SZX," : first.contains(",MZONE,") ? ",MZONE," : ",GOTONE,";
        edit(facts, 1, brand, brand.equals(",SZX,") ? ",GOTONE," : ",SZX,");
        SQLException e = assertThrows(SQLException.class, () -> row("jdbc:subcube:" + bad, "SELECT 1"));
        assertTrue(e.getMessage().contains("month 200808") && e.getMessage().contains("brand")
                && e.getMessage().contains("does not match its dimension"), e.getMessage());
    }

    @Test
    void aMalformedValueNamesFileLineAndColumnAndNothingIsKept() throws Exception {
        Path bad = copyOfGood("bad-decimal");
        Path plan = bad.resolve("plan.csv");
        edit(plan, 2, ".00,", ".0x,");
        SQLException e = assertThrows(SQLException.class, () -> row("jdbc:subcube:" + bad, "SELECT 1"));
        assertTrue(e.getMessage().contains("plan.csv:3") && e.getMessage().contains("monthly_fee"), e.getMessage());
        // Fixing the file lets the next connection load it: no half-loaded store was kept.
        edit(plan, 2, ".0x,", ".00,");
        Files.setLastModifiedTime(bad.resolve("manifest.properties"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(List.of(13L), row("jdbc:subcube:" + bad, "SELECT COUNT(*) FROM plan"));
    }

    @Test
    void missingDirectoryOrManifestIsNamed() throws IOException {
        SQLException missing = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:subcube:" + temp.resolve("nope")));
        assertTrue(missing.getMessage().contains("data directory not found"), missing.getMessage());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        SQLException noManifest = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:subcube:" + empty));
        assertTrue(noManifest.getMessage().contains("manifest.properties"), noManifest.getMessage());
    }
}
