package io.subcube.engine.sql.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Which literal tokens of a {@link LexicalShape} a parse lifted to parameters ({@link StatementShape}), so
 * that a later statement of the same lexical shape gets its statement shape without being parsed: the
 * tokens at the lifted positions become the parameters, and the others must be the ones that were kept.
 * Parsing dominated a cached ad hoc statement's cost (about two thirds of it, measured on the matrix-cell
 * query); lexing is one pass over the text.
 */
final class LiteralTemplate {

    private final boolean[] lifted;
    private final String[] kept;

    private LiteralTemplate(boolean[] lifted, String[] kept) {
        this.lifted = lifted;
        this.kept = kept;
    }

    /**
     * The template of {@code lex} as {@code shape} lifted its literals; {@code null} when a lifted literal is
     * not exactly one literal token whose value the lexer reads alike (a signed number, {@code DATE '..'},
     * strings the parser joins), so statements of this lexical shape are always parsed.
     */
    static LiteralTemplate of(LexicalShape lex, StatementShape shape) {
        boolean[] lifted = new boolean[lex.size()];
        String[] kept = new String[lex.size()];
        int[] spans = shape.spans();
        int token = 0;
        for (int j = 0; j < shape.literals().size(); j++) {
            while (token < lex.size() && lex.start(token) < spans[2 * j]) {
                token++;
            }
            if (token == lex.size() || lex.start(token) != spans[2 * j] || lex.end(token) != spans[2 * j + 1]) {
                return null;
            }
            LiftedLiteral parsed = shape.literals().get(j);
            LiftedLiteral read = read(lex, token, null);
            if (read == null || read.kind() != parsed.kind() || !read.value().equals(parsed.value())) {
                return null;
            }
            lifted[token++] = true;
        }
        for (int i = 0; i < lex.size(); i++) {
            if (!lifted[i]) {
                kept[i] = lex.text(i);
            }
        }
        return new LiteralTemplate(lifted, kept);
    }

    /**
     * The statement shape of {@code lex}, a statement with the lexical shape this template was made from;
     * {@code null} when one of its kept literals differs (then it is another shape: parse it).
     */
    StatementShape apply(LexicalShape lex) {
        if (lex.size() != lifted.length) {
            return null;
        }
        for (int i = 0; i < lifted.length; i++) {
            if (!lifted[i] && !kept[i].equals(lex.text(i))) {
                return null;
            }
        }
        String sql = lex.sql();
        StringBuilder text = new StringBuilder(sql.length());
        List<LiftedLiteral> literals = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        Positions positions = new Positions(sql);
        int copied = 0;
        for (int i = 0; i < lifted.length; i++) {
            if (lifted[i]) {
                literals.add(read(lex, i, positions.of(lex.start(i), lex.end(i))));
                text.append(sql, copied, lex.start(i)).append('?');
                copied = lex.end(i);
                spans.add(lex.start(i));
                spans.add(copied);
            }
        }
        text.append(sql, copied, sql.length());
        return new StatementShape(text.toString(), List.copyOf(literals),
                spans.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Literal token {@code i} as the parser reads it: a number's exact digits, a string without its quotes. */
    private static LiftedLiteral read(LexicalShape lex, int i, SqlParserPos pos) {
        String text = lex.text(i);
        return switch (lex.kind(i)) {
            case EXACT -> new LiftedLiteral(LiftedLiteral.Kind.EXACT, new BigDecimal(text), pos);
            case APPROXIMATE -> new LiftedLiteral(LiftedLiteral.Kind.APPROXIMATE, new BigDecimal(text), pos);
            case STRING -> new LiftedLiteral(LiftedLiteral.Kind.STRING,
                    text.substring(1, text.length() - 1).replace("''", "'"), pos);
            case BOOLEAN -> new LiftedLiteral(LiftedLiteral.Kind.BOOLEAN, text.equalsIgnoreCase("TRUE"), pos);
        };
    }

    /** Line and column of offsets met in ascending order, counted as the parser counts them. */
    private static final class Positions {
        private final String sql;
        private int offset;
        private int line = 1;
        private int column = 1;

        Positions(String sql) {
            this.sql = sql;
        }

        /** The span {@code [start, end)}; spans must come in ascending order. */
        SqlParserPos of(int start, int end) {
            advance(start);
            int startLine = line;
            int startColumn = column;
            advance(end - 1);
            return new SqlParserPos(startLine, startColumn, line, column);
        }

        private void advance(int to) {
            for (; offset < to; offset++) {
                char c = sql.charAt(offset);
                if (c == '\n' || c == '\r' && (offset + 1 == sql.length() || sql.charAt(offset + 1) != '\n')) {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }
    }
}
