package io.subcube.engine.load;

import java.util.Arrays;

/**
 * {@code RANK() OVER (PARTITION BY group ORDER BY score DESC) − 1} and {@code COUNT(*) OVER (PARTITION BY
 * group)} for every row: the inputs of VALUE_TIER (DOMAIN.md §B3.4). Rows are sorted once by packed
 * (group, descending score, row) keys; ties share the rank of their first member.
 */
final class GroupRanks {

    private GroupRanks() {
    }

    static void compute(long[] group, long[] score, int n, long[] rankAbove, long[] groupCount) {
        if (n == 0) {
            return;
        }
        long[] groups = distinctSorted(group, n);
        long minScore = Long.MAX_VALUE;
        long maxScore = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            minScore = Math.min(minScore, score[i]);
            maxScore = Math.max(maxScore, score[i]);
        }
        int groupBits = bits(groups.length - 1);
        int scoreBits = bits(maxScore - minScore);
        int rowBits = bits(n - 1);
        if (groupBits + scoreBits + rowBits > 63) {
            throw new IllegalStateException("cannot rank " + n + " rows in " + groups.length + " groups by one sort");
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long g = Arrays.binarySearch(groups, group[i]);
            long descending = maxScore - score[i];
            keys[i] = (g << (scoreBits + rowBits)) | (descending << rowBits) | i;
        }
        Arrays.sort(keys);
        long rowMask = (1L << rowBits) - 1;
        int start = 0;
        while (start < n) {
            long g = keys[start] >>> (scoreBits + rowBits);
            int end = start;
            while (end < n && keys[end] >>> (scoreBits + rowBits) == g) {
                end++;
            }
            int firstOfTie = start;
            for (int k = start; k < end; k++) {
                int row = (int) (keys[k] & rowMask);
                if (score[row] != score[(int) (keys[firstOfTie] & rowMask)]) {
                    firstOfTie = k;
                }
                rankAbove[row] = firstOfTie - start;
                groupCount[row] = end - start;
            }
            start = end;
        }
    }

    private static long[] distinctSorted(long[] values, int n) {
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    private static int bits(long maxValue) {
        return maxValue <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(maxValue);
    }
}
