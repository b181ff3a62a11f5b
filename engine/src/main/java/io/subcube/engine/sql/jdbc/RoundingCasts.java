package io.subcube.engine.sql.jdbc;

import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * {@code CAST} of a DECIMAL with a fraction to an integer type rounds half away from zero, as DuckDB,
 * PostgreSQL and Oracle do (Calcite alone truncates; the standard leaves it to the implementation, and
 * DOMAIN.md G6 takes the engines analysts compare us with). Done as {@code CAST(ROUND(x) AS …)}.
 */
final class RoundingCasts implements SqlRexConvertletTable {

    private final SqlRexConvertletTable delegate;

    RoundingCasts(SqlRexConvertletTable delegate) {
        this.delegate = delegate;
    }

    @Override
    public SqlRexConvertlet get(SqlCall call) {
        SqlRexConvertlet base = delegate.get(call);
        if (base == null || call.getKind() != SqlKind.CAST) {
            return base;
        }
        return (cx, c) -> round(cx.getRexBuilder(), base.convertCall(cx, c));
    }

    private static RexNode round(RexBuilder rex, RexNode converted) {
        if (!(converted instanceof RexCall cast) || cast.getKind() != SqlKind.CAST) {
            return converted;
        }
        RexNode operand = cast.getOperands().get(0);
        boolean fractionalDecimal = operand.getType().getSqlTypeName() == SqlTypeName.DECIMAL
                && operand.getType().getScale() > 0;
        if (!fractionalDecimal || !SqlTypeName.INT_TYPES.contains(cast.getType().getSqlTypeName())) {
            return converted;
        }
        return rex.makeCast(cast.getType(), rex.makeCall(SqlStdOperatorTable.ROUND, operand));
    }
}
