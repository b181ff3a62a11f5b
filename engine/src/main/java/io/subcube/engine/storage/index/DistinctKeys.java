package io.subcube.engine.storage.index;

import io.subcube.engine.storage.LongColumn;
import java.util.Arrays;

/** The distinct non-NULL keys of a column, found in one pass that gives up past a bound. */
final class DistinctKeys {

    /** Widest key span marked in a direct table rather than searched (dictionary codes, flags, bands). */
    static final int DENSE_SPAN = 1 << 12;

    private DistinctKeys() {
    }

    /** The sorted distinct non-NULL keys, or {@code null} when there are more than {@code cap}. */
    static long[] upTo(LongColumn column, int cap) {
        long span = column.max() - column.min();
        return span >= 0 && span < DENSE_SPAN ? dense(column, cap) : sparse(column, cap);
    }

    /** Keys within a narrow span, marked in a table indexed by {@code key − min}. */
    private static long[] dense(LongColumn column, int cap) {
        long min = column.min();
        boolean[] seen = new boolean[(int) (column.max() - min) + 1];
        int distinct = 0;
        KeyChunks chunks = new KeyChunks(column);
        while (chunks.next()) {
            long[] keys = chunks.keys();
            for (int i = 0, n = chunks.length(); i < n; i++) {
                int k = (int) (keys[i] - min);
                if (!seen[k] && !chunks.isNull(i)) {
                    seen[k] = true;
                    if (++distinct > cap) {
                        return null;
                    }
                }
            }
        }
        long[] keys = new long[distinct];
        for (int i = 0, n = 0; i < seen.length; i++) {
            if (seen[i]) {
                keys[n++] = min + i;
            }
        }
        return keys;
    }

    /** Keys spread wide: kept sorted, giving up at the first key past the cap (a measure or an id). */
    private static long[] sparse(LongColumn column, int cap) {
        long[] found = new long[cap];
        int n = 0;
        KeyChunks chunks = new KeyChunks(column);
        while (chunks.next()) {
            long[] keys = chunks.keys();
            for (int i = 0, len = chunks.length(); i < len; i++) {
                if (chunks.isNull(i)) {
                    continue;
                }
                int at = Arrays.binarySearch(found, 0, n, keys[i]);
                if (at < 0) {
                    if (n == cap) {
                        return null;
                    }
                    at = -at - 1;
                    System.arraycopy(found, at, found, at + 1, n - at);
                    found[at] = keys[i];
                    n++;
                }
            }
        }
        return Arrays.copyOf(found, n);
    }
}
