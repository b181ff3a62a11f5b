package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Catalog.BUSINESS;
import static io.subcube.datasets.generator.Catalog.FARMER;
import static io.subcube.datasets.generator.Catalog.GOTONE;
import static io.subcube.datasets.generator.Catalog.MIGRANT;
import static io.subcube.datasets.generator.Catalog.SELF_EMP;
import static io.subcube.datasets.generator.Catalog.SENIOR;
import static io.subcube.datasets.generator.Draws.uniform;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The subscriber's calling profile, one of the §B3.12 classes, with its shares of long-distance, roaming, VPMN
 * and international minutes; and each month's split of the voice minutes by those shares.
 */
final class CallingProfile {

    static final int LOCAL = 0;
    static final int LD_OUT = 1;
    static final int LD_IN = 2;
    static final int ROAM = 3;
    static final int VPMN = 4;
    static final int INTL = 5;
    static final int LOW = 6;

    /** Kinds of minutes split off the total, in the order of their draws and columns. */
    static final int MIN_LD_OUT = 0;
    static final int MIN_LD_IN = 1;
    static final int MIN_ROAM = 2;
    static final int MIN_VPMN = 3;
    static final int MIN_INTL = 4;
    private static final int MINUTE_KINDS = 5;
    /** Local minutes keep at least this share of the total (§B2.1: local = total − the split-off kinds ≥ 0). */
    private static final double MAX_SPLIT_SHARE = 0.97;

    private static final double[] P_LOW = {0.06, 0.14, 0.19};

    private final SubscriberProfile subscriber;
    private final double[] share = new double[MINUTE_KINDS];
    private final double[] monthShare = new double[MINUTE_KINDS];

    /** The profile class, {@link #LOCAL} … {@link #LOW}. */
    int kind;
    /** This month's minutes of each kind, indexed by {@link #MIN_LD_OUT} … {@link #MIN_INTL}. */
    final int[] minutes = new int[MINUTE_KINDS];

    CallingProfile(SubscriberProfile subscriber) {
        this.subscriber = subscriber;
    }

    /** Draws the profile class, then its minute shares. */
    void draw(SplittableRandom r) {
        int group = subscriber.group;
        double lowP = P_LOW[subscriber.brand]
                * (group == SENIOR || group == FARMER ? 1.4 : group == BUSINESS ? 0.3 : 1.0);
        if (r.nextDouble() < lowP) {
            kind = LOW;
        } else if (subscriber.vpmn && r.nextDouble() < 0.735) {
            kind = VPMN;
        } else {
            double wLocal = 45;
            double wLdOut = 12 * (group == BUSINESS || group == SELF_EMP ? 1.6 : 0.9);
            double wLdIn = 10 * (group == MIGRANT ? 5 : subscriber.rural ? 1.3 : 0.6);
            double wRoam = 7 * (subscriber.migrantWorker ? 4 : group == BUSINESS ? 2.5 : 0.85);
            double wIntl = 1 * (group == BUSINESS ? 4 : subscriber.brand == GOTONE ? 2 : 0.6);
            double x = r.nextDouble() * (wLocal + wLdOut + wLdIn + wRoam + wIntl);
            kind = x < wLocal ? LOCAL : (x -= wLocal) < wLdOut ? LD_OUT : (x -= wLdOut) < wLdIn ? LD_IN
                    : (x -= wLdIn) < wRoam ? ROAM : INTL;
        }
        drawShares(r);
    }

    /** Splits this month's {@code mou} voice minutes by the shares, each jittered by ±10%. */
    void splitMonth(SplittableRandom r, int mou) {
        double[] s = monthShare;
        double sum = 0;
        for (int i = 0; i < MINUTE_KINDS; i++) {
            s[i] = share[i] * uniform(r, 0.9, 1.1);
            sum += s[i];
        }
        if (sum > MAX_SPLIT_SHARE) {
            double f = MAX_SPLIT_SHARE / sum;
            for (int i = 0; i < MINUTE_KINDS; i++) {
                s[i] *= f;
            }
        }
        for (int i = 0; i < MINUTE_KINDS; i++) {
            minutes[i] = (int) (mou * s[i]);
        }
    }

    /** Shares with margins, so that the profile lands clearly in its §B3.12 class. */
    private void drawShares(SplittableRandom r) {
        double[] s = share;
        Arrays.fill(s, 0);
        boolean vpmn = subscriber.vpmn;
        switch (kind) {
            case LD_OUT -> {
                s[MIN_LD_OUT] = uniform(r, 0.36, 0.60);
                s[MIN_LD_IN] = uniform(r, 0.02, 0.15);
                s[MIN_ROAM] = uniform(r, 0.0, 0.06);
                s[MIN_VPMN] = vpmn ? uniform(r, 0.0, 0.15) : 0;
            }
            case LD_IN -> {
                s[MIN_LD_IN] = uniform(r, 0.36, 0.60);
                s[MIN_LD_OUT] = uniform(r, 0.02, 0.18);
                s[MIN_ROAM] = uniform(r, 0.0, 0.06);
                s[MIN_VPMN] = vpmn ? uniform(r, 0.0, 0.10) : 0;
            }
            case ROAM -> {
                s[MIN_ROAM] = uniform(r, 0.36, 0.65);
                s[MIN_LD_OUT] = uniform(r, 0.02, 0.15);
                s[MIN_LD_IN] = uniform(r, 0.02, 0.12);
                s[MIN_VPMN] = vpmn ? uniform(r, 0.0, 0.10) : 0;
            }
            case VPMN -> {
                s[MIN_VPMN] = uniform(r, 0.48, 0.72);
                s[MIN_LD_OUT] = uniform(r, 0.02, 0.12);
                s[MIN_LD_IN] = uniform(r, 0.01, 0.10);
                s[MIN_ROAM] = uniform(r, 0.0, 0.05);
            }
            case INTL -> {
                s[MIN_INTL] = uniform(r, 0.13, 0.35);
                s[MIN_LD_OUT] = uniform(r, 0.02, 0.15);
                s[MIN_LD_IN] = uniform(r, 0.01, 0.10);
                s[MIN_ROAM] = uniform(r, 0.0, 0.15);
            }
            default -> { // LOCAL and LOW
                s[MIN_LD_OUT] = uniform(r, 0.02, 0.18);
                s[MIN_LD_IN] = uniform(r, 0.01, 0.15);
                s[MIN_ROAM] = uniform(r, 0.0, 0.08);
                s[MIN_VPMN] = vpmn ? uniform(r, 0.05, 0.30) : 0;
                s[MIN_INTL] = r.nextDouble() < 0.03 ? uniform(r, 0.0, 0.03) : 0;
            }
        }
    }
}
