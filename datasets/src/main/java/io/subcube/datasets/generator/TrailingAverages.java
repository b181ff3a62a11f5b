package io.subcube.datasets.generator;

/**
 * The trailing columns of subscriber_month (§B2.1): the *_avg3 means over the previous min(3, tenure) simulated
 * months, rounded half up (the current value at tenure 0), and mms_mt_3m, MMS received in this and the two
 * previous months. Keeps the last three months in a ring.
 */
final class TrailingAverages {

    private static final int SPAN = 3;

    private final long[] arpuRing = new long[SPAN];
    private final long[] returnRateRing = new long[SPAN];
    private final int[] mouRing = new int[SPAN];
    private final int[] circleRing = new int[SPAN];
    private final int[] mmsReceivedRing = new int[SPAN];
    private int count;
    private int next;

    long arpu;
    long returnRate;
    int mou;
    int circle;
    int mmsReceived3m;

    /** Forgets the previous subscriber's months. */
    void reset() {
        count = 0;
        next = 0;
    }

    /** Computes this month's trailing values from the previous months, then remembers this month. */
    void add(int tenure, MonthlyUsage u) {
        int n = Math.min(count, Math.min(SPAN, tenure));
        mmsReceived3m = u.mmsReceived;
        if (n == 0) {
            arpu = u.arpu;
            returnRate = u.returnRate;
            mou = u.mou;
            circle = u.circle;
        } else {
            long sumArpu = 0;
            long sumReturnRate = 0;
            long sumMou = 0;
            long sumCircle = 0;
            for (int i = 1; i <= n; i++) {
                int p = (next - i + SPAN) % SPAN;
                sumArpu += arpuRing[p];
                sumReturnRate += returnRateRing[p];
                sumMou += mouRing[p];
                sumCircle += circleRing[p];
                if (i < SPAN) {
                    mmsReceived3m += mmsReceivedRing[p];
                }
            }
            arpu = halfUp(sumArpu, n);
            returnRate = halfUp(sumReturnRate, n);
            mou = (int) halfUp(sumMou, n);
            circle = (int) halfUp(sumCircle, n);
        }
        arpuRing[next] = u.arpu;
        returnRateRing[next] = u.returnRate;
        mouRing[next] = u.mou;
        circleRing[next] = u.circle;
        mmsReceivedRing[next] = u.mmsReceived;
        next = (next + 1) % SPAN;
        count++;
    }

    private static long halfUp(long sum, int n) {
        return (2 * sum + n) / (2L * n);
    }
}
