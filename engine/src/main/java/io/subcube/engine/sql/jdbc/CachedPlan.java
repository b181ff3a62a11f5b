package io.subcube.engine.sql.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.jdbc.CalciteSchema;

/**
 * A statement shape prepared once, as a prepared statement is, and then run for each statement of that
 * shape with the statement's lifted literals as the parameter values.
 */
final class CachedPlan {

    /** A shape that failed to prepare; statements of that shape are prepared as written. */
    static final CachedPlan UNPREPARED = new CachedPlan(null);

    private final CalciteSignature<?> shape;

    private CachedPlan(CalciteSignature<?> shape) {
        this.shape = shape;
    }

    /** Prepares a shape; {@link #UNPREPARED} when that fails or the shape is not a query. */
    static CachedPlan prepare(Supplier<CalciteSignature<?>> preparation) {
        CalciteSignature<?> signature;
        try {
            signature = preparation.get();
        } catch (RuntimeException e) {
            // The statement as written may still prepare, or it fails with positions in the user's text.
            return UNPREPARED;
        }
        return signature.statementType == Meta.StatementType.SELECT ? new CachedPlan(signature) : UNPREPARED;
    }

    /**
     * The signature of statement {@code sql}, this plan with its literals bound as parameter values: the
     * shape's columns and row type, no parameters of its own (the statement has none), at most
     * {@code maxRowCount} rows; {@code null} when a literal does not fit its parameter's type exactly.
     */
    @SuppressWarnings("unchecked")
    <T> CalciteSignature<T> bind(String sql, List<LiftedLiteral> literals, CalciteSchema rootSchema,
                                 long maxRowCount) {
        if (shape == null || shape.parameters.size() != literals.size()) {
            return null;
        }
        // Calcite puts a signature's internal parameters into the DataContext of each run, where the plan
        // reads parameter ?i.
        Map<String, Object> values = new HashMap<>(shape.internalParameters);
        for (int i = 0; i < literals.size(); i++) {
            Object value = literals.get(i).valueFor(shape.parameters.get(i));
            if (value == null) {
                return null;
            }
            values.put("?" + i, value);
        }
        CalciteSignature<T> s = (CalciteSignature<T>) shape;
        return new CalciteSignature<>(sql, List.of(), values, s.rowType, s.columns, s.cursorFactory, rootSchema,
                s.getCollationList(), maxRowCount, s::enumerable, s.statementType);
    }
}
