package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;

/** Accumulates one column of a partition from batches and seals it into an immutable {@link Column}. */
abstract sealed class ColumnBuilder permits LongColumnBuilder, DoubleColumnBuilder, StringColumnBuilder {

    /** A builder for the column's type. */
    static ColumnBuilder forColumn(ColumnDef def) {
        return switch (def.type().kind()) {
            case DOUBLE -> new DoubleColumnBuilder();
            case VARCHAR -> new StringColumnBuilder();
            default -> new LongColumnBuilder();
        };
    }

    /** Appends rows {@code [0, batch.size())} of the batch's column {@code index}. */
    abstract void append(ColumnBatch batch, int index);

    abstract Column build();
}
