package io.subcube.cli.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.cli.CliHarness;
import io.subcube.cli.DuckDb;
import io.subcube.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCommandTest {

    private final CliHarness cli = new CliHarness().connections(DuckDb.miniSubcube());

    @TempDir
    Path tmp;

    @Test
    void tableOutputWithRowCountAndTime() {
        CliHarness.Result result = cli.run("sql", "-e",
                "select region_id, region_name from region where region_id in (1, 105) order by 1");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertTrue(result.out().matches("(?s) region_id \\| region_name\n"
                + "-----------\\+-------------\n"
                + "         1 \\| Jiangsu\n"
                + "       105 \\| 苏州\n"
                + "2 rows \\(\\d+ ms\\)\n"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void csvAndJsonFormats() {
        String sql = "select region_id, market_type from region where region_id in (10503, 1050301) order by 1";
        CliHarness.Result csv = cli.run("sql", "--format", "csv", "-e", sql);
        assertEquals("region_id,market_type\r\n10503,\r\n1050301,URBAN\r\n", csv.out());
        CliHarness.Result json = cli.run("sql", "--format=json", "-e", sql);
        assertEquals("[\n{\"region_id\":10503,\"market_type\":null},\n{\"region_id\":1050301,\"market_type\":\"URBAN\"}\n]\n",
                json.out());
    }

    @Test
    void severalStatementsRunInOrder() {
        CliHarness.Result result = cli.run("sql", "--format", "csv", "-e",
                "create table t (x integer); insert into t values (1), (2); select sum(x) as s from t;");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("s\r\n3\r\n", result.out());
    }

    @Test
    void firstFailingStatementStopsWithItsMessageAndExitCode1() {
        CliHarness.Result result = cli.run("sql", "--format", "csv", "-e",
                "select 1 as a; select nosuchcolumn from region; select 2 as b");
        assertEquals(ExitCodes.FAILURE, result.exitCode());
        assertEquals("a\r\n1\r\n", result.out());
        assertTrue(result.err().startsWith("error: "), result.err());
        assertTrue(result.err().contains("nosuchcolumn"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    }

    @Test
    void debugEnvironmentShowsTheStackTrace() {
        CliHarness.Result result = new CliHarness().connections(DuckDb.empty()).env("SUBCUBE_DEBUG", "1")
                .run("sql", "-e", "select * from nowhere");
        assertEquals(ExitCodes.FAILURE, result.exitCode());
        assertTrue(result.err().startsWith("error: "), result.err());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void connectionFailureIsReportedNotThrown() {
        CliHarness.Result result = new CliHarness()
                .connections(dir -> {
                    throw new SQLException("cannot open dataset: manifest.json missing");
                })
                .run("sql", "-e", "select 1");
        assertEquals(ExitCodes.FAILURE, result.exitCode());
        assertEquals("error: cannot open dataset: manifest.json missing\n", result.err());
    }

    @Test
    void scriptFromFileAndFromStdin() throws Exception {
        Path script = tmp.resolve("my script.sql");
        Files.writeString(script, "-- count the cities\nselect count(*) as n\nfrom region\nwhere region_level = 'CITY';\n",
                StandardCharsets.UTF_8);
        assertEquals("n\r\n2\r\n", cli.run("sql", "--format", "csv", "-f", script.toString()).out());
        CliHarness.Result stdin = new CliHarness().connections(DuckDb.miniSubcube()).stdin("select 7 as n;")
                .run("sql", "--format", "csv", "-f", "-");
        assertEquals("n\r\n7\r\n", stdin.out());
    }

    @Test
    void dataDirectoryIsPassedToTheConnection() throws Exception {
        List<Optional<Path>> opened = new ArrayList<>();
        Path dir = Files.createDirectory(tmp.resolve("data set"));
        CliHarness.Result result = new CliHarness()
                .connections(d -> {
                    opened.add(d);
                    return DuckDb.empty().open(d);
                })
                .run("sql", "--data", dir.toString(), "-e", "select 1");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals(List.of(Optional.of(dir)), opened);
    }

    @Test
    void missingOrInvalidDataDirectory() throws Exception {
        CliHarness.Result missing = cli.run("sql", "--data", tmp.resolve("nope").toString(), "-e", "select 1");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().startsWith("error: option --data: directory not found: "), missing.err());
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        CliHarness.Result notDir = cli.run("sql", "--data", file.toString(), "-e", "select 1");
        assertEquals(ExitCodes.USAGE, notDir.exitCode());
        assertTrue(notDir.err().startsWith("error: option --data: not a directory: "), notDir.err());
    }

    @Test
    void usageErrors() {
        assertUsageError(cli.run("sql"), "error: give the SQL to run with -e SQL or -f FILE");
        assertUsageError(cli.run("sql", "-e", "select 1", "-f", "x.sql"), "error: give either -e SQL or -f FILE, not both");
        assertUsageError(cli.run("sql", "--format", "xml", "-e", "select 1"),
                "error: option --format must be table, csv or json, not 'xml'");
        assertUsageError(cli.run("sql", "-e", "select 1", "--limit", "3"), "error: unknown option for sql: --limit");
        assertUsageError(cli.run("sql", "-e"), "error: option -e needs a value");
        assertUsageError(cli.run("sql", "-e", "select 1", "-e", "select 2"), "error: option -e given more than once");
        assertUsageError(cli.run("sql", "select 1"), "error: unexpected argument for sql: select 1");
        assertUsageError(cli.run("sql", "-e", " ; -- nothing"), "error: no SQL statement to run");
        assertUsageError(cli.run("sql", "-f", tmp.resolve("missing.sql").toString()), "error: option -f: file not found: ");
    }

    private static void assertUsageError(CliHarness.Result result, String messageStart) {
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith(messageStart), result.err());
        assertTrue(result.err().contains("\nusage: subcube sql "), result.err());
        assertEquals("", result.out());
    }
}
