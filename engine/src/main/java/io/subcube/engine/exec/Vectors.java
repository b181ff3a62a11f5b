package io.subcube.engine.exec;

/** Bit-mask helpers for vectors of {@link #SIZE} rows held in {@link #WORDS} longs. */
final class Vectors {

    /** Rows per vector; divides {@code PackedBlock.CAPACITY}, so a vector never straddles two blocks. */
    static final int SIZE = 1024;
    static final int WORDS = SIZE / 64;

    private Vectors() {
    }

    static int words(int n) {
        return (n + 63) >>> 6;
    }

    /** Sets the first {@code n} bits and clears the rest of the vector's words. */
    static void ones(long[] m, int n) {
        int full = n >>> 6;
        java.util.Arrays.fill(m, 0, full, -1L);
        if ((n & 63) != 0) {
            m[full] = (1L << n) - 1;
            full++;
        }
        java.util.Arrays.fill(m, full, WORDS, 0L);
    }

    static void zero(long[] m) {
        java.util.Arrays.fill(m, 0L);
    }

    static boolean isZero(long[] m, int n) {
        for (int w = 0, nw = words(n); w < nw; w++) {
            if (m[w] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Mask of the first {@code n} bits of word {@code w}. */
    static long valid(int w, int n) {
        int remaining = n - (w << 6);
        return remaining >= 64 ? -1L : remaining <= 0 ? 0 : (1L << remaining) - 1;
    }

    /** The number of set bits among the first {@code n}. */
    static int count(long[] m, int n) {
        int c = 0;
        for (int w = 0, nw = words(n); w < nw; w++) {
            c += Long.bitCount(m[w] & valid(w, n));
        }
        return c;
    }

    /** Writes the positions of the set bits into {@code out}; returns their number. */
    static int positions(long[] m, int n, int[] out) {
        int k = 0;
        for (int w = 0, nw = words(n); w < nw; w++) {
            long word = m[w];
            while (word != 0) {
                out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return k;
    }
}
