package io.subcube.datasets.generator;

import java.util.SplittableRandom;

/** Random-draw and clamping helpers shared by the parts of the subscriber simulation. */
final class Draws {

    private Draws() {
    }

    /** A uniform draw in [lo, hi). */
    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    /** The index drawn by {@code u} from probabilities that sum to 1 (the last takes any rounding rest). */
    static int pick(double[] probabilities, double u) {
        double acc = 0;
        for (int i = 0; i < probabilities.length - 1; i++) {
            acc += probabilities[i];
            if (u < acc) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    /** The index drawn by {@code u} from cumulative probabilities (the last is taken as 1). */
    static int pickCumulative(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : x > hi ? hi : x;
    }

    static int clampRound(double x, int lo, int hi) {
        long v = Math.round(x);
        return (int) (v < lo ? lo : v > hi ? hi : v);
    }
}
