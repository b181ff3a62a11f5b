package io.subcube.cli.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    @Test
    void splitsAtSemicolonsAndTrims() {
        assertEquals(List.of("select 1", "select 2"), StatementSplitter.split("  select 1;\n select 2 ;  "));
        assertEquals(List.of("select 1"), StatementSplitter.split("select 1"));
    }

    @Test
    void emptyStatementsAndCommentOnlyTextAreDropped() {
        assertEquals(List.of(), StatementSplitter.split(" ; ;; -- nothing here\n /* nor; here */ "));
        assertEquals(List.of("select 1"), StatementSplitter.split(";select 1;;"));
    }

    @Test
    void semicolonsInsideQuotesAndCommentsDoNotSplit() {
        String script = "select 'a;b', 'it''s;', \"odd;name\" from t; -- trailing; comment\n"
                + "select /* ; */ 2; select `x;y`";
        assertEquals(List.of("select 'a;b', 'it''s;', \"odd;name\" from t",
                "-- trailing; comment\nselect /* ; */ 2", "select `x;y`"), StatementSplitter.split(script));
    }

    @Test
    void aMinusOrSlashIsNotAlwaysAComment() {
        assertEquals(List.of("select 3-1, 4/2", "select -1"), StatementSplitter.split("select 3-1, 4/2; select -1"));
        assertEquals(List.of("select 1 -"), StatementSplitter.split("select 1 -"));
    }

    @Test
    void linesArriveOneByOne() {
        StatementSplitter splitter = new StatementSplitter();
        assertTrue(splitter.atStatementStart());
        assertEquals(List.of(), splitter.add("select 'multi\n"));
        assertFalse(splitter.atStatementStart());
        assertEquals(List.of(), splitter.add("line;' as s,\n"));
        assertEquals(List.of("select 'multi\nline;' as s,\n  2 as n"), splitter.add("  2 as n; select\n"));
        assertFalse(splitter.atStatementStart());
        assertEquals(List.of("select\n3"), splitter.add("3;\n"));
        assertTrue(splitter.atStatementStart());
    }

    @Test
    void commentStartsSplitAcrossPiecesAreRecognised() {
        StatementSplitter splitter = new StatementSplitter();
        assertEquals(List.of(), splitter.add("select 1 -"));
        assertEquals(List.of("select 1 -- x; y"), splitter.add("- x; y\n;"));
    }

    @Test
    void blockCommentsSpanLinesAndHideDotCommands() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.add("/* a comment\n");
        assertFalse(splitter.atStatementStart(), "inside a block comment");
        splitter.add(".tables */\n");
        assertTrue(splitter.atStatementStart(), "only a comment so far");
        assertEquals(Optional.empty(), splitter.finish());
    }

    @Test
    void finishReturnsTheUnterminatedRestAndResets() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.add("select 1; select\n 2\n");
        assertEquals(Optional.of("select\n 2"), splitter.finish());
        assertTrue(splitter.atStatementStart());
        assertEquals(Optional.empty(), splitter.finish());
    }

    @Test
    void resetDropsAPartialStatement() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.add("select 'unclosed\n");
        splitter.reset();
        assertTrue(splitter.atStatementStart());
        assertEquals(List.of("select 2"), splitter.add("select 2;"));
    }
}
