package io.subcube.datasets.generator;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * City figures that aggregate exactly to the province's: integer parts that add up to a total, and values whose
 * weighted mean rounds to a target the way the province row rounds it.
 */
final class ExactSplit {

    /** Weights are compared in millionths: finer than any pattern the generator uses, and exact integers. */
    private static final double WEIGHT_UNIT = 1e6;

    private ExactSplit() {
    }

    /**
     * Parts of {@code total} in proportion to {@code weights} by largest remainder (ties to the lower index),
     * except part {@code fixed}, which is {@code fixedValue}; {@code fixed} −1 fixes none. The parts add up to
     * {@code total} exactly, which is what keeps a province row the sum of its city rows.
     */
    static long[] split(long total, double[] weights, int fixed, long fixedValue) {
        int n = weights.length;
        long rest = fixed < 0 ? total : total - fixedValue;
        long[] w = new long[n];
        long sumW = 0;
        for (int i = 0; i < n; i++) {
            if (i != fixed) {
                if (!(weights[i] > 0)) {
                    throw new IllegalArgumentException("weight " + i + " is not positive: " + weights[i]);
                }
                w[i] = Math.round(weights[i] * WEIGHT_UNIT);
                sumW += w[i];
            }
        }
        if (rest < 0) {
            throw new IllegalArgumentException("fixed part " + fixedValue + " exceeds the total " + total);
        }
        long[] out = new long[n];
        long[] remainder = new long[n];
        long assigned = 0;
        BigInteger r = BigInteger.valueOf(rest);
        BigInteger s = BigInteger.valueOf(sumW);
        for (int i = 0; i < n; i++) {
            if (i == fixed) {
                out[i] = fixedValue;
                continue;
            }
            BigInteger[] qr = r.multiply(BigInteger.valueOf(w[i])).divideAndRemainder(s);
            out[i] = qr[0].longValueExact();
            remainder[i] = qr[1].longValueExact();
            assigned += out[i];
        }
        // what the floors left over (fewer units than parts) goes to the largest remainders
        long left = rest - assigned;
        int[] order = IntStream.range(0, n).filter(i -> i != fixed).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -remainder[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < left; k++) {
            out[order[k]]++;
        }
        return out;
    }

    /**
     * Values at 4 dp whose mean weighted by {@code weight} ({@link #mean}) rounds to {@code target} at 4 dp:
     * part {@code fixed} (−1: none) is {@code fixedValue}, the others a common multiple of {@code pattern}, and
     * the heaviest other part takes the last ten-thousandths.
     */
    static double[] meanRound4(double target, long[] weight, double[] pattern, int fixed, double fixedValue) {
        int n = weight.length;
        double rest = 0;
        double sumW = 0;
        int adjust = -1;
        for (int i = 0; i < n; i++) {
            sumW += weight[i];
            if (i != fixed) {
                rest += pattern[i] * weight[i];
                if (adjust < 0 || weight[i] > weight[adjust]) {
                    adjust = i;
                }
            }
        }
        double lambda = (target * sumW - (fixed < 0 ? 0 : fixedValue * weight[fixed])) / rest;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i == fixed ? fixedValue : ServiceDraws.round4(lambda * pattern[i]);
        }
        double goal = ServiceDraws.round4(target);
        for (int k = 0; k < 100; k++) {
            double mean = ServiceDraws.round4(mean(v, weight));
            if (mean == goal) {
                return v;
            }
            v[adjust] = ServiceDraws.round4(v[adjust] + (mean < goal ? 0.0001 : -0.0001));
        }
        throw new IllegalStateException("no 4-dp values average to " + target);
    }

    /**
     * Values in hundredths, {@code target + offset[i]} shifted so that their mean weighted by {@code weight}
     * ({@link #meanHundredths}) is {@code target} in hundredths; the heaviest part takes the last hundredths.
     */
    static long[] hundredthsAround(double target, double[] offset, long[] weight) {
        int n = weight.length;
        double shift = 0;
        double sumW = 0;
        int adjust = 0;
        for (int i = 0; i < n; i++) {
            sumW += weight[i];
            if (weight[i] > weight[adjust]) {
                adjust = i;
            }
        }
        for (int i = 0; i < n; i++) {
            shift += offset[i] * weight[i] / sumW;
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((target + offset[i] - shift) * 100);
        }
        long goal = Math.round(target * 100);
        for (int k = 0; k < 100; k++) {
            long mean = meanHundredths(v, weight);
            if (mean == goal) {
                return v;
            }
            v[adjust] += mean < goal ? 1 : -1;
        }
        throw new IllegalStateException("no values in hundredths average to " + target);
    }

    /** The mean of {@code v} weighted by {@code weight}, in double. */
    static double mean(double[] v, long[] weight) {
        double sum = 0;
        long sumW = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i] * weight[i];
            sumW += weight[i];
        }
        return sum / sumW;
    }

    /** The mean of values in hundredths weighted by {@code weight}, rounded to a hundredth. */
    static long meanHundredths(long[] hundredths, long[] weight) {
        long sum = 0;
        long sumW = 0;
        for (int i = 0; i < hundredths.length; i++) {
            sum += hundredths[i] * weight[i];
            sumW += weight[i];
        }
        return Math.round((double) sum / sumW);
    }
}
