package io.subcube.engine.storage;

/** The values of one column within one partition; immutable. */
public sealed interface Column permits LongColumn, DoubleColumn, StringColumn {

    /** Number of rows. */
    int rows();

    /** The NULL rows, or {@code null} when the column holds no NULL in this partition. */
    NullMask nulls();

    /** Heap bytes used by the values, dictionary and null mask. */
    long bytes();

    /** Short description of the physical encoding, for {@code sys.columns}. */
    String encoding();

    default boolean isNull(int row) {
        NullMask n = nulls();
        return n != null && n.isNull(row);
    }
}
