package io.subcube.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands over the real Subcube driver: generate a directory, query it, and get a clear message and
 * a non-zero exit for each kind of bad input — never a stack trace.
 */
class EndToEndTest {

    @TempDir
    static Path tmp;
    private static Path data;

    private static CliHarness cli() {
        return new CliHarness().connections(ConnectionFactory.subcube());
    }

    @BeforeAll
    static void generate() {
        data = tmp.resolve("data set");
        CliHarness.Result r = cli().run("generate", "--subscribers", "300", "--months", "2", "--out", data.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
    }

    private static void assertFailsWith(CliHarness.Result r, int exit, String... mentions) {
        assertEquals(exit, r.exitCode(), r.toString());
        for (String m : mentions) {
            assertTrue(r.err().contains(m), r.toString());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void queriesTheGeneratedDirectory() {
        CliHarness.Result r = cli().run("sql", "--data", data.toString(), "--format", "csv",
                "-e", "SELECT COUNT(DISTINCT month_id) AS months, MIN(month_id) AS first FROM subscriber_month");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertEquals("months,first\r\n2,200803\r\n", r.out());
    }

    @Test
    void syntaxErrorNamesWhere() {
        assertFailsWith(cli().run("sql", "--data", data.toString(), "-e", "SELECT * FORM region"),
                ExitCodes.FAILURE, "error: ", "Syntax error", "line 1, column");
    }

    @Test
    void unknownTableAndColumnAreNamed() {
        assertFailsWith(cli().run("sql", "--data", data.toString(), "-e", "SELECT * FROM regions"),
                ExitCodes.FAILURE, "Object 'regions' not found");
        assertFailsWith(cli().run("sql", "--data", data.toString(), "-e", "SELECT regoin_id FROM region"),
                ExitCodes.FAILURE, "Column 'regoin_id' not found");
    }

    @Test
    void missingDataDirectoryIsAUsageError() {
        assertFailsWith(cli().run("sql", "--data", tmp.resolve("nowhere").toString(), "-e", "SELECT 1"),
                ExitCodes.USAGE, "--data", "not found");
    }

    @Test
    void badGenerateArgumentsNameTheOption() {
        assertFailsWith(cli().run("generate", "--subscribers", "many", "--out", tmp.resolve("x").toString()),
                ExitCodes.USAGE, "--subscribers");
        assertFailsWith(cli().run("generate", "--subscribers", "10"), ExitCodes.USAGE, "--out");
    }

    @Test
    void aMalformedFileNamesFileLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad");
        assertEquals(ExitCodes.OK, cli().run("generate", "--subscribers", "50", "--months", "1", "--out",
                bad.toString()).exitCode());
        Path plan = bad.resolve("plan.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(plan));
        lines.set(1, lines.get(1).replaceFirst(",GOTONE,", ",GOTONE,,"));
        Files.write(plan, lines);
        assertFailsWith(cli().run("sql", "--data", bad.toString(), "-e", "SELECT 1"), ExitCodes.FAILURE,
                "plan.csv:2");
    }

    @Test
    void shellDotCommandsDescribeTheStore() {
        CliHarness.Result r = cli().stdin(".tables\n.schema plan\nSELECT COUNT(*) AS plans FROM plan;\n")
                .run("shell", "--data", data.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("subscriber_month"), r.out());
        assertTrue(r.out().contains("monthly_fee") && r.out().contains("DECIMAL(12,2)"), r.out());
        assertTrue(r.out().contains("13"), r.out());
    }
}
