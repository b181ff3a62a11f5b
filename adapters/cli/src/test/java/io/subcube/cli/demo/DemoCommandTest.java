package io.subcube.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.cli.CliHarness;
import io.subcube.cli.DuckDb;
import io.subcube.cli.ExitCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void builtInTourHasTheContractSections() {
        List<TourSection> tour = Tour.builtIn();
        List<String> titles = tour.stream().map(TourSection::title).toList();
        assertEquals(6, titles.size(), titles.toString());
        assertTrue(titles.get(0).startsWith("Tables"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.contains("Top 10 counties")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Month over month")), titles.toString());
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
    void tourRunsEverySectionOnTheMiniatureSchemaAndExitsWithoutATerminal() {
        CliHarness.Result result = new CliHarness().connections(DuckDb.miniSubcube()).run("demo");
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertEquals("", result.err());
        String out = result.out();
        assertTrue(out.startsWith("Subcube demo: generating the built-in dataset in memory...\nDataset ready in "), out);
        for (TourSection section : Tour.builtIn()) {
            assertTrue(out.contains("\n== " + section.title() + "\n"), section.title());
        }
        assertEquals(Tour.builtIn().size(), out.lines().filter(l -> l.matches("\\d+ rows? \\(\\d+ ms\\)")).count(), out);
        // The Suzhou counties, with the Chinese name aligned, and the month-over-month change.
        assertTrue(out.contains("     10503 | 吴中区 |           2 |  148.75 | 74.38\n"), out);
        assertTrue(out.contains("   200809 |  358.75 |          18.75 |               5.51 |           4 |                 1\n"), out);
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
