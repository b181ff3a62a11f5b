package io.subcube.engine.sql.jdbc;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * One connection's prepared plans by statement shape, so that statements differing only in the literals
 * they compare columns with are parsed, validated, optimized and compiled once. Holds at most
 * {@code capacity} shapes, dropping the least recently used; safe for concurrent statements.
 */
final class PlanCache {

    private final int capacity;
    private final Map<Key, CachedPlan> plans;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    PlanCache(int capacity) {
        this.capacity = capacity;
        this.plans = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CachedPlan> eldest) {
                return size() > PlanCache.this.capacity;
            }
        };
    }

    /**
     * The signature of statement {@code sql} from the plan of its shape, preparing the shape with
     * {@code prepare} (shape text to signature) when it is not cached; {@code null} when the statement
     * has to be prepared as written (see {@link StatementShape#of} and {@link CachedPlan#bind}).
     */
    <T> CalciteSignature<T> signature(String sql, SqlParser.Config parserConfig, CalcitePrepare.Context context,
                                      Type elementType, long maxRowCount,
                                      Function<String, CalciteSignature<T>> prepare) {
        StatementShape shape = StatementShape.of(sql, parserConfig);
        if (shape == null) {
            return null;
        }
        Key key = new Key(shape.text(), context.getDefaultSchemaPath(), elementType);
        CachedPlan plan = get(key);
        boolean hit = plan != null;
        if (!hit) {
            misses.incrementAndGet();
            plan = CachedPlan.prepare(() -> prepare.apply(shape.text()));
            put(key, plan);
        }
        CalciteSignature<T> signature = plan.bind(sql, shape.literals(), context.getRootSchema(), maxRowCount);
        if (hit && signature != null) {
            hits.incrementAndGet();
        }
        return signature;
    }

    /** Statements run from a plan prepared for an earlier statement. */
    long hits() {
        return hits.get();
    }

    /** Shapes prepared because they were not cached. */
    long misses() {
        return misses.get();
    }

    /** Shapes cached now. */
    synchronized int size() {
        return plans.size();
    }

    private synchronized CachedPlan get(Key key) {
        return plans.get(key);
    }

    private synchronized void put(Key key, CachedPlan plan) {
        plans.put(key, plan);
    }

    /** A shape's text is a plan only in the schema that resolved its names, for one kind of row. */
    private record Key(String shape, List<String> defaultSchema, Type elementType) {
    }
}
