package io.subcube.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.cli.CliHarness;
import io.subcube.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code subcube bench}: the printed tables and the files, on tiny data and three queries; usage errors. */
class BenchCommandTest {

    private static final List<String> QUERIES = List.of("Q1_matrix_cell", "Q4_top_counties", "Q15_best_channel");

    @TempDir
    Path tmp;

    private static CliHarness.Result bench(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CliHarness().run(all);
    }

    @Test
    void printsTheRatioAndLoadTablesAndWritesTheFiles() throws Exception {
        Path out = tmp.resolve("report");
        CliHarness.Result result = bench("--subscribers", "300", "--months", "3", "--threads", "2", "--warmup", "0",
                "--warmup-ms", "5", "--runs", "1", "--queries", String.join(",", QUERIES), "--out", out.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("", result.err(), "quiet when stderr is not a terminal");
        String text = result.out();
        assertTrue(text.startsWith("Subcube vs DuckDB v"), text);
        assertTrue(text.contains(": 300 subscribers x 3 months ("), text);
        assertTrue(text.contains("\n0 warm-up calls, then 5 ms of calls by each engine alone, and 1 timed calls per"
                + " query form and engine"), text);
        assertTrue(text.contains("\n query            | form     | rows | Subcube ms | DuckDB ms | ratio (Subcube/DuckDB)\n"),
                text);
        for (String q : QUERIES) {
            assertTrue(text.matches("(?s).*\n " + q + " +\\| prepared \\| +\\d+ \\| +[\\d.]+ \\| +[\\d.]+ \\| +[\\d.]+\n.*"),
                    q + " prepared in\n" + text);
            assertTrue(text.matches("(?s).*\n " + q + " +\\| ad hoc +\\| +\\d+ \\|.*"), q + " ad hoc in\n" + text);
        }
        assertTrue(text.contains("\ngeometric mean of the ratios: prepared "), text);
        assertTrue(text.matches("(?s).*\n load ms +\\| +\\d+ \\| +\\d+ \\| +[\\d.]+\n.*"), text);
        assertTrue(text.matches("(?s).*\n bytes per subscriber_month row \\| +[\\d.]+ \\| +[\\d.]+ \\| +[\\d.]+\n.*"), text);
        assertTrue(text.endsWith("to " + out + " (run took " + text.substring(text.lastIndexOf("(run took ") + 10)),
                text);

        for (String name : ReportFiles.NAMES) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        List<String> csv = Files.readAllLines(out.resolve("queries.csv"));
        assertEquals("query,form,rows,subcube_ms,subcube_p90_ms,duckdb_ms,duckdb_p90_ms,ratio,timed_calls", csv.get(0));
        assertEquals(1 + 2 * QUERIES.size(), csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("Q1_matrix_cell,prepared,1,"), csv.get(1));
        assertTrue(csv.get(1).endsWith(",1"), "one timed call: " + csv.get(1));
        String json = Files.readString(out.resolve("queries.json"));
        assertTrue(json.startsWith("[\n{\"query\":\"Q1_matrix_cell\",\"form\":\"prepared\",\"rows\":1,\"subcube_ms\":"), json);
        assertEquals(2 * QUERIES.size(), json.split("\n\\{").length - 1, json);
        String load = Files.readString(out.resolve("load.csv"));
        assertTrue(load.startsWith("measure,subcube,duckdb,ratio\r\nload_ms,"), load);
        assertTrue(load.contains("\r\nmemory_bytes,"), load);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("ratios.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals(1 + 2 * QUERIES.size(), svg.getElementsByTagName("rect").getLength(), "background and one bar each");
        assertTrue(text.startsWith(Files.readString(out.resolve("report.txt"))), "report.txt is what was printed");
    }

    @Test
    void phasesAndAProgressBarOnlyOnATerminal() {
        CliHarness.Result result = new CliHarness().stderrTerminal(true).run("bench", "--subscribers", "200", "--months",
                "3", "--warmup", "0", "--warmup-ms", "0", "--runs", "1", "--queries", "Q15_best_channel", "--out",
                tmp.resolve("p").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("loading 200 subscribers x 3 months into Subcube, then copying it into DuckDB"
                + " ...\nchecking and timing 1 query x 2 forms"), result.err());
        assertTrue(result.err().contains("queries ["), result.err());
        assertTrue(result.err().endsWith("\r"), "the bar is erased before the report");
    }

    @Test
    void badOptionsAreUsageErrorsThatNameTheOption() throws Exception {
        String out = tmp.resolve("o").toString();
        assertUsage(bench("--subscribers", "ten", "--out", out), "error: option --subscribers needs a whole number, not 'ten'");
        assertUsage(bench("--subscribers", "0", "--out", out), "error: option --subscribers must be at least 1, not 0");
        assertUsage(bench("--months", "500", "--out", out), "error: --months must be between 1 and 120: 500");
        assertUsage(bench("--threads", "0", "--out", out), "error: option --threads must be at least 1, not 0");
        assertUsage(bench("--warmup", "-1", "--out", out), "error: option --warmup must be 0 or more, not -1");
        assertUsage(bench("--warmup-ms", "-5", "--out", out), "error: option --warmup-ms must be 0 or more, not -5");
        assertUsage(bench("--runs", "0", "--out", out), "error: option --runs must be at least 1, not 0");
        assertUsage(bench("--budget", "soon", "--out", out), "error: option --budget needs a whole number, not 'soon'");
        assertUsage(bench("--queries", " , ", "--out", out), "error: option --queries needs query names");
        assertUsage(bench("--queries", "Q1_matrix_cell,Q99", "--subscribers", "10", "--out", out),
                "error: option --queries: no benchmark query named Q99; the queries are Q1_matrix_cell, ");
        assertUsage(bench("--rows", "5"), "error: unknown option for bench: --rows");
        assertUsage(bench("--quick=yes"), "error: unknown option for bench: --quick");
        assertUsage(bench("--out"), "error: option --out needs a value");
        assertUsage(bench("extra"), "error: unexpected argument for bench: extra");
        assertFalse(Files.exists(tmp.resolve("o")), "nothing created on a usage error");
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertUsage(bench("--out", file.toString()), "error: option --out: not a directory: " + file);
    }

    private static void assertUsage(CliHarness.Result result, String messageStart) {
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith(messageStart), result.err());
        assertTrue(result.err().contains("\nusage: subcube bench "), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
        assertEquals("", result.out());
    }
}
