package io.subcube.datasets.generator;

import java.util.SplittableRandom;

/**
 * Joiner counts and ids. Initial subscribers 1..N are split into chunks of {@link #CHUNK} ids; the number
 * of joiners of chunk c in month index m ≥ 1 is drawn up front from a stream seeded by (seed, c, m) with
 * mean chunk size × {@link #MONTHLY_RATE}. Joiner ids continue after N in join order: month, then chunk,
 * then rank within the chunk.
 */
final class Joiners {

    /** Initial subscribers per chunk (the unit of parallel work; independent of the thread count). */
    static final int CHUNK = 4096;
    /** Expected monthly churn rate of the simulated base, which joiners replace. */
    static final double MONTHLY_RATE = 0.0172;

    final long subscribers;
    final int chunks;
    private final int[][] count;      // [chunk][month]
    private final long[][] firstId;   // [chunk][month] id of rank 1
    final long total;

    Joiners(GeneratorConfig config) {
        subscribers = config.subscribers();
        int months = config.months();
        chunks = (int) ((subscribers + CHUNK - 1) / CHUNK);
        count = new int[chunks][months];
        firstId = new long[chunks][months];
        for (int c = 0; c < chunks; c++) {
            double mean = chunkSize(c) * MONTHLY_RATE;
            for (int m = 1; m < months; m++) {
                count[c][m] = poisson(Seeds.joiners(config.seed(), c, m), mean);
            }
        }
        long next = subscribers + 1;
        for (int m = 1; m < months; m++) {
            for (int c = 0; c < chunks; c++) {
                firstId[c][m] = next;
                next += count[c][m];
            }
        }
        total = next - 1;
    }

    int chunkSize(int c) {
        long first = (long) c * CHUNK;
        return (int) Math.min(CHUNK, subscribers - first);
    }

    long firstInitialId(int c) {
        return (long) c * CHUNK + 1;
    }

    int count(int c, int m) {
        return count[c][m];
    }

    long firstId(int c, int m) {
        return firstId[c][m];
    }

    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 60) {
            double limit = Math.exp(-mean);
            double p = rng.nextDouble();
            int k = 0;
            while (p > limit) {
                p *= rng.nextDouble();
                k++;
            }
            return k;
        }
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
    }
}
