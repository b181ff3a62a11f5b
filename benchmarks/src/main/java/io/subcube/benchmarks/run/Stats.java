package io.subcube.benchmarks.run;

import java.util.Arrays;

/**
 * Summary of the timed calls of one query form on one engine, in milliseconds.
 *
 * @param median the middle time (mean of the two middle ones for an even count)
 * @param p90    the 90th percentile, nearest rank: no more than 10% of calls were slower
 * @param calls  how many calls were timed
 */
public record Stats(double median, double p90, int calls) {

    /** The summary of elapsed times in nanoseconds. */
    public static Stats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no timed calls");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        long p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
        return new Stats(median / 1e6, p90 / 1e6, n);
    }
}
