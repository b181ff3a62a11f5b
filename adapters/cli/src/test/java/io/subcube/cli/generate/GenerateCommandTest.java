package io.subcube.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.cli.CliHarness;
import io.subcube.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    private static CliHarness.Result generate(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "generate";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CliHarness().run(all);
    }

    @Test
    void writesATinyDatasetAndSummarisesIt() throws Exception {
        Path out = tmp.resolve("tiny set");
        CliHarness.Result result = generate("--subscribers", "200", "--months", "2", "--seed", "7",
                "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("", result.err(), "no progress bar when stderr is not a terminal");
        assertTrue(result.out().startsWith("Generated 200 subscribers x 2 months (seed 7) into " + out + "\n"),
                result.out());
        assertTrue(result.out().matches("(?s).*\n subscriber_month +\\| +\\d{3} \\| +2\n.*"), result.out());
        assertTrue(result.out().matches("(?s).*\n\\d+ tables, [\\d,]+ rows, \\d+ files, [\\d.]+ [KM]iB in .*\n"),
                result.out());
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.filter(Files::isRegularFile).count() > 1);
        }
    }

    @Test
    void anEarlierDatasetIsReplaced() throws Exception {
        Path out = tmp.resolve("again");
        assertEquals(ExitCodes.OK, generate("--subscribers", "50", "--months", "2", "--out", out.toString()).exitCode());
        CliHarness.Result second = generate("--subscribers", "30", "--months", "1", "--out", out.toString());
        assertEquals(ExitCodes.OK, second.exitCode(), second.toString());
        assertTrue(second.out().startsWith("Generated 30 subscribers x 1 month (seed "), second.out());
    }

    @Test
    void progressBarOnlyOnATerminal() {
        CliHarness.Result result = new CliHarness().stderrTerminal(true).run("generate", "--subscribers", "100",
                "--months", "1", "--out", tmp.resolve("bar").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertTrue(result.err().contains("generating ["), result.err());
        assertTrue(result.err().endsWith("\r"), "erased before the summary");
    }

    @Test
    void badArgumentsNameTheOption() throws Exception {
        String out = tmp.resolve("o").toString();
        assertUsage(generate("--subscribers", "10"), "error: missing option --out");
        assertUsage(generate("--subscribers", "ten", "--out", out), "error: option --subscribers needs a whole number, not 'ten'");
        assertUsage(generate("--subscribers", "0", "--out", out), "error: option --subscribers must be at least 1, not 0");
        assertUsage(generate("--subscribers", "-5", "--out", out), "error: option --subscribers must be at least 1, not -5");
        assertUsage(generate("--months", "1.5", "--out", out), "error: option --months needs a whole number, not '1.5'");
        assertUsage(generate("--months", "500", "--out", out), "error: --months must be between 1 and 120: 500");
        assertUsage(generate("--seed", "x", "--out", out), "error: option --seed needs a whole number, not 'x'");
        assertUsage(generate("--threads", "0", "--out", out), "error: option --threads must be at least 1, not 0");
        assertUsage(generate("--rows", "5", "--out", out), "error: unknown option for generate: --rows");
        assertUsage(generate("--format", "parquet", "--out", out), "error: option --format must be csv, not 'parquet'");
        assertUsage(generate("--format", "arrow", "--out", out),
                "error: option --format arrow is not available yet (coming in a later release); use csv");
        assertUsage(generate("--out"), "error: option --out needs a value");
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written on a usage error");

        Path full = Files.createDirectory(tmp.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        assertUsage(generate("--subscribers", "10", "--out", full.toString()),
                "error: option --out: refusing to write a dataset into non-empty directory ");
        assertEquals("mine", Files.readString(full.resolve("notes.txt")), "left alone");
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertUsage(generate("--out", file.toString()), "error: option --out: not a directory: " + file);
    }

    private static void assertUsage(CliHarness.Result result, String messageStart) {
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith(messageStart), result.err());
        assertTrue(result.err().contains("\nusage: subcube generate "), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }
}
