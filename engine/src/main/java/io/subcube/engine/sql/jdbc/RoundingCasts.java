package io.subcube.engine.sql.jdbc;

import java.math.BigDecimal;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * {@code CAST} that drops fraction digits rounds half away from zero, as DuckDB, PostgreSQL and Oracle do:
 * DECIMAL or DOUBLE to an integer type (a DOUBLE tie to even, as both do), DOUBLE to DECIMAL, DECIMAL to a
 * DECIMAL of smaller scale (Calcite
 * alone truncates; the standard leaves it to the implementation, and DOMAIN.md G6 takes the engines analysts
 * compare us with). Done as {@code CAST(ROUND(x[, scale]) AS …)}; implicit casts of function arguments are
 * {@code CAST} calls too, so they round the same way.
 */
final class RoundingCasts implements SqlRexConvertletTable {

    /** A DOUBLE becomes an integer half to even, as DuckDB and PostgreSQL do ({@code rint}); a DECIMAL half up. */
    private static final SqlOperator RINT = new SqlUserDefinedFunction(
            new SqlIdentifier("RINT", SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0_NULLABLE,
            null, null, ScalarFunctionImpl.create(Math.class, "rint"));

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
        RelDataType from = operand.getType();
        RelDataType to = cast.getType();
        boolean approximate = SqlTypeName.APPROX_TYPES.contains(from.getSqlTypeName());
        boolean fractional = approximate
                || from.getSqlTypeName() == SqlTypeName.DECIMAL && from.getScale() > 0;
        if (!fractional) {
            return converted;
        }
        if (SqlTypeName.INT_TYPES.contains(to.getSqlTypeName())) {
            return rex.makeCast(to, rex.makeCall(approximate ? RINT : SqlStdOperatorTable.ROUND, operand));
        }
        if (to.getSqlTypeName() == SqlTypeName.DECIMAL && (approximate || from.getScale() > to.getScale())) {
            RexNode digits = rex.makeExactLiteral(BigDecimal.valueOf(to.getScale()));
            return rex.makeCast(to, rex.makeCall(SqlStdOperatorTable.ROUND, operand, digits));
        }
        return converted;
    }
}
