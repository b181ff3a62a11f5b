package io.subcube.engine.sql.jdbc;

import java.lang.reflect.Type;
import java.util.List;
import io.subcube.engine.sql.SubcubeRules;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.JoinPushThroughJoinRule;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Calcite's statement preparation with Subcube's pushdown rules in every planner and without Calcite's
 * join reordering across joins (prepare time of multi-way joins), reserved words that
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

    @Override
    public <T> CalcitePrepare.CalciteSignature<T> prepareSql(CalcitePrepare.Context context,
            CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
        CalcitePrepare.Query<T> q = query.sql == null ? query : CalcitePrepare.Query.of(ReservedColumnNames.quote(query.sql));
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
