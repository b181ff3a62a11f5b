package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.exec.Filter;
import io.subcube.engine.exec.agg.AggCall;
import java.util.List;
import org.apache.calcite.rel.core.AggregateCall;

/** Translates Calcite's aggregate calls into the engine's {@link AggCall}s, or says they cannot be pushed. */
final class AggCalls {

    private AggCalls() {
    }

    /**
     * The engine's form of {@code call} over an input whose fields are table columns {@code columns} (−1 for a
     * field that is not a column), or null when the engine does not evaluate it (other functions, WITHIN
     * GROUP, DISTINCT other than COUNT's, COUNT of several columns, an argument that is not a column, a
     * result type the engine does not produce). {@code filter} is the call's FILTER as the engine's filter,
     * {@link Filter#TRUE} when it has none, or null when it has one the engine does not evaluate.
     */
    static AggCall of(AggregateCall call, int[] columns, List<ColumnDef> defs, Filter filter) {
        if (filter == null || !call.collation.getFieldCollations().isEmpty() || call.isApproximate()) {
            return null;
        }
        AggCall.Kind kind = switch (call.getAggregation().getKind()) {
            case COUNT -> AggCall.Kind.COUNT;
            case SUM -> AggCall.Kind.SUM;
            case SUM0 -> AggCall.Kind.SUM0;
            case MIN -> AggCall.Kind.MIN;
            case MAX -> AggCall.Kind.MAX;
            case AVG -> AggCall.Kind.AVG;
            default -> null;
        };
        ColumnType result = SqlTypes.columnType(call.getType());
        if (kind == null || result == null) {
            return null;
        }
        List<Integer> args = call.getArgList();
        if (args.isEmpty()) {
            return kind == AggCall.Kind.COUNT && !call.isDistinct()
                    ? new AggCall(AggCall.Kind.COUNT, -1, false, ColumnType.BIGINT, filter) : null;
        }
        if (args.size() > 1) {
            return null;
        }
        int column = columns[args.get(0)];
        if (column < 0) {
            return null;
        }
        ColumnType.Kind input = defs.get(column).type().kind();
        boolean numeric = input != ColumnType.Kind.VARCHAR && input != ColumnType.Kind.BOOLEAN
                && input != ColumnType.Kind.DATE;
        boolean distinct = call.isDistinct() && kind != AggCall.Kind.MIN && kind != AggCall.Kind.MAX;
        boolean supported = switch (kind) {
            case COUNT -> !distinct || input != ColumnType.Kind.DOUBLE;
            case SUM, SUM0, AVG -> !distinct && numeric;
            case MIN, MAX -> true;
        };
        return supported ? new AggCall(kind, column, distinct, result, filter) : null;
    }
}
