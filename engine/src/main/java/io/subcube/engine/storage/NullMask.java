package io.subcube.engine.storage;

/** The NULL rows of one column of a partition as a plain bitset; absent when a column has no NULLs. */
public final class NullMask {

    private final long[] words;
    private final int count;

    NullMask(long[] words, int count) {
        this.words = words;
        this.count = count;
    }

    public boolean isNull(int row) {
        return (words[row >>> 6] & (1L << row)) != 0;
    }

    /** Number of NULL rows. */
    public int count() {
        return count;
    }

    /**
     * Copies the NULL bits of rows {@code [from, from + n)} into {@code out}; {@code from} is a multiple
     * of 64, so whole words are copied.
     */
    public void copyWords(int from, int n, long[] out) {
        int w0 = from >>> 6;
        int nw = (n + 63) >>> 6;
        int avail = Math.max(0, Math.min(nw, words.length - w0));
        System.arraycopy(words, w0, out, 0, avail);
        java.util.Arrays.fill(out, avail, nw, 0L);
    }

    public long bytes() {
        return 16 + 8L * words.length;
    }
}
