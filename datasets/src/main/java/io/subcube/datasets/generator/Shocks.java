package io.subcube.datasets.generator;

import java.util.SplittableRandom;

/**
 * The joiner shocks of DOMAIN.md §B2.13: each month 6% of grids and 3% of counties keep only a share
 * U(0.3, 0.7) of the joiners whose home is there; the rest are re-homed to another grid of the same city
 * and market type. Deterministic from (seed, month).
 */
final class Shocks {

    static final double GRID_SHARE = 0.06;
    static final double COUNTY_SHARE = 0.03;

    private final double[][] gridKeep;   // [month index][grid] 1.0 = not shocked
    private final double[][] countyKeep; // [month index][county]

    Shocks(GeneratorConfig config) {
        int months = config.months();
        gridKeep = new double[months][];
        countyKeep = new double[months][];
        int shockedGrids = (int) Math.round(GRID_SHARE * Geography.GRIDS);
        int shockedCounties = (int) Math.round(COUNTY_SHARE * Geography.COUNTIES);
        for (int m = 0; m < months; m++) {
            SplittableRandom rng = Seeds.shocks(config.seed(), config.monthId(m));
            gridKeep[m] = pick(rng, Geography.GRIDS, shockedGrids);
            countyKeep[m] = pick(rng, Geography.COUNTIES, shockedCounties);
        }
    }

    private static double[] pick(SplittableRandom rng, int n, int k) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        double[] keep = new double[n];
        java.util.Arrays.fill(keep, 1.0);
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            keep[idx[i]] = 0.3 + 0.4 * rng.nextDouble();
        }
        return keep;
    }

    /** Probability that a joiner of month index {@code m} homed in {@code grid} keeps that home. */
    double keep(int m, int grid) {
        return gridKeep[m][grid] * countyKeep[m][Geography.INSTANCE.gridCounty[grid]];
    }

    boolean shocked(int m, int grid) {
        return keep(m, grid) < 1.0;
    }
}
