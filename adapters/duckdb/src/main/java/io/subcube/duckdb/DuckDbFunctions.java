package io.subcube.duckdb;

import io.subcube.functions.DomainException;
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
 * bound to a dataset's {@link ScoringParameters}, so both engines compute the same thing. Results carry
 * the signature's exact type.
 *
 * <p>Arguments (DOMAIN.md G6: any numeric type is accepted where a signature says DOUBLE, DECIMAL or
 * INTEGER, converted as SQL CAST would). DuckDB does not narrow DOUBLE to DECIMAL implicitly, so DECIMAL
 * and DOUBLE arguments are declared DOUBLE and a DECIMAL one is read back as the decimal the double
 * prints as ({@link BigDecimal#valueOf(double)}, exact for decimals of up to 15 significant digits),
 * rounded HALF_UP to the signature's scale, as Subcube converts a DOUBLE argument (DuckDB's own CAST of a
 * DOUBLE to DECIMAL can differ by one unit on a binary near-tie: CAST(1.005E0 AS DECIMAL(5,2)) is 1.00). DuckDB does not narrow DECIMAL or DOUBLE to an integer type
 * implicitly either, so a signature with INTEGER or BIGINT arguments is registered twice, its integer
 * arguments declared
 * <ul>
 *   <li>BIGINT: integer arguments, read exactly (DuckDB prefers this overload whenever all fit);</li>
 *   <li>DOUBLE: anything else (DECIMAL, DOUBLE, HUGEINT, …), rounded half away from zero as a CAST of a
 *       DECIMAL to an integer rounds (DuckDB, PostgreSQL, Subcube). DuckDB picks this overload for some
 *       calls with DECIMAL arguments (e.g. {@code F(44.5, 120, 6, 2)}: its cast costs prefer DOUBLE over
 *       DECIMAL for integer literals), so the function cannot tell a DECIMAL from a DOUBLE here; the one
 *       difference from DuckDB's own CAST is that a DOUBLE exactly halfway rounds away from zero where
 *       DuckDB's CAST of a DOUBLE rounds to even.</li>
 * </ul>
 * An integer value outside the argument's type, or a non-finite double, is a G3 error naming the argument.
 * A G3 error reaches SQL as DuckDB's {@code Invalid Input Error: FUNC: argument <name> out of range: <value>}
 * without a Java stack trace.
 */
public final class DuckDbFunctions {

    /** How the integer arguments of one registration are declared. */
    private enum IntegerArguments {
        BIGINT, DOUBLE
    }

    private DuckDbFunctions() {
    }

    public static void register(Connection connection, ScoringParameters parameters) throws SQLException {
        for (FunctionSignature s : FunctionCatalog.all()) {
            boolean hasIntegers = s.arguments().stream().anyMatch(a -> isInteger(a.type()));
            if (hasIntegers) {
                for (IntegerArguments mode : IntegerArguments.values()) {
                    register(connection, parameters, s, mode);
                }
            } else {
                register(connection, parameters, s, IntegerArguments.BIGINT);
            }
        }
    }

    private static void register(Connection connection, ScoringParameters parameters, FunctionSignature s,
                                 IntegerArguments mode) throws SQLException {
        try (DuckDBScalarFunctionBuilder b = DuckDBFunctions.scalarFunction()) {
            b.withName(s.name());
            for (FunctionSignature.Argument a : s.arguments()) {
                b.withParameter(argumentType(a.type(), mode));
            }
            b.withReturnType(resultType(s.returns()));
            if (!s.nullMeaningful()) {
                b.withNullInNullOut();
            }
            b.withVectorizedFunction((in, out) -> apply(s, parameters, mode, in, out));
            b.register(connection);
        }
    }

    private static boolean isInteger(SqlType type) {
        return type.kind() == SqlType.Kind.INTEGER || type.kind() == SqlType.Kind.BIGINT;
    }

    private static DuckDBLogicalType argumentType(SqlType type, IntegerArguments mode) throws SQLException {
        return switch (type.kind()) {
            case INTEGER, BIGINT -> switch (mode) {
                case BIGINT -> DuckDBLogicalType.of(DuckDBColumnType.BIGINT);
                case DOUBLE -> DuckDBLogicalType.of(DuckDBColumnType.DOUBLE);
            };
            case DOUBLE, DECIMAL -> DuckDBLogicalType.of(DuckDBColumnType.DOUBLE);
            case VARCHAR -> DuckDBLogicalType.of(DuckDBColumnType.VARCHAR);
            case BOOLEAN -> DuckDBLogicalType.of(DuckDBColumnType.BOOLEAN);
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

    private static void apply(FunctionSignature s, ScoringParameters parameters, IntegerArguments mode,
                              DuckDBDataChunkReader in, DuckDBWritableVector out) {
        List<FunctionSignature.Argument> declared = s.arguments();
        DuckDBReadableVector[] vectors = new DuckDBReadableVector[declared.size()];
        for (int j = 0; j < vectors.length; j++) {
            vectors[j] = in.vector(j);
        }
        Object[] args = new Object[vectors.length];
        try {
            for (long row = 0, n = in.rowCount(); row < n; row++) {
                for (int j = 0; j < vectors.length; j++) {
                    args[j] = vectors[j].isNull(row) ? null : read(s, declared.get(j), mode, vectors[j], row);
                }
                write(out, row, s.invoke(parameters, args));
            }
        } catch (DomainException e) {
            throw new FunctionError(e);
        }
    }

    private static Object read(FunctionSignature s, FunctionSignature.Argument a, IntegerArguments mode,
                               DuckDBReadableVector v, long row) {
        SqlType type = a.type();
        return switch (type.kind()) {
            case INTEGER, BIGINT -> integer(s, a, mode, v, row);
            case DOUBLE -> v.getDouble(row);
            case DECIMAL -> BigDecimal.valueOf(finite(s, a, v.getDouble(row))).setScale(type.scale(),
                    RoundingMode.HALF_UP);
            case VARCHAR -> v.getString(row);
            case BOOLEAN -> v.getBoolean(row);
        };
    }

    /** An INTEGER or BIGINT argument as its Java carrier: exact from BIGINT, rounded half away from zero from DOUBLE. */
    private static Object integer(FunctionSignature s, FunctionSignature.Argument a, IntegerArguments mode,
                                  DuckDBReadableVector v, long row) {
        boolean isInt = a.type().kind() == SqlType.Kind.INTEGER;
        if (mode == IntegerArguments.BIGINT) {
            long l = v.getLong(row);
            if (!isInt) {
                return l;
            }
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw new DomainException(s.name(), a.name(), l);
            }
            return (int) l;
        }
        // HALF_UP on a BigDecimal is half away from zero; the double's exact value decides (a decimal x.5 is exact).
        BigDecimal value = new BigDecimal(finite(s, a, v.getDouble(row))).setScale(0, RoundingMode.HALF_UP);
        long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new DomainException(s.name(), a.name(), value.toPlainString());
        }
        return isInt ? (Object) value.intValueExact() : (Object) value.longValueExact();
    }

    private static double finite(FunctionSignature s, FunctionSignature.Argument a, double d) {
        if (!Double.isFinite(d)) {
            throw new DomainException(s.name(), a.name(), d);
        }
        return d;
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

    /**
     * A G3 error as DuckDB should show it: DuckDB reports a UDF's exception by its printed stack trace, so
     * this one prints as its message alone ({@code FUNC: argument <name> out of range: <value>}).
     */
    private static final class FunctionError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FunctionError(DomainException cause) {
            super(cause.getMessage(), null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
