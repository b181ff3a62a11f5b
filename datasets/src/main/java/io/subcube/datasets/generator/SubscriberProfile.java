package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Catalog.BUSINESS;
import static io.subcube.datasets.generator.Catalog.CIVIL;
import static io.subcube.datasets.generator.Catalog.FARMER;
import static io.subcube.datasets.generator.Catalog.GOTONE;
import static io.subcube.datasets.generator.Catalog.HOMEMAKER;
import static io.subcube.datasets.generator.Catalog.MIGRANT;
import static io.subcube.datasets.generator.Catalog.MZONE;
import static io.subcube.datasets.generator.Catalog.SENIOR;
import static io.subcube.datasets.generator.Catalog.STUDENT;
import static io.subcube.datasets.generator.Catalog.SZX;
import static io.subcube.datasets.generator.Catalog.TRENDY;
import static io.subcube.datasets.generator.Draws.clampRound;
import static io.subcube.datasets.generator.Draws.pick;
import static io.subcube.datasets.generator.Draws.pickCumulative;
import static io.subcube.datasets.generator.Geography.CAMPUS;
import static io.subcube.datasets.generator.Geography.CBD;
import static io.subcube.datasets.generator.Geography.RESIDENTIAL;
import static io.subcube.datasets.generator.Geography.RURAL;
import static io.subcube.datasets.generator.Geography.SCHOOL;
import static io.subcube.datasets.generator.Geography.TRANSPORT;
import static io.subcube.datasets.generator.Geography.URBAN;

import java.util.SplittableRandom;

/**
 * Who a subscriber is (§B2.2, §B2.15): brand, customer group, age, gender, home, handset, memberships, plan,
 * join month, migrant-worker traits, join channel, number and join date. Reused from one subscriber to the
 * next by one simulator.
 */
final class SubscriberProfile {

    private static final double[] BRAND_CUM = {0.20, 0.50, 1.0};
    /** P(cust_group | brand): GOTONE, MZONE, SZX rows; GENERAL takes the rest. */
    private static final double[][] GROUP_GIVEN_BRAND = {
        {0.00, 0.20, 0.05, 0.02, 0.05, 0.08, 0.01, 0.22, 0.16, 0.21},
        {0.30, 0.00, 0.03, 0.05, 0.00, 0.22, 0.06, 0.02, 0.03, 0.29},
        {0.02, 0.04, 0.12, 0.32, 0.12, 0.04, 0.06, 0.06, 0.08, 0.14}};
    private static final double[] P_RURAL = {0.0, 0.1, 0.15, 1.0, 0.3, 0.1, 0.7, 0.1, 0.1, 0.1};
    private static final double[] P_VPMN = {0.40, 0.08, 0.12};
    private static final double[] P_DATA = {0.65, 0.70, 0.42};
    private static final double[] P_GROUP_MEMBER = {0.35, 0.10, 0.10};
    private static final double[] TENURE_MEAN = {60, 22, 38};
    private static final double NEW_AT_START = 0.019;
    private static final String[] MSISDN_PREFIX = {"134", "135", "136", "137", "138", "139", "150", "151", "152",
        "157", "158", "159", "187", "188"};

    private final Geography geo = Geography.INSTANCE;
    private final Shocks shocks;
    private final int months;
    private final char[] msisdnChars = new char[11];

    int brand;
    int group;
    /** Age in the first month on the network within the window. */
    int age;
    boolean male;
    boolean rural;
    int city;
    int homeType;
    int homeGrid;
    boolean vpmn;
    boolean groupMember;
    boolean dataCapable;
    int plan;
    /** Month index of joining: ≤ 0 for the initial base (0 = joined in the start month), ≥ 1 for joiners. */
    int joinIdx;
    boolean migrantWorker;
    /** Whether a migrant worker's trips cross the province border. */
    boolean migrantInter;
    boolean nearCampus;
    int joinChannel;
    long joinEpochDay;
    String msisdn;

