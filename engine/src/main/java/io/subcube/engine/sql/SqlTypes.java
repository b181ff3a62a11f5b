package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** Maps Subcube column types to Calcite SQL types. */
final class SqlTypes {

    private SqlTypes() {
    }

    static RelDataType of(RelDataTypeFactory factory, ColumnType type, boolean nullable) {
        RelDataType t = switch (type.kind()) {
            case INTEGER -> factory.createSqlType(SqlTypeName.INTEGER);
            case BIGINT -> factory.createSqlType(SqlTypeName.BIGINT);
            case DOUBLE -> factory.createSqlType(SqlTypeName.DOUBLE);
            case DECIMAL -> factory.createSqlType(SqlTypeName.DECIMAL, type.precision(), type.scale());
            case VARCHAR -> factory.createSqlType(SqlTypeName.VARCHAR);
            case DATE -> factory.createSqlType(SqlTypeName.DATE);
            case BOOLEAN -> factory.createSqlType(SqlTypeName.BOOLEAN);
        };
        return factory.createTypeWithNullability(t, nullable);
    }

    /**
     * Whether values of two column types compare as stored: both integers (INTEGER and BIGINT hold the same
     * longs), or the same kind and scale other than DOUBLE (whose equality a key set would not respect).
     */
    static boolean storedAlike(ColumnType a, ColumnType b) {
        return isInteger(a) && isInteger(b)
                || a.kind() == b.kind() && a.scale() == b.scale() && a.kind() != ColumnType.Kind.DOUBLE;
    }

    static boolean isInteger(ColumnType t) {
        return t.kind() == ColumnType.Kind.INTEGER || t.kind() == ColumnType.Kind.BIGINT;
    }

    static RelDataType rowType(RelDataTypeFactory factory, List<ColumnDef> columns) {
        RelDataTypeFactory.Builder b = factory.builder();
        for (ColumnDef c : columns) {
            b.add(c.name(), of(factory, c.type(), c.nullable()));
        }
        return b.build();
    }

    /** The engine type of a computed SQL value (an aggregate, a group expression), or null when the engine does not produce it. */
    static ColumnType columnType(RelDataType t) {
        return switch (t.getSqlTypeName()) {
            case INTEGER -> ColumnType.INTEGER;
            case BIGINT -> ColumnType.BIGINT;
            case DOUBLE -> ColumnType.DOUBLE;
            case DECIMAL -> ColumnType.decimal(Math.min(18, Math.max(t.getPrecision(), t.getScale())), t.getScale());
            case VARCHAR, CHAR -> ColumnType.VARCHAR;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case DATE -> ColumnType.DATE;
            default -> null;
        };
    }
}
