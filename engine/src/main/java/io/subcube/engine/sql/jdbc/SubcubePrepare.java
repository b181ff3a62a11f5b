package io.subcube.engine.sql.jdbc;

import java.lang.reflect.Type;
import java.util.List;
import io.subcube.engine.sql.SubcubeRules;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.JoinPushThroughJoinRule;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Calcite's statement preparation with Subcube's pushdown rules in every planner and without Calcite's
 * join reordering across joins (prepare time of multi-way joins), plans reused across statements that
 * differ only in literals ({@link PlanCache}), reserved words that
 * are §B2 column names usable unquoted, CAST of decimals to integers rounding (DuckDB, PostgreSQL), and
 * failures turned into clear messages: {@link SqlErrors} while preparing, {@link RuntimeErrors} while
 * rows are produced.
 */
public final class SubcubePrepare extends CalcitePrepareImpl {

    /** The join-reordering rules Calcite registers by default; removed from every planner (see createPlanner). */
    static final List<RelOptRule> EXHAUSTIVE_JOIN_RULES = List.of(CoreRules.JOIN_ASSOCIATE,
            JoinPushThroughJoinRule.LEFT, JoinPushThroughJoinRule.RIGHT);

    @Override
    protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
                                          org.apache.calcite.plan.Context externalContext,
                                          RelOptCostFactory costFactory) {
        RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
        for (RelOptRule rule : SubcubeRules.RULES) {
            planner.addRule(rule);
        }
        // Exhaustive join reordering: with these, Calcite's Volcano planner explores every join order,
        // which for a 4-way join (§B4 Q13) costs about 2 s per prepare against 50-100 ms without. Joins
        // keep the order the query writes them; JoinCommuteRule stays, so each join may still swap its
        // two inputs (the hash join of a big table with a small one needs that: §B4 Q4 is 5x slower
        // run as a merge join without it).
        for (RelOptRule rule : EXHAUSTIVE_JOIN_RULES) {
            planner.removeRule(rule);
        }
        return planner;
    }

    @Override
    protected SqlRexConvertletTable createConvertletTable() {
        return new RoundingCasts(super.createConvertletTable());
    }

    /**
     * A statement's signature: from its connection's {@link PlanCache} when the statement's shape is cached
     * or can be, else prepared as written.
     */
    @Override
    public <T> CalcitePrepare.CalciteSignature<T> prepareSql(CalcitePrepare.Context context,
            CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
        if (query.sql == null) {
            return prepareWritten(context, query, elementType, maxRowCount);
        }
        String sql = ReservedColumnNames.quote(query.sql);
        PlanCache cache = PlanCaches.of(context);
        if (cache != null) {
            CalcitePrepare.CalciteSignature<T> cached = cache.signature(sql, parserConfig(context), context,
                    elementType, maxRowCount,
                    shape -> prepareWritten(context, CalcitePrepare.Query.of(shape), elementType, -1));
            if (cached != null) {
                return cached;
            }
        }
        return prepareWritten(context, CalcitePrepare.Query.of(sql), elementType, maxRowCount);
    }

    /** The parser settings Calcite prepares a statement of this connection with (see prepare2_). */
    private SqlParser.Config parserConfig(CalcitePrepare.Context context) {
        CalciteConnectionConfig config = context.config();
        SqlParser.Config parser = parserConfig()
                .withQuotedCasing(config.quotedCasing())
                .withUnquotedCasing(config.unquotedCasing())
                .withQuoting(config.quoting())
                .withConformance(config.conformance())
                .withCaseSensitive(config.caseSensitive());
        SqlParserImplFactory factory = config.parserFactory(SqlParserImplFactory.class, null);
        return factory == null ? parser : parser.withParserFactory(factory);
    }

    /** Prepares a statement as it is written, with Subcube's rules and error messages. */
    private <T> CalcitePrepare.CalciteSignature<T> prepareWritten(CalcitePrepare.Context context,
            CalcitePrepare.Query<T> q, Type elementType, long maxRowCount) {
        CalcitePrepare.CalciteSignature<T> signature;
        try {
            signature = super.prepareSql(context, q, elementType, maxRowCount);
        } catch (RuntimeException e) {
            throw SqlErrors.clean(e);
        }
        if (signature.statementType != Meta.StatementType.SELECT) {
            return signature;
        }
        CalcitePrepare.CalciteSignature<T> prepared = signature;
        return new CalcitePrepare.CalciteSignature<>(prepared.sql, prepared.parameters,
                prepared.internalParameters, prepared.rowType, prepared.columns, prepared.cursorFactory,
                prepared.rootSchema, prepared.getCollationList(), maxRowCount,
                dataContext -> RuntimeErrors.wrap(prepared.enumerable(dataContext)), prepared.statementType);
    }
}
