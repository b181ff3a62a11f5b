package io.subcube.engine.sql;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Type rules where DOMAIN.md G6 fixes what engines disagree on: AVG of an exact numeric is DOUBLE, SUM of an
 * INTEGER is BIGINT, DECIMAL has up to 38 digits, and CASE branches of different string lengths give VARCHAR (not blank-padded CHAR).
 */
public final class SubcubeTypeSystem extends RelDataTypeSystemImpl {

    public static final SubcubeTypeSystem INSTANCE = new SubcubeTypeSystem();

    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
        if (SqlTypeName.EXACT_TYPES.contains(argumentType.getSqlTypeName())) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.DOUBLE),
                    argumentType.isNullable());
        }
        return super.deriveAvgAggType(typeFactory, argumentType);
    }

    /** SUM of an INTEGER is BIGINT (PostgreSQL's rule; DuckDB's is wider still), so it never wraps past 2^31. */
    @Override
    public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
        SqlTypeName t = argumentType.getSqlTypeName();
        if (t == SqlTypeName.INTEGER || t == SqlTypeName.SMALLINT || t == SqlTypeName.TINYINT) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT),
                    argumentType.isNullable());
        }
        return super.deriveSumType(typeFactory, argumentType);
    }

    /**
     * DECIMAL up to 38 digits, as DuckDB: with Calcite's default of 19, an IN list or comparison mixing a
     * BIGINT-sized value with a fraction was typed DECIMAL(19,0) or could not be typed at all.
     */
    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? 38 : super.getMaxPrecision(typeName);
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }
}
