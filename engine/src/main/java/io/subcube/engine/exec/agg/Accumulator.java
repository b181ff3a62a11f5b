package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.List;

/**
 * The running state of one aggregate for every group slot. A task's accumulator is bound to one partition's
 * column and adds rows a vector at a time; a merge target is unbound and only takes other accumulators'
 * slots. Arrays grow with the slots; the hot loops see only primitive arrays.
 */
abstract class Accumulator {

    /** Makes room for slots {@code [0, slots)}. */
    abstract void ensure(int slots);

    /** Adds rows {@code start + positions[i]}, {@code i < count}, each to slot {@code slots[i]}. */
    abstract void add(int start, int length, int[] positions, int count, int[] slots);

    /**
     * Adds rows {@code start + positions[i]}, {@code i < count}, all to slot 0: the aggregate without GROUP BY,
     * where an accumulator may take a vector's rows in bulk. {@code zeros} holds at least {@code count} zeros.
     */
    void addAll(int start, int length, int[] positions, int count, int[] zeros) {
        add(start, length, positions, count, zeros);
    }

    /** Adds slot {@code from} of {@code other}, an accumulator of the same aggregate, into slot {@code to}. */
    abstract void merge(Accumulator other, int from, int to);

    /** The aggregate of a slot, in the SQL layer's Java form. */
    abstract Object result(int slot);

    /**
     * An accumulator for {@code call}: bound to {@code partition}'s column when adding rows, or a merge
     * target when {@code partition} is null.
     */
    static Accumulator of(AggCall call, Partition partition, List<ColumnDef> defs) {
        if (call.column() < 0) {
            return new Count(null);
        }
        ColumnDef def = defs.get(call.column());
        Column column = partition == null ? null : partition.column(call.column());
        if (call.distinct()) {
            return def.type().kind() == ColumnType.Kind.VARCHAR
                    ? new DistinctStrings((StringColumn) column) : new DistinctLongs((LongColumn) column);
        }
        if (call.kind() == AggCall.Kind.COUNT) {
            return new Count(column == null ? null : column.nulls());
        }
        return switch (def.type().kind()) {
            case DOUBLE -> new DoubleStats(call, (DoubleColumn) column);
            case VARCHAR -> new StringExtreme(call, (StringColumn) column);
            default -> new LongStats(call, def, (LongColumn) column);
        };
    }

    /** Capacity for at least {@code slots}: doubling, so growth costs amortised O(1) per slot. */
    static int grown(int current, int slots) {
        return Math.max(slots, Math.max(16, current * 2));
    }
}
