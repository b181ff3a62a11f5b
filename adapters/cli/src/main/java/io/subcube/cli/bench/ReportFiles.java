package io.subcube.cli.bench;

import io.subcube.benchmarks.run.BenchReport;
import io.subcube.cli.format.CsvRenderer;
import io.subcube.cli.format.JsonRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a report under a directory: the ratio table and the load and memory table as CSV and JSON (through the
 * CLI's renderers), the SVG bar chart of the ratios, and the printed text.
 */
final class ReportFiles {

    static final List<String> NAMES = List.of("queries.csv", "queries.json", "load.csv", "load.json", "ratios.svg",
            "report.txt");

    private ReportFiles() {
    }

    static void write(BenchReport report, String text, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("queries.csv"), out -> CsvRenderer.render(ReportTables.queriesInFull(report), out));
        write(dir.resolve("queries.json"), out -> JsonRenderer.render(ReportTables.queriesInFull(report), out));
        write(dir.resolve("load.csv"), out -> CsvRenderer.render(ReportTables.loadInFull(report), out));
        write(dir.resolve("load.json"), out -> JsonRenderer.render(ReportTables.loadInFull(report), out));
        Files.writeString(dir.resolve("ratios.svg"), RatioChart.svg(report.timings(), ReportText.headline(report)),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.txt"), text, StandardCharsets.UTF_8);
    }

    /** Renders into memory first: a renderer failing half-way leaves no half-written file. */
    private static void write(Path file, Renderer renderer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            renderer.render(out);
        } catch (SQLException e) {
            throw new IllegalStateException(e); // in-memory cursors do not fail
        }
        Files.write(file, bytes.toByteArray());
    }

    /** One renderer call. */
    @FunctionalInterface
    private interface Renderer {
        long render(PrintStream out) throws SQLException;
    }
}
