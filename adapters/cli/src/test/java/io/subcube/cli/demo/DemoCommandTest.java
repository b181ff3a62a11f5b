package io.subcube.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.cli.CliHarness;
import io.subcube.cli.ConnectionFactory;
import io.subcube.cli.DuckDb;
import io.subcube.cli.ExitCodes;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void builtInTourHasTheContractSections() {
        List<TourSection> tour = Tour.builtIn();
        List<String> titles = tour.stream().map(TourSection::title).toList();
        assertEquals(15, titles.size(), titles.toString());
        assertTrue(titles.get(0).startsWith("Tables"), titles.toString());
        for (String part : List.of("KPI drill-down 1/3", "KPI drill-down 2/3", "KPI drill-down 3/3", "Top 10 counties",
                "Month over month", "Marketing matrix", "Marketing priority and program order", "(Q11)", "(Q6)", "(Q6b)",
                "Hotspot markets", "alerts", "KPI_REGION_SPLIT", "KPI_DRILL")) {
            assertTrue(titles.stream().anyMatch(t -> t.contains(part)), part + " in " + titles);
        }
        tour.forEach(section -> assertEquals(1, section.statements().size(), section.title()));
    }

    @Test
    void tourParsingIgnoresTheHeaderAndKeepsStatementsPerSection() {
        List<TourSection> tour = Tour.parse("-- header; not a section\n-- @section One\nselect 1;\nselect 2;\n"
                + "-- @section  Two \n-- note\nselect 3\n");
        assertEquals(List.of(new TourSection("One", List.of("select 1", "select 2")),
                new TourSection("Two", List.of("-- note\nselect 3"))), tour);
    }

    @Test
    void tourRunsEverySectionOnTheEngineAndExitsWithoutATerminal() {
        ConnectionFactory small = dataDir -> DriverManager.getConnection("jdbc:subcube:;subscribers=3000;months=10");
        CliHarness.Result result = new CliHarness().connections(small).run("demo");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("", result.err());
        String out = result.out();
        assertTrue(out.startsWith("Subcube demo: generating the built-in dataset in memory...\nDataset ready in "), out);
        for (TourSection section : Tour.builtIn()) {
            assertTrue(out.contains("\n== " + section.title() + "\n"), section.title());
        }
        assertEquals(Tour.builtIn().size(), out.lines().filter(l -> l.matches("\\d+ rows? \\((\\d+ ms|\\d+\\.\\d s)\\)")).count(), out);
        // The matrix lists every cell, empty ones too.
        assertTrue(out.contains("\n24 rows ("), out);
        // The September MMS scorecard reproduces the seed (§B3.24), whatever the subscriber sample.
        assertTrue(out.lines().anyMatch(l -> l.matches(" MMS +\\| +44\\.01 \\| +31\\.79 \\| 75\\.80")), out);
        assertFalse(out.contains("subcube>"), "no shell without a terminal");
    }

    @Test
    void failingSectionIsReportedAndTheTourGoesOn() {
        CliHarness.Result result = new CliHarness()
                .connections(DuckDb.empty())
                .commands(List.of(new DemoCommand(List.of(new TourSection("Broken", List.of("select * from nowhere")),
                        new TourSection("Fine", List.of("select 1 as x"))))))
                .run("demo");
        assertEquals(ExitCodes.FAILURE, result.exitCode());
        assertTrue(result.out().contains("== Broken\n\n== Fine\n x\n---\n 1\n1 row ("), result.out());
        assertTrue(result.err().startsWith("error: ") && result.err().contains("nowhere"), result.err());
    }
}
