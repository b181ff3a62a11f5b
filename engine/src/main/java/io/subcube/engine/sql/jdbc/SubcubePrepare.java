package io.subcube.engine.sql.jdbc;

import java.lang.reflect.Type;
import io.subcube.engine.sql.SubcubeRules;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.prepare.CalcitePrepareImpl;

/**
 * Calcite's statement preparation with Subcube's pushdown rules in every planner, and failures turned
 * into clear messages by {@link SqlErrors}.
 */
public final class SubcubePrepare extends CalcitePrepareImpl {

    @Override
    protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
                                          org.apache.calcite.plan.Context externalContext,
                                          RelOptCostFactory costFactory) {
        RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
        for (RelOptRule rule : SubcubeRules.RULES) {
            planner.addRule(rule);
        }
        return planner;
    }

    @Override
    public <T> CalcitePrepare.CalciteSignature<T> prepareSql(CalcitePrepare.Context context,
            CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
        try {
            return super.prepareSql(context, query, elementType, maxRowCount);
        } catch (RuntimeException e) {
            throw SqlErrors.clean(e);
        }
    }
}
