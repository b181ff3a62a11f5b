package io.subcube.engine.sql;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Type rules where DOMAIN.md G6 fixes what engines disagree on: AVG of an exact numeric is DOUBLE, and
 * CASE branches of different string lengths give VARCHAR (not blank-padded CHAR).
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

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }
}
