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

    /**
     * The blocks' layouts ({@link PackedBlock}): {@code constant}, {@code bitpacked 13b}, or for blocks in the
     * framed or dictionary layouts e.g. {@code linear frames <=9b ~5.9b/row}, {@code dict(1000) 10b}.
     */
    @Override
    public String encoding() {
        int plainBits = -1;
        int framedBits = -1;
        int dictBits = -1;
        int dictSize = 0;
        boolean linear = false;
        long payload = 0;
        for (PackedBlock block : blocks) {
            payload += block.payloadBits();
            switch (block.layout()) {
                case PackedBlock.FRAMED -> {
                    framedBits = Math.max(framedBits, block.bits());
                    linear |= block.hasLinearFrames();
                }
                case PackedBlock.DICTIONARY -> {
                    dictBits = Math.max(dictBits, block.bits());
                    dictSize = Math.max(dictSize, block.dictionarySize());
                }
                default -> plainBits = Math.max(plainBits, block.bits());
            }
        }
        if (framedBits < 0 && dictBits < 0) {
            return plainBits <= 0 ? "constant" : "bitpacked " + plainBits + "b";
        }
        StringBuilder s = new StringBuilder();
        if (plainBits >= 0) {
            s.append("bitpacked ").append(plainBits).append("b + ");
        }
        if (framedBits >= 0) {
            s.append(linear ? "linear" : "framed").append(" frames <=").append(framedBits).append("b + ");
        }
        if (dictBits >= 0) {
            s.append("dict(").append(dictSize).append(") ").append(dictBits).append("b + ");
        }
        s.setLength(s.length() - 3);
        return s.append(String.format(java.util.Locale.ROOT, " ~%.1fb/row", (double) payload / Math.max(1, rows)))
                .toString();
    }
}
