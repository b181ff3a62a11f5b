package io.subcube.duckdb;

import io.subcube.functions.FunctionCatalog;
import io.subcube.functions.FunctionSignature;
import io.subcube.functions.ScoringParameters;
import io.subcube.functions.SqlType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkReader;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBLogicalType;
import org.duckdb.DuckDBReadableVector;
import org.duckdb.DuckDBScalarFunctionBuilder;
import org.duckdb.DuckDBWritableVector;

/**
 * Registers every §B3 function of {@link FunctionCatalog} in DuckDB as a vectorised Java scalar UDF,
 * bound to a dataset's {@link ScoringParameters}, so both engines compute the same thing. DuckDB does not
 * narrow DOUBLE to DECIMAL implicitly, so numeric arguments are declared DOUBLE (or BIGINT for integers)
 * and converted back to the signature's exact type as CAST would; results carry the exact type.
 */
public final class DuckDbFunctions {

    private DuckDbFunctions() {
    }

    public static void register(Connection connection, ScoringParameters parameters) throws SQLException {
        for (FunctionSignature s : FunctionCatalog.all()) {
            try (DuckDBScalarFunctionBuilder b = DuckDBFunctions.scalarFunction()) {
                b.withName(s.name());
                for (FunctionSignature.Argument a : s.arguments()) {
                    b.withParameter(argumentType(a.type()));
                }
                b.withReturnType(resultType(s.returns()));
                if (!s.nullMeaningful()) {
                    b.withNullInNullOut();
                }
                b.withVectorizedFunction((in, out) -> apply(s, parameters, in, out));
                b.register(connection);
            }
        }
    }

    private static DuckDBColumnType argumentType(SqlType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT -> DuckDBColumnType.BIGINT;
            case DOUBLE, DECIMAL -> DuckDBColumnType.DOUBLE;
            case VARCHAR -> DuckDBColumnType.VARCHAR;
            case BOOLEAN -> DuckDBColumnType.BOOLEAN;
        };
    }

    private static DuckDBLogicalType resultType(SqlType type) throws SQLException {
        return switch (type.kind()) {
            case INTEGER -> DuckDBLogicalType.of(DuckDBColumnType.INTEGER);
            case BIGINT -> DuckDBLogicalType.of(DuckDBColumnType.BIGINT);
            case DOUBLE -> DuckDBLogicalType.of(DuckDBColumnType.DOUBLE);
            case DECIMAL -> DuckDBLogicalType.decimal(type.precision(), type.scale());
            case VARCHAR -> DuckDBLogicalType.of(DuckDBColumnType.VARCHAR);
            case BOOLEAN -> DuckDBLogicalType.of(DuckDBColumnType.BOOLEAN);
        };
    }

    private static void apply(FunctionSignature s, ScoringParameters parameters, DuckDBDataChunkReader in,
                              DuckDBWritableVector out) {
        List<FunctionSignature.Argument> declared = s.arguments();
        DuckDBReadableVector[] vectors = new DuckDBReadableVector[declared.size()];
        for (int j = 0; j < vectors.length; j++) {
            vectors[j] = in.vector(j);
        }
        Object[] args = new Object[vectors.length];
        for (long row = 0, n = in.rowCount(); row < n; row++) {
            for (int j = 0; j < vectors.length; j++) {
                args[j] = vectors[j].isNull(row) ? null : read(vectors[j], row, declared.get(j).type());
            }
            write(out, row, s.invoke(parameters, args));
        }
    }

    private static Object read(DuckDBReadableVector v, long row, SqlType type) {
        return switch (type.kind()) {
            case INTEGER -> Math.toIntExact(v.getLong(row));
            case BIGINT -> v.getLong(row);
            case DOUBLE -> v.getDouble(row);
            case DECIMAL -> BigDecimal.valueOf(v.getDouble(row)).setScale(type.scale(), RoundingMode.HALF_UP);
            case VARCHAR -> v.getString(row);
            case BOOLEAN -> v.getBoolean(row);
        };
    }

    private static void write(DuckDBWritableVector out, long row, Object value) {
        if (value == null) {
            out.setNull(row);
        } else if (value instanceof BigDecimal d) {
            out.setBigDecimal(row, d);
        } else if (value instanceof Integer i) {
            out.setInt(row, i);
        } else if (value instanceof Long l) {
            out.setLong(row, l);
        } else if (value instanceof Double d) {
            out.setDouble(row, d);
        } else if (value instanceof Boolean b) {
            out.setBoolean(row, b);
        } else {
            out.setString(row, (String) value);
        }
    }
}
