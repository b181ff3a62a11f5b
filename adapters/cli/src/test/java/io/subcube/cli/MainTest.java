package io.subcube.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void noArgumentsPrintsUsageAsAnError() {
        CliHarness.Result result = cli.run();
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("usage: subcube <command>"), result.toString());
        assertEquals("", result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpListsEveryCommand(String word) {
        CliHarness.Result result = cli.run(word);
        assertEquals(ExitCodes.OK, result.exitCode());
        for (String command : new String[] {"demo", "sql", "shell", "generate", "serve", "load", "bench"}) {
            assertTrue(result.out().contains("\n  " + command + " "), command + " in\n" + result.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "sql", "shell", "generate", "serve", "bench"})
    void commandHelpShowsItsUsage(String command) {
        CliHarness.Result viaHelp = cli.run("help", command);
        CliHarness.Result viaOption = cli.run(command, "--help");
        assertEquals(ExitCodes.OK, viaHelp.exitCode());
        assertEquals(ExitCodes.OK, viaOption.exitCode(), viaOption.toString());
        assertTrue(viaHelp.out().startsWith("usage: subcube " + command), viaHelp.out());
        assertEquals(viaHelp.out(), viaOption.out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliHarness.Result result = cli.run("frobnicate", "--x");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("error: unknown command: frobnicate\nusage: subcube"), result.err());
        assertEquals(ExitCodes.USAGE, cli.run("help", "frobnicate").exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "load"})
    void laterCommandsSaySoInsteadOfPretending(String command) {
        CliHarness.Result result = cli.run(command, "--quick");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals("not available yet: " + command + " (coming in a later release)\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void demoTakesNoOptions() {
        CliHarness.Result result = cli.run("demo", "--data", "x");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("error: unknown option for demo: --data\nusage: subcube demo"),
                result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }
}
