package io.subcube.engine.sql.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * A query with its liftable literals replaced by {@code ?}: statements that differ only in those literals
 * have the same shape. The shape is the statement's own text with each literal's span replaced, so it
 * keeps the user's layout and reparses to the same query.
 *
 * @param text     the statement with a {@code ?} for each lifted literal
 * @param literals the lifted literals in text order, the values of parameters {@code ?0, ?1, ...}
 * @param spans    where each lifted literal stood in the statement: start and end (exclusive) offsets, in pairs
 */
record StatementShape(String text, List<LiftedLiteral> literals, int[] spans) {

    /**
     * The shape of a statement, or {@code null} when it is not a query (EXPLAIN, DDL), already has
     * parameters, does not parse, or a literal's position in the text cannot be trusted.
     */
    static StatementShape of(String sql, SqlParser.Config parserConfig) {
        SqlNode node;
        try {
            node = SqlParser.create(sql, parserConfig).parseStmt();
        } catch (SqlParseException e) {
            return null;
        }
        if (!node.getKind().belongsTo(SqlKind.QUERY) || hasParameters(node)) {
            return null;
        }
        List<LiftedLiteral> literals = new ArrayList<>(LiftableLiterals.of(node));
        literals.sort(Comparator.comparingInt((LiftedLiteral l) -> l.pos().getLineNum())
                .thenComparingInt(l -> l.pos().getColumnNum()));
        int[] lineStarts = lineStarts(sql);
        StringBuilder text = new StringBuilder(sql.length());
        int[] spans = new int[2 * literals.size()];
        int copied = 0;
        for (int i = 0; i < literals.size(); i++) {
            LiftedLiteral literal = literals.get(i);
            SqlParserPos pos = literal.pos();
            int start = offset(lineStarts, pos.getLineNum(), pos.getColumnNum());
            int last = offset(lineStarts, pos.getEndLineNum(), pos.getEndColumnNum());
            if (start < copied || last < start || last >= sql.length()
                    || !spells(sql.substring(start, last + 1), literal.kind())) {
                return null;
            }
            text.append(sql, copied, start).append('?');
            copied = last + 1;
            spans[2 * i] = start;
            spans[2 * i + 1] = copied;
        }
        text.append(sql, copied, sql.length());
        return new StatementShape(text.toString(), List.copyOf(literals), spans);
    }

    private static boolean hasParameters(SqlNode node) {
        boolean[] found = {false};
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                found[0] = true;
                return null;
            }
        });
        return found[0];
    }

    /**
     * Offsets where each line starts, lines counted as the parser counts them: a line ends at
     * {@code \n}, {@code \r} or {@code \r\n}, and a tab is one column.
     */
    private static int[] lineStarts(String sql) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == sql.length() || sql.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int offset(int[] lineStarts, int line, int column) {
        return line < 1 || line > lineStarts.length ? Integer.MAX_VALUE : lineStarts[line - 1] + column - 1;
    }

    /** Whether a span of the text is written as a literal of that kind: a check that positions map right. */
    private static boolean spells(String span, LiftedLiteral.Kind kind) {
        String upper = span.toUpperCase(Locale.ROOT);
        return switch (kind) {
            case EXACT, APPROXIMATE -> !span.isEmpty() && "+-.0123456789".indexOf(span.charAt(0)) >= 0;
            case STRING -> span.length() >= 2 && span.startsWith("'") && span.endsWith("'");
            case BOOLEAN -> upper.equals("TRUE") || upper.equals("FALSE");
            case DATE -> upper.startsWith("DATE") && span.endsWith("'");
        };
    }
}
