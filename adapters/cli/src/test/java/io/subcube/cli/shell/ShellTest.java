package io.subcube.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.cli.CliHarness;
import io.subcube.cli.DuckDb;
import io.subcube.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/** The shell driven from a non-terminal stdin, as in {@code echo "select 1;" | subcube shell}. */
class ShellTest {

    private static CliHarness.Result shell(String input) {
        return new CliHarness().connections(DuckDb.miniSubcube()).stdin(input).run("shell");
    }

    @Test
    void pipedStatementPrintsTableWithoutPromptsOrBanner() {
        CliHarness.Result result = shell("select 1 as one;\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertTrue(result.out().matches("(?s) one\n-----\n   1\n1 row \\(\\d+ ms\\)\n"), result.out());
        assertFalse(result.out().contains("subcube>"));
        assertEquals("", result.err());
    }

    @Test
    void statementsSpanLinesAndSemicolonsInQuotesDoNotEndThem() {
        CliHarness.Result result = shell(".timer off\n"
                + "select 'a;b' as s,\n"
                + "       'it''s' as t -- a comment; not the end\n"
                + "; select\n"
                + "2 as n; select 3 as m;\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("""
                 s   | t
                -----+------
                 a;b | it's
                1 row

                 n
                ---
                 2
                1 row

                 m
                ---
                 3
                1 row
                """, result.out());
    }

    @Test
    void dotCommandsChangeModeAndTimer() {
        CliHarness.Result result = shell(".mode csv\nselect 1 as x;\n.mode\n.mode json\nselect 2 as y;\n"
                + ".mode table\n.timer off\n.timer\nselect 3 as z;\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("x\r\n1\r\nmode: csv\n[\n{\"y\":2}\n]\ntimer: off\n\n z\n---\n 3\n1 row\n", result.out());
    }

    @Test
    void tablesAndSchemaComeFromTheSysSchema() {
        CliHarness.Result result = shell(".timer off\n.tables\n.schema region;\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("""
                 table            | rows | partitions |    size
                ------------------+------+------------+---------
                 region           |    9 |          1 | 2.0 KiB
                 subscriber_month |    7 |          2 | 5.0 MiB
                2 rows

                 column       | type    | nullable | encoding   |    size
                --------------+---------+----------+------------+---------
                 region_id    | INTEGER | false    | PLAIN      |    36 B
                 region_name  | VARCHAR | false    | DICTIONARY | 1.5 KiB
                 region_level | VARCHAR | false    | DICTIONARY |   200 B
                 market_type  | VARCHAR | true     | DICTIONARY |   300 B
                4 rows
                """, result.out());
    }

    @Test
    void schemaToleratesOrdinalPositionAndMissingOptionalColumns() {
        CliHarness.Result result = new CliHarness()
                .connections(DuckDb.with("create schema sys",
                        "create table sys.columns (table_name varchar, column_name varchar, ordinal_position integer,"
                                + " data_type varchar, nullable boolean)",
                        "insert into sys.columns values ('t', 'b', 2, 'VARCHAR', true), ('t', 'a', 1, 'BIGINT', false)"))
                .stdin(".timer off\n.schema t\n")
                .run("shell");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("""
                 column | type    | nullable | encoding | size
                --------+---------+----------+----------+------
                 a      | BIGINT  | false    | NULL     | NULL
                 b      | VARCHAR | true     | NULL     | NULL
                2 rows
                """, result.out());
    }

    @Test
    void withoutSysSchemaTablesAndSchemaUseJdbcMetadata() {
        CliHarness.Result result = new CliHarness()
                .connections(DuckDb.with("create table t (id integer not null, name varchar)"))
                .stdin(".timer off\n.tables\n.schema t\n")
                .run("shell");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertTrue(result.out().contains(" t     | BASE TABLE\n") || result.out().contains(" t     | TABLE\n"),
                result.out());
        assertTrue(result.out().contains(" id     | INTEGER | false\n name   | VARCHAR | true\n"), result.out());
    }

    @Test
    void errorsAreReportedAndTheShellGoesOnButTheExitCodeTells() {
        CliHarness.Result result = shell(".timer off\nselect nosuch from region;\n.frob\n.schema nosuchtable\n"
                + ".mode xml\n.timer maybe\nselect 5 as ok;\n");
        assertEquals(ExitCodes.FAILURE, result.exitCode());
        assertEquals(" ok\n----\n  5\n1 row\n", result.out());
        String[] errors = result.err().split("\n");
        assertTrue(errors[0].startsWith("error: ") && errors[0].contains("nosuch"), result.err());
        assertTrue(result.err().contains("error: unknown command: .frob (type .help for the list)\n"), result.err());
        assertTrue(result.err().contains("error: no such table: nosuchtable\n"), result.err());
        assertTrue(result.err().contains("error: unknown mode: xml (use table, csv or json)\n"), result.err());
        assertTrue(result.err().contains("error: usage: .timer on|off\n"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @Test
    void quitStopsReadingAndALastStatementWithoutSemicolonRuns() {
        CliHarness.Result quit = shell(".timer off\nselect 1 as a;\n.quit\nselect 2 as b;\n");
        assertEquals(ExitCodes.OK, quit.exitCode());
        assertFalse(quit.out().contains(" b\n"), quit.out());
        CliHarness.Result unterminated = shell(".timer off\nselect 9 as last\n");
        assertEquals(" last\n------\n    9\n1 row\n", unterminated.out());
    }

    @Test
    void dotCommandOnlyAtTheStartOfAStatement() {
        // Inside a statement a line starting with '.' is SQL (here: a decimal literal).
        CliHarness.Result result = shell(".timer off\nselect\n.5 as half;\n");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals(" half\n------\n  0.5\n1 row\n", result.out());
    }

    @Test
    void helpListsDotCommands() {
        CliHarness.Result result = shell(".help\n");
        assertEquals(ExitCodes.OK, result.exitCode());
        for (String command : new String[] {".tables", ".schema", ".mode", ".timer", ".help", ".quit"}) {
            assertTrue(result.out().contains(command), command);
        }
    }

    @Test
    void badShellOptions() {
        CliHarness.Result result = new CliHarness().run("shell", "--format", "csv");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("error: unknown option for shell: --format\nusage: subcube shell"),
                result.err());
        CliHarness.Result missing = new CliHarness().run("shell", "--data", "/no/such/dir");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().startsWith("error: option --data: directory not found: /no/such/dir\n"), missing.err());
    }
}
