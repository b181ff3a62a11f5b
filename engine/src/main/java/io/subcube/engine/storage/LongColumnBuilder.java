package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link LongColumn}, packing each block as soon as it is full. */
final class LongColumnBuilder extends ColumnBuilder {

    private final long[] buffer = new long[PackedBlock.CAPACITY];
    private final boolean[] present = new boolean[PackedBlock.CAPACITY];
    private final List<PackedBlock> blocks = new ArrayList<>();
    private final NullMaskBuilder nulls = new NullMaskBuilder();
    private int filled;
    private int rows;
    private boolean blockHasNull;

    @Override
    void append(ColumnBatch batch, int index) {
        append(batch.longs(index), batch.nulls(index), batch.size());
    }

    /** Appends {@code n} values; {@code isNull} may be null when none is NULL. */
    void append(long[] values, boolean[] isNull, int n) {
        int i = 0;
        while (i < n) {
            int take = Math.min(n - i, PackedBlock.CAPACITY - filled);
            System.arraycopy(values, i, buffer, filled, take);
            for (int k = 0; k < take; k++) {
                boolean nul = isNull != null && isNull[i + k];
                present[filled + k] = !nul;
                if (nul) {
                    nulls.setNull(rows + k);
                    blockHasNull = true;
                }
            }
            filled += take;
            rows += take;
            i += take;
            if (filled == PackedBlock.CAPACITY) {
                flush();
            }
        }
    }

    /** Appends one value. */
    void append(long value, boolean isNull) {
        buffer[filled] = value;
        present[filled] = !isNull;
        if (isNull) {
            nulls.setNull(rows);
            blockHasNull = true;
        }
        filled++;
        rows++;
        if (filled == PackedBlock.CAPACITY) {
            flush();
        }
    }

    private void flush() {
        blocks.add(PackedBlock.pack(buffer, filled, blockHasNull ? present : null));
        filled = 0;
        blockHasNull = false;
    }

    @Override
    LongColumn build() {
        if (filled > 0 || rows == 0) {
            flush();
        }
        return new LongColumn(blocks.toArray(new PackedBlock[0]), nulls.build(rows), rows);
    }
}