    SubscriberProfile(int months, Shocks shocks) {
        this.months = months;
        this.shocks = shocks;
    }

    /**
     * Draws brand, group, age, gender, home, handset, memberships, plan, join month and migrant traits;
     * {@code joinMonth} is the joiner's month index, or negative for a subscriber of the initial base.
     */
    void drawDemographics(SplittableRandom r, int joinMonth) {
        double u = r.nextDouble();
        brand = u < BRAND_CUM[0] ? GOTONE : u < BRAND_CUM[1] ? MZONE : SZX;
        group = pick(GROUP_GIVEN_BRAND[brand], r.nextDouble());
        age = drawAge(r);
        male = group == HOMEMAKER ? r.nextDouble() < 0.05 : r.nextDouble() < 0.56;
        rural = r.nextDouble() < P_RURAL[group];
        city = geo.drawCity(r.nextDouble());
        homeType = drawHomeType(r);
        homeGrid = geo.drawGrid(city, homeType, r.nextDouble());
        vpmn = r.nextDouble() < P_VPMN[brand];
        groupMember = r.nextDouble() < P_GROUP_MEMBER[brand];
        dataCapable = r.nextDouble() < P_DATA[brand];
        plan = drawPlan(r);
        joinIdx = drawJoinIdx(r, joinMonth);
        rehomeIfShocked(r);
        migrantWorker = group == MIGRANT ? r.nextDouble() < 0.6 : group == FARMER && r.nextDouble() < 0.04;
        migrantInter = r.nextDouble() < 0.4;
    }

    /** Draws whether the subscriber joined next to a campus, and its join channel. */
    void drawJoinDetails(SplittableRandom r) {
        nearCampus = campusStudent() ? r.nextDouble() < 0.4 : r.nextDouble() < 0.01;
        joinChannel = drawJoinChannel(r);
    }

    /** Draws the day of joining within the join month, and the masked number (e.g. {@code 135****6606}). */
    void drawJoinDateAndNumber(SplittableRandom r, MonthCalendar calendar) {
        joinEpochDay = calendar.firstEpochDay(joinIdx) + r.nextInt(calendar.days(joinIdx));
        char[] m = msisdnChars;
        MSISDN_PREFIX[r.nextInt(MSISDN_PREFIX.length)].getChars(0, 3, m, 0);
        for (int i = 3; i < 7; i++) {
            m[i] = '*';
        }
        int tail = r.nextInt(10000);
        for (int i = 10; i >= 7; i--) {
            m[i] = (char) ('0' + tail % 10);
            tail /= 10;
        }
        msisdn = new String(m);
    }

    /** A student living on a campus or at a school (the campus-calling and campus-join traits). */
    boolean campusStudent() {
        return group == STUDENT && (homeType == CAMPUS || homeType == SCHOOL);
    }

    private int drawAge(SplittableRandom r) {
        double g = r.nextGaussian();
        switch (brand) {
            case MZONE:
                return group == STUDENT ? clampRound(18 + 3 * g, 13, 24) : clampRound(23 + 3.5 * g, 18, 30);
            case GOTONE:
                return group == SENIOR ? 60 + r.nextInt(6) : clampRound(38 + 8 * g, 25, 59);
            default:
                if (group == STUDENT) {
                    return clampRound(19 + 2.5 * g, 16, 24);
                }
                if (group == SENIOR) {
                    return clampRound(66 + 4 * g, 60, 75);
                }
                return clampRound(36 + 11 * g, 18, 64);
        }
    }

