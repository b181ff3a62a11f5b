package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Catalog.MZONE;
import static io.subcube.datasets.generator.Catalog.SENIOR;
import static io.subcube.datasets.generator.Catalog.STUDENT;
import static io.subcube.datasets.generator.Draws.clamp;
import static io.subcube.datasets.generator.Draws.uniform;

import io.subcube.functions.ValueFunctions;
import java.util.SplittableRandom;

/**
 * The subscriber's usage and revenue (§B2.1, §B2.15): its levels, drawn once, and each month's voice minutes,
 * contacts, messages, data volume, revenue and marketing cost drawn around them and damped by the churn process.
 * Money is in cents, shares in ten-thousandths (the DECIMAL scales of their columns).
 */
final class MonthlyUsage {

    /** Median arpu by plan before the tenure factor (calibrated to the brand medians 150/45/38). */
    private static final double[] PLAN_ARPU = {105, 140, 185, 250, 360, 49, 39, 36, 58, 54, 59, 71, 41};
    private static final double[] VAS_SHARE = {0.25, 0.45, 0.20};
    private static final double[] MOU_MEDIAN = {470, 190, 295};
    private static final double[] CIRCLE_MEDIAN = {52, 42, 30};
    private static final double[] SMS_MEDIAN = {55, 110, 35};
    private static final double[] GPRS_MEDIAN = {2500, 3500, 900};
    /** §B2.1: arpu ≤ 3000.00. */
    private static final long MAX_ARPU_CENTS = 300_000;

    private final SubscriberProfile subscriber;
    private final CallingProfile calling;
    private double baseArpu;
    private double vasShare;
    private double baseMou;
    private double baseCircle;
    private double baseOnnet;
    private double baseComp;
    private double baseSms;
    private double mmsReceivedMean;
    private double gprsBase;
    private double marketingPropensity;

    /** Scales the subscriber's use of every VAS (drawn here, among the levels, used by {@link VasUsage}). */
    double intensity;
    /** The previous month's arpu (at the start: the level), which the churn decision reads. */
    long lastArpu;

    int mou;
    int circle;
    long competitorShare;
    long onnetShare;
    int sms;
    int mmsReceived;
    long gprsKb;
    long arpu;
    long revVoice;
    long revVas;
    long marketingCost;
    long returnRate;

    MonthlyUsage(SubscriberProfile subscriber, CallingProfile calling) {
        this.subscriber = subscriber;
        this.calling = calling;
    }

    /** Draws the levels; arpu and minutes share a factor, so big spenders also talk more. */
    void drawLevels(SplittableRandom r) {
        int brand = subscriber.brand;
        int group = subscriber.group;
        boolean low = calling.kind == CallingProfile.LOW;
        boolean dataCapable = subscriber.dataCapable;
        double z1 = r.nextGaussian();
        double z2 = r.nextGaussian();
        baseArpu = PLAN_ARPU[subscriber.plan] * Math.exp(0.45 * z1) * (low ? 0.6 : 1.0);
        vasShare = Math.min(0.9, VAS_SHARE[brand] * (0.7 + 0.6 * r.nextDouble()));
        if (low) {
            baseMou = 8 + r.nextInt(51);
        } else {
            baseMou = Math.max(65, MOU_MEDIAN[brand] * Math.exp(0.55 * (0.6 * z1 + 0.8 * z2)));
        }
        baseCircle = Math.max(2, CIRCLE_MEDIAN[brand] * Math.exp(0.5 * r.nextGaussian())
                * (group == SENIOR ? 0.5 : group == STUDENT ? 1.2 : 1.0));
        baseOnnet = clamp(0.72 + 0.12 * r.nextGaussian(), 0.15, 0.99);
        baseComp = Math.min(0.35, -0.07 * Math.log(1 - r.nextDouble()));
        baseSms = subscriber.campusStudent() ? 60 + 80 * Math.exp(0.5 * r.nextGaussian())
                : SMS_MEDIAN[brand] * Math.exp(0.8 * r.nextGaussian());
        mmsReceivedMean = dataCapable ? (brand == MZONE ? 2.5 : 1.5) : 0.3;
        gprsBase = dataCapable ? GPRS_MEDIAN[brand] * Math.exp(r.nextGaussian()) : 0;
        marketingPropensity = r.nextDouble() < 0.5 ? 0.6 : 0.1;
        intensity = 0.5 + 1.1 * r.nextDouble();
        lastArpu = Math.round(baseArpu * 100);
    }

    /** Draws this month's voice minutes. */
    void drawMinutes(SplittableRandom r, ChurnProcess churn) {
        mou = (int) Math.round(baseMou * uniform(r, 0.92, 1.08) * churn.mouFactor);
    }

    /** Draws this month's calling circle, competitor and on-net shares, SMS sent and MMS received. */
    void drawContacts(SplittableRandom r, ChurnProcess churn) {
        circle = Math.max(1, (int) Math.round(baseCircle * uniform(r, 0.95, 1.05) * churn.circleFactor));
        competitorShare = Math.round(10000 * Math.min(0.95, baseComp * uniform(r, 0.9, 1.1) + churn.competitorBoost));
        onnetShare = Math.round(10000 * clamp(baseOnnet + uniform(r, -0.02, 0.02), 0, 1));
        sms = (int) Math.round(baseSms * uniform(r, 0.9, 1.1) * churn.smsFactor);
        mmsReceived = (int) (-mmsReceivedMean * Math.log(1 - r.nextDouble()));
    }

    /** Draws this month's GPRS volume: heavy with mobile internet, none for 30% of the other capable handsets. */
    void drawData(SplittableRandom r, boolean mobileInternet) {
        gprsKb = 0;
        if (subscriber.dataCapable) {
            if (mobileInternet) {
                gprsKb = Math.round(gprsBase * 5 * uniform(r, 0.7, 1.3)) + 1;
            } else if (r.nextDouble() < 0.7) {
                gprsKb = Math.round(gprsBase * uniform(r, 0.7, 1.3)) + 1;
            }
        }
    }

    /**
     * Draws this month's revenue, growing with tenure over the first five years, with rev_vas at least the
     * services' revenue {@code vasRevenue}; then the marketing cost and the return rate it leaves.
     */
    void drawRevenue(SplittableRandom r, int tenure, ChurnProcess churn, long vasRevenue) {
        double tenureFactor = 0.8 + 0.4 * Math.min(1.0, tenure / 60.0);
        double arpuTarget = baseArpu * tenureFactor * uniform(r, 0.95, 1.05) * churn.arpuFactor;
        long target = Math.min(MAX_ARPU_CENTS, Math.round(arpuTarget * 100));
        revVas = Math.max(Math.round(target * vasShare * uniform(r, 0.95, 1.05)), vasRevenue);
        revVoice = Math.max(0, target - revVas);
        arpu = revVoice + revVas;
        if (arpu > MAX_ARPU_CENTS) {
            revVoice = Math.max(0, MAX_ARPU_CENTS - revVas);
            arpu = revVoice + revVas;
        }
        marketingCost = r.nextDouble() < marketingPropensity ? Math.round(arpu * uniform(r, 0.03, 0.35)) : 0;
        returnRate = marketingCost == 0 ? (arpu == 0 ? 0 : 10000)
                : ValueFunctions.returnRateHundredths(arpu, marketingCost);
        lastArpu = arpu;
    }
}
