package io.subcube.engine.storage;

/**
 * An integer-like column (INTEGER, BIGINT, DATE days, BOOLEAN 0/1, DECIMAL unscaled) as a sequence of
 * bit-packed {@link PackedBlock}s of {@link PackedBlock#CAPACITY} rows; also the code vector of a
 * dictionary column.
 */
public final class LongColumn implements Column {

    private final PackedBlock[] blocks;
    private final NullMask nulls;
    private final int rows;
    private final long min;
    private final long max;

    LongColumn(PackedBlock[] blocks, NullMask nulls, int rows) {
        this.blocks = blocks;
        this.nulls = nulls;
        this.rows = rows;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        int allNullBlocks = 0;
        for (int b = 0; b < blocks.length; b++) {
            if (nulls != null && blockAllNull(b)) {
                allNullBlocks++;
                continue;
            }
            lo = Math.min(lo, blocks[b].min());
            hi = Math.max(hi, blocks[b].max());
        }
        this.min = allNullBlocks == blocks.length ? 0 : lo;
        this.max = allNullBlocks == blocks.length ? 0 : hi;
    }

    private boolean blockAllNull(int b) {
        int from = b << PackedBlock.SHIFT;
        int to = Math.min(rows, from + PackedBlock.CAPACITY);
        for (int r = from; r < to; r++) {
            if (!nulls.isNull(r)) {
                return false;
            }
        }
        return true;
    }

    /** Value of a row (meaningless for a NULL row). */
    public long get(int row) {
        return blocks[row >>> PackedBlock.SHIFT].get(row & (PackedBlock.CAPACITY - 1));
    }

    /** Decodes rows {@code [from, from + n)}, which must lie within one block, into {@code out}. */
    public void decode(int from, int n, long[] out) {
        blocks[from >>> PackedBlock.SHIFT].decode(from & (PackedBlock.CAPACITY - 1), n, out);
    }

    /**
     * Decodes rows {@code start + positions[i]}, {@code i < count}, into {@code out[i]}; the positions are
     * ascending and the rows lie within one block. When they are the first {@code count} rows of
     * {@code start} this is {@link #decode}.
     */
    public void gather(int start, int[] positions, int count, long[] out) {
        if (count == 0) {
            return;
        }
        PackedBlock block = blocks[start >>> PackedBlock.SHIFT];
        int from = start & (PackedBlock.CAPACITY - 1);
        if (positions[count - 1] == count - 1) {
            block.decode(from, count, out);
        } else {
            block.gather(from, positions, count, out);
        }
    }

    /** The block holding row {@code row}; its min/max bound the block's non-NULL values. */
    public PackedBlock blockOf(int row) {
        return blocks[row >>> PackedBlock.SHIFT];
    }

    public int blockCount() {
        return blocks.length;
    }

    /** Smallest non-NULL value of the partition. */
    public long min() {
        return min;
    }

    /** Largest non-NULL value of the partition. */
    public long max() {
        return max;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public NullMask nulls() {
        return nulls;
    }

    @Override
    public long bytes() {
        long b = 32 + 16 + 8L * blocks.length;
        for (PackedBlock block : blocks) {
            b += block.bytes();
        }
        return b + (nulls == null ? 0 : nulls.bytes());
    }

    @Override
    public String encoding() {
        int maxBits = 0;
        for (PackedBlock block : blocks) {
            maxBits = Math.max(maxBits, block.bits());
        }
        return maxBits == 0 ? "constant" : "bitpacked " + maxBits + "b";
    }
}