    private int drawHomeType(SplittableRandom r) {
        if (rural) {
            return RURAL;
        }
        double u = r.nextDouble();
        if (group == STUDENT) {
            if (u < 0.85) {
                return age <= 17 ? SCHOOL : CAMPUS;
            }
            return u < 0.93 ? RESIDENTIAL : URBAN;
        }
        if (group == HOMEMAKER || group == SENIOR) {
            return u < 0.60 ? RESIDENTIAL : u < 0.95 ? URBAN : u < 0.98 ? SCHOOL : CBD;
        }
        if (group == BUSINESS || group == CIVIL) {
            return u < 0.25 ? CBD : u < 0.60 ? URBAN : u < 0.94 ? RESIDENTIAL : u < 0.97 ? TRANSPORT
                    : u < 0.985 ? CAMPUS : SCHOOL;
        }
        return u < 0.40 ? URBAN : u < 0.80 ? RESIDENTIAL : u < 0.90 ? CBD : u < 0.93 ? TRANSPORT
                : u < 0.96 ? CAMPUS : SCHOOL;
    }

    private int drawPlan(SplittableRandom r) {
        double u = r.nextDouble();
        switch (brand) {
            case GOTONE: {
                double shift = group == BUSINESS ? 0.15 : 0;
                double[] cum = {0.30 - shift, 0.60 - shift, 0.80 - shift / 2, 0.92 - shift / 4, 1.0};
                return Catalog.GT58 + pickCumulative(cum, u);
            }
            case SZX: {
                if (rural) {
                    if (u < 0.44) {
                        return Catalog.SZX_RURAL;
                    }
                    u = (u - 0.44) / 0.56;
                }
                return u < 45.0 / 80 ? Catalog.SZX_STD : u < 70.0 / 80 ? Catalog.SZX_EASY : Catalog.SZX_IP;
            }
            default: {
                double campus = group == STUDENT ? 0.75 : 0.036;
                if (u < campus) {
                    return Catalog.MZ_CAMPUS;
                }
                u = (u - campus) / (1 - campus);
                int p = u < 40.0 / 75 ? Catalog.MZ_SMS : u < 60.0 / 75 ? Catalog.MZ_MUSIC : Catalog.MZ_NET;
                return p == Catalog.MZ_NET && !dataCapable ? Catalog.MZ_SMS : p;
            }
        }
    }

    /** Tenure at the start is exponential by brand, capped by age and by the longest tenure the window allows. */
    private int drawJoinIdx(SplittableRandom r, int joinMonth) {
        if (joinMonth >= 0) {
            return joinMonth;
        }
        if (r.nextDouble() < NEW_AT_START) {
            return 0;
        }
        int maxTenure = Math.max(60, MonthCalendar.MAX_TENURE - (months - 1));
        int cap = Math.max(1, Math.min(maxTenure, (age - 12) * 12));
        int t = 1 + (int) (-TENURE_MEAN[brand] * Math.log(1 - r.nextDouble()));
        return -Math.min(t, cap);
    }

    /**
     * Joiner shocks (§B2.13): someone joining in the window whose home grid is shocked that month keeps it with the
     * shock's keep probability, else moves to an unshocked grid of the same city and market type (8 tries).
     */
    private void rehomeIfShocked(SplittableRandom r) {
        if (joinIdx < 0 || joinIdx >= months || !shocks.shocked(joinIdx, homeGrid)) {
            return;
        }
        if (r.nextDouble() >= shocks.keep(joinIdx, homeGrid)) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int g = geo.drawGrid(city, homeType, r.nextDouble());
                if (g != homeGrid && !shocks.shocked(joinIdx, g)) {
                    homeGrid = g;
                    break;
                }
            }
        }
    }

    private int drawJoinChannel(SplittableRandom r) {
        double u = r.nextDouble();
        if (group == FARMER || group == MIGRANT) {
            return u < 0.25 ? 0 : u < 0.85 ? 1 : u < 0.90 ? 2 : u < 0.97 ? 3 : 6;
        }
        if (group == STUDENT || group == TRENDY) {
            return u < 0.30 ? 0 : u < 0.65 ? 1 : u < 0.68 ? 2 : u < 0.72 ? 3 : 6;
        }
        return u < 0.35 ? 0 : u < 0.75 ? 1 : u < 0.80 ? 2 : u < 0.88 ? 3 : 6;
    }
}
