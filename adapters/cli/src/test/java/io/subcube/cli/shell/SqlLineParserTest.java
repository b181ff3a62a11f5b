package io.subcube.cli.shell;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

class SqlLineParserTest {

    @Test
    void completeWhenEveryStatementIsTerminated() {
        assertTrue(SqlLineParser.isComplete(""));
        assertTrue(SqlLineParser.isComplete("   "));
        assertTrue(SqlLineParser.isComplete("select 1;"));
        assertTrue(SqlLineParser.isComplete("select 1;\nselect 'a;b';"));
        assertTrue(SqlLineParser.isComplete("-- just a comment"));
        assertTrue(SqlLineParser.isComplete(".schema region"));
        assertTrue(SqlLineParser.isComplete("  .quit"));
    }

    @Test
    void incompleteInsideAStatementQuoteOrComment() {
        assertFalse(SqlLineParser.isComplete("select 1"));
        assertFalse(SqlLineParser.isComplete("select 1; select"));
        assertFalse(SqlLineParser.isComplete("select 'a;"));
        assertFalse(SqlLineParser.isComplete("select 1 -- ;"));
        assertFalse(SqlLineParser.isComplete("/* ; "));
    }

    @Test
    void acceptingAnIncompleteLineAsksJLineForMore() {
        SqlLineParser parser = new SqlLineParser();
        assertThrows(EOFError.class, () -> parser.parse("select 1", 8, Parser.ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> parser.parse("select 1", 8, Parser.ParseContext.COMPLETE));
        assertDoesNotThrow(() -> parser.parse("select 1;", 9, Parser.ParseContext.ACCEPT_LINE));
    }
}
