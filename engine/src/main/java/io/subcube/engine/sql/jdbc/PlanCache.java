package io.subcube.engine.sql.jdbc;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CharLiteralStyle;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * One connection's prepared plans by statement shape, so that statements differing only in the literals
 * they compare columns with are parsed, validated, optimized and compiled once; once a statement of a
 * lexical shape has been parsed, the next ones of it are only lexed ({@link LiteralTemplate}). Holds at
 * most {@code capacity} shapes and lexical shapes, dropping the least recently used; safe for concurrent
 * statements.
 */
final class PlanCache {

    private final int capacity;
    private final Map<Key, CachedPlan> plans;
    /** Lexical shapes of statements seen (literal tokens masked) to the literals their parse lifted. */
    private final Map<Key, LiteralTemplate> templates;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong lexed = new AtomicLong();

    PlanCache(int capacity) {
        this.capacity = capacity;
        this.plans = lru();
        this.templates = lru();
    }

    /**
     * The signature of statement {@code sql} from the plan of its shape, preparing the shape with
     * {@code prepare} (shape text to signature) when it is not cached; {@code null} when the statement
     * has to be prepared as written (see {@link StatementShape#of} and {@link CachedPlan#bind}).
     */
    <T> CalciteSignature<T> signature(String sql, SqlParser.Config parserConfig, CalcitePrepare.Context context,
                                      Type elementType, long maxRowCount,
                                      Function<String, CalciteSignature<T>> prepare) {
        LexicalShape lex = lexes(parserConfig) ? LexicalShape.of(sql) : null;
        Key lexKey = lex == null ? null : new Key(lex.key(), context.getDefaultSchemaPath(), elementType);
        LiteralTemplate template = lexKey == null ? null : get(templates, lexKey);
        StatementShape shape = template == null ? null : template.apply(lex);
        if (shape != null) {
            lexed.incrementAndGet();
        } else {
            shape = StatementShape.of(sql, parserConfig);
            if (shape == null) {
                return null;
            }
            LiteralTemplate made = lexKey == null ? null : LiteralTemplate.of(lex, shape);
            if (made != null) {
                put(templates, lexKey, made);
            }
        }
        Key key = new Key(shape.text(), context.getDefaultSchemaPath(), elementType);
        CachedPlan plan = get(plans, key);
        boolean hit = plan != null;
        if (!hit) {
            misses.incrementAndGet();
            String text = shape.text();
            plan = CachedPlan.prepare(() -> prepare.apply(text));
            put(plans, key, plan);
        }
        CalciteSignature<T> signature = plan.bind(sql, shape.literals(), context.getRootSchema(), maxRowCount);
        if (hit && signature != null) {
            hits.incrementAndGet();
        }
        return signature;
    }

    /** Whether {@link LexicalShape}'s lexer reads quotes as this parser does: standard strings, "identifiers". */
    private static boolean lexes(SqlParser.Config parserConfig) {
        return parserConfig.quoting() == Quoting.DOUBLE_QUOTE
                && parserConfig.charLiteralStyles().equals(Set.of(CharLiteralStyle.STANDARD));
    }

    /** Statements run from a plan prepared for an earlier statement. */
    long hits() {
        return hits.get();
    }

    /** Shapes prepared because they were not cached. */
    long misses() {
        return misses.get();
    }

    /** Statements whose shape came from their tokens alone, without a parse. */
    long lexed() {
        return lexed.get();
    }

    /** Shapes cached now. */
    synchronized int size() {
        return plans.size();
    }

    private synchronized <V> V get(Map<Key, V> map, Key key) {
        return map.get(key);
    }

    private synchronized <V> void put(Map<Key, V> map, Key key, V value) {
        map.put(key, value);
    }

    private <V> Map<Key, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A shape's text is a plan only in the schema that resolved its names, for one kind of row. */
    private record Key(String shape, List<String> defaultSchema, Type elementType) {
    }
}
