package io.subcube.cli.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits SQL text into statements at semicolons that are outside quotes ('…', "…", `…`) and comments
 * (-- to the end of the line, slash-star blocks). Text may arrive in pieces (lines of a shell); a statement
 * is complete at its semicolon.
 */
public final class StatementSplitter {

    private enum State { CODE, SINGLE_QUOTE, DOUBLE_QUOTE, BACK_QUOTE, LINE_COMMENT, BLOCK_COMMENT }

    private final StringBuilder buffer = new StringBuilder();
    private State state = State.CODE;
    private int scanned;
    // True once the current statement has something other than blanks and comments.
    private boolean hasContent;

    /** Adds text and returns the statements it completed, trimmed and without their semicolons. */
    public List<String> add(CharSequence text) {
        buffer.append(text);
        List<String> complete = new ArrayList<>();
        while (scanned < buffer.length()) {
            char ch = buffer.charAt(scanned);
            char next = scanned + 1 < buffer.length() ? buffer.charAt(scanned + 1) : '\0';
            switch (state) {
                case CODE -> {
                    if (ch == ';') {
                        String statement = buffer.substring(0, scanned).trim();
                        if (hasContent) {
                            complete.add(statement);
                        }
                        buffer.delete(0, scanned + 1);
                        scanned = 0;
                        hasContent = false;
                        continue;
                    }
                    if (ch == '-' && next == '-') {
                        state = State.LINE_COMMENT;
                        scanned++;
                    } else if (ch == '/' && next == '*') {
                        state = State.BLOCK_COMMENT;
                        scanned++;
                    } else if (ch == '-' || ch == '/') {
                        // A lone '-' or '/' at the end of a piece may start a comment with the next piece.
                        if (next == '\0') {
                            return complete;
                        }
                        hasContent = true;
                    } else if (!Character.isWhitespace(ch)) {
                        hasContent = true;
                        if (ch == '\'') {
                            state = State.SINGLE_QUOTE;
                        } else if (ch == '"') {
                            state = State.DOUBLE_QUOTE;
                        } else if (ch == '`') {
                            state = State.BACK_QUOTE;
                        }
                    }
                }
                // A doubled quote inside a quoted text is an escaped quote: leaving and re-entering is the same.
                case SINGLE_QUOTE -> state = ch == '\'' ? State.CODE : state;
                case DOUBLE_QUOTE -> state = ch == '"' ? State.CODE : state;
                case BACK_QUOTE -> state = ch == '`' ? State.CODE : state;
                case LINE_COMMENT -> state = ch == '\n' ? State.CODE : state;
                case BLOCK_COMMENT -> {
                    if (ch == '*' && next == '/') {
                        state = State.CODE;
                        scanned++;
                    } else if (ch == '*' && next == '\0') {
                        return complete;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
            scanned++;
        }
        return complete;
    }

    /** The unterminated last statement, if it has any content; the splitter is empty afterwards. */
    public Optional<String> finish() {
        // Pieces held back for a possible comment start count as content now.
        for (int i = scanned; i < buffer.length() && state == State.CODE; i++) {
            if (!Character.isWhitespace(buffer.charAt(i))) {
                hasContent = true;
            }
        }
        String rest = buffer.toString().trim();
        boolean content = hasContent;
        reset();
        return content ? Optional.of(rest) : Optional.empty();
    }

    /** True when no statement has begun: the next line may be a shell dot command. */
    public boolean atStatementStart() {
        return !hasContent && state == State.CODE;
    }

    /** Drops any unfinished statement (the shell's Ctrl-C). */
    public void reset() {
        buffer.setLength(0);
        scanned = 0;
        state = State.CODE;
        hasContent = false;
    }

    /** Splits a whole script. */
    public static List<String> split(String script) {
        StatementSplitter splitter = new StatementSplitter();
        List<String> statements = new ArrayList<>(splitter.add(script));
        splitter.finish().ifPresent(statements::add);
        return statements;
    }
}
