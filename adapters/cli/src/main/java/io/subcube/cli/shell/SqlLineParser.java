package io.subcube.cli.shell;

import io.subcube.cli.sql.StatementSplitter;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when the typed text is complete: Enter inside an unterminated statement adds a line (with the
 * continuation prompt) instead of accepting, so a multi-line statement is edited and kept in history as one.
 */
final class SqlLineParser implements Parser {

    private final DefaultParser words = new DefaultParser();

    SqlLineParser() {
        // Word splitting only serves completion; quotes and backslashes are SQL's business.
        words.setEscapeChars(new char[0]);
        words.setQuoteChars(new char[0]);
        words.setEofOnUnclosedQuote(false);
        words.setEofOnEscapedNewLine(false);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
            throw new EOFError(-1, cursor, "statement not terminated by ';'", "statement");
        }
        return words.parse(line, cursor, context);
    }

    /** Blank text, a dot command, or statements all ended by ';' (comments aside). */
    static boolean isComplete(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.startsWith(".")) {
            return true;
        }
        StatementSplitter splitter = new StatementSplitter();
        splitter.add(text + "\n");
        return splitter.atStatementStart();
    }
}
