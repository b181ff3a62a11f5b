package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Catalog.BUSINESS;
import static io.subcube.datasets.generator.Catalog.CIVIL;
import static io.subcube.datasets.generator.Catalog.CRBT;
import static io.subcube.datasets.generator.Catalog.FARMER;
import static io.subcube.datasets.generator.Catalog.FETION;
import static io.subcube.datasets.generator.Catalog.GOTONE;
import static io.subcube.datasets.generator.Catalog.HOMEMAKER;
import static io.subcube.datasets.generator.Catalog.MAIL139;
import static io.subcube.datasets.generator.Catalog.MIGRANT;
import static io.subcube.datasets.generator.Catalog.MINTERNET;
import static io.subcube.datasets.generator.Catalog.MMS;
import static io.subcube.datasets.generator.Catalog.MNEWS;
import static io.subcube.datasets.generator.Catalog.MZONE;
import static io.subcube.datasets.generator.Catalog.NONGXIN;
import static io.subcube.datasets.generator.Catalog.PIM;
import static io.subcube.datasets.generator.Catalog.PLAY;
import static io.subcube.datasets.generator.Catalog.SELF_EMP;
import static io.subcube.datasets.generator.Catalog.SENIOR;
import static io.subcube.datasets.generator.Catalog.SERVICES;
import static io.subcube.datasets.generator.Catalog.STUDENT;
import static io.subcube.datasets.generator.Catalog.SZX;
import static io.subcube.datasets.generator.Catalog.XXT;
import static io.subcube.datasets.generator.Geography.CAMPUS;
import static io.subcube.datasets.generator.Geography.CBD;
import static io.subcube.datasets.generator.Geography.RESIDENTIAL;
import static io.subcube.datasets.generator.Geography.RURAL;
import static io.subcube.datasets.generator.Geography.SCHOOL;
import static io.subcube.datasets.generator.Geography.TRANSPORT;
import static io.subcube.datasets.generator.Geography.URBAN;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.functions.ValueFunctions;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates the subscribers of one chunk over all months and writes their rows (DOMAIN.md §B2.1–B2.3,
 * §B2.7, §B2.15). One instance per worker thread; not thread-safe. Every subscriber draws everything
 * from its own stream seeded by (seed, subscriber_id): static attributes first, then its VAS history
 * before the simulated window, then its months in order (three unwritten warm-up months before the
 * start month for initial subscribers, so that the 3-month averages and pre-churn declines exist from
 * the first written month).
 */
final class ChunkSimulator {

    // ---- model parameters (§B2.15; [I] where the spec gives none) --------------------------------------
    static final int WARM_UP = 3;
    private static final double[] BRAND_CUM = {0.20, 0.50, 1.0};
    /** P(cust_group | brand): GOTONE, MZONE, SZX rows; GENERAL takes the rest. */
    private static final double[][] GROUP_GIVEN_BRAND = {
        {0.00, 0.20, 0.05, 0.02, 0.05, 0.08, 0.01, 0.22, 0.16, 0.21},
        {0.30, 0.00, 0.03, 0.05, 0.00, 0.22, 0.06, 0.02, 0.03, 0.29},
        {0.02, 0.04, 0.12, 0.32, 0.12, 0.04, 0.06, 0.06, 0.08, 0.14}};
    private static final double[] P_RURAL = {0.0, 0.1, 0.15, 1.0, 0.3, 0.1, 0.7, 0.1, 0.1, 0.1};
    private static final double[] P_VPMN = {0.40, 0.08, 0.12};
    private static final double[] P_DATA = {0.65, 0.70, 0.42};
    private static final double[] P_BUNDLE = {0.45, 0.15, 0.18};
    private static final double[] P_GROUP_MEMBER = {0.35, 0.10, 0.10};
    private static final double[] TENURE_MEAN = {60, 22, 38};
    private static final double NEW_AT_START = 0.019;
    /** Monthly churn probability by brand (§B2.15). */
    private static final double[] CHURN_P = {0.007, 0.018, 0.028};
    private static final double FALSE_ALARM = 0.03;
    private static final double SUSPEND = 0.01;
    /** Decline factors by stage c−3, c−2, c−1 and the churn month itself. */
    private static final double[] F_MOU = {0.85, 0.65, 0.45, 0.30};
    private static final double[] F_ARPU = {0.90, 0.75, 0.60, 0.45};
    private static final double[] F_CIRCLE = {0.90, 0.75, 0.60, 0.45};
    private static final double[] ADD_COMP = {0.10, 0.20, 0.30, 0.35};

    /** Median arpu by plan before the tenure factor (calibrated to the brand medians 150/45/38). */
    private static final double[] PLAN_ARPU = {105, 140, 185, 250, 360, 49, 39, 36, 58, 54, 59, 71, 41};
    private static final double[] VAS_SHARE = {0.25, 0.45, 0.20};
    private static final double[] MOU_MEDIAN = {470, 190, 295};
    private static final double[] P_LOW = {0.06, 0.14, 0.19};
    private static final double[] CIRCLE_MEDIAN = {52, 42, 30};
    private static final double[] SMS_MEDIAN = {55, 110, 35};
    private static final double[] GPRS_MEDIAN = {2500, 3500, 900};

    static final int LOCAL = 0;
    static final int LD_OUT = 1;
    static final int LD_IN = 2;
    static final int ROAM = 3;
    static final int VPMN = 4;
    static final int INTL = 5;
    static final int LOW = 6;

    /** Service adoption: probability (of eligible subscribers) by brand GOTONE, MZONE, SZX, and monthly activity. */
    private static final double[][] ADOPT = {
        {0.31, 0.43, 0.25},   // MMS (data capable)
        {0.39, 0.50, 0.325},  // CRBT
        {0.45, 0.37, 0.40},   // MNEWS (data capable)
        {0.40, 0.44, 0.37},   // MINTERNET (data capable)
        {0.23, 0.34, 0.18},   // FETION (data capable)
        {0.19, 0.11, 0.09},   // MAIL139 (data capable)
        {0.10, 0.08, 0.07},   // PIM (data capable)
        {0.19, 0.19, 0.19},   // NONGXIN (rural residents)
        {0.05, 0.05, 0.05},   // XXT (age-dependent below)
        {0.03, 0.10, 0.03}};  // PLAY (data capable)
    private static final double[] ACTIVITY = {0.80, 0.25, 0.50, 0.85, 0.80, 0.67, 0.75, 0.75, 0.80, 0.67};
    private static final double[] P_SUBSCRIBED = {0.30, 1.0, 1.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    private static final String[] MSISDN_PREFIX = {"134", "135", "136", "137", "138", "139", "150", "151", "152",
        "157", "158", "159", "187", "188"};
    private static final int NEVER = MonthCalendar.NEVER;

    // ---- column positions -------------------------------------------------------------------------------
    private static final TableDef SM = SubcubeSchema.SUBSCRIBER_MONTH;
    private static final int SM_MONTH = col(SM, "month_id");
    private static final int SM_ID = col(SM, "subscriber_id");
    private static final int SM_PROVINCE = col(SM, "province_id");
    private static final int SM_CITY = col(SM, "city_id");
    private static final int SM_COUNTY = col(SM, "county_id");
    private static final int SM_GRID = col(SM, "grid_id");
    private static final int SM_BRAND = col(SM, "brand");
    private static final int SM_GROUP = col(SM, "cust_group");
    private static final int SM_PLAN = col(SM, "plan_code");
    private static final int SM_STATUS = col(SM, "status");
    private static final int SM_TENURE = col(SM, "tenure_months");
    private static final int SM_ARPU = col(SM, "arpu");
    private static final int SM_REV_VOICE = col(SM, "rev_voice");
    private static final int SM_REV_VAS = col(SM, "rev_vas");
    private static final int SM_ARPU_AVG3 = col(SM, "arpu_avg3");
    private static final int SM_COST = col(SM, "marketing_cost");
    private static final int SM_RR_AVG3 = col(SM, "return_rate_avg3");
    private static final int SM_MOU = col(SM, "mou_total");
    private static final int SM_MOU_AVG3 = col(SM, "mou_avg3");
    private static final int SM_LD_OUT = col(SM, "mou_ld_out");
    private static final int SM_LD_IN = col(SM, "mou_ld_in");
    private static final int SM_ROAM = col(SM, "mou_roam");
    private static final int SM_VPMN = col(SM, "mou_vpmn");
    private static final int SM_INTL = col(SM, "mou_intl");
    private static final int SM_SMS = col(SM, "sms_mo_cnt");
    private static final int SM_MMS = col(SM, "mms_mo_cnt");
    private static final int SM_MMS_MT = col(SM, "mms_mt_3m");
    private static final int SM_GPRS = col(SM, "gprs_kb");
    private static final int SM_CIRCLE = col(SM, "circle_size");
    private static final int SM_CIRCLE_AVG3 = col(SM, "circle_size_avg3");
    private static final int SM_ONNET = col(SM, "onnet_share");
    private static final int SM_COMP = col(SM, "competitor_share");
    private static final int SM_VAS_ACTIVE = col(SM, "vas_active_cnt");
    private static final int SM_STICKY = col(SM, "sticky_svc_cnt");
    private static final int SM_VAS_EVER = col(SM, "vas_months_ever");
    private static final int SM_VAS_STREAK = col(SM, "vas_streak_months");
    private static final int SM_VPMN_FLAG = col(SM, "vpmn_flag");
    private static final int SM_BUNDLE = col(SM, "bundle_months_left");
    private static final int SM_DATA = col(SM, "data_capable");

    private static final TableDef LM = SubcubeSchema.LOCATION_MONTH;
    private static final int LM_MONTH = col(LM, "month_id");
    private static final int LM_ID = col(LM, "subscriber_id");
    private static final int LM_WORK = col(LM, "work_grid_id");
    private static final int LM_REST = col(LM, "rest_grid_id");
    private static final int LM_REST_DAYS = col(LM, "rest_days");
    private static final int LM_ROAM_DAYS = col(LM, "roam_out_days");
    private static final int LM_SCOPE = col(LM, "roam_scope");
    private static final int LM_RURAL = col(LM, "rural_contact_share");
    private static final int LM_CAMPUS = col(LM, "campus_call_share");
    private static final int LM_PEERS = col(LM, "campus_peers_10plus");

    private static final TableDef VU = SubcubeSchema.VAS_USAGE;
    private static final int VU_MONTH = col(VU, "month_id");
    private static final int VU_ID = col(VU, "subscriber_id");
    private static final int VU_SERVICE = col(VU, "service_code");
    private static final int VU_SUBSCRIBED = col(VU, "subscribed");
    private static final int VU_USAGE = col(VU, "usage_cnt");
    private static final int VU_REVENUE = col(VU, "revenue");
    private static final int VU_FIRST = col(VU, "first_use_month");
    private static final int VU_STREAK = col(VU, "streak_months");

    private static final TableDef SU = SubcubeSchema.SUBSCRIBER;
    private static final int SU_ID = col(SU, "subscriber_id");
    private static final int SU_MSISDN = col(SU, "msisdn");
    private static final int SU_JOIN_DATE = col(SU, "join_date");
    private static final int SU_GENDER = col(SU, "gender");
    private static final int SU_BIRTH = col(SU, "birth_year");
    private static final int SU_BRAND = col(SU, "brand");
    private static final int SU_GROUP = col(SU, "cust_group");
    private static final int SU_GROUP_MEMBER = col(SU, "group_member");
    private static final int SU_CHANNEL = col(SU, "join_channel");
    private static final int SU_NEAR_CAMPUS = col(SU, "join_near_campus");

    static int col(TableDef table, String name) {
        List<ColumnDef> cols = table.storedColumns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(table.name() + " stores no column " + name);
    }

    // ---- configuration ------------------------------------------------------------------------------------
    private final Geography geo = Geography.INSTANCE;
    private final Joiners joiners;
    private final Shocks shocks;
    private final int months;
    private final long seed;
    private final MonthCalendar calendar;

    // ---- per-subscriber state (reused) ------------------------------------------------------------------
    private SplittableRandom rng;
    private long id;
    private int brand;
    private int group;
    private int age;
    private boolean male;
    private boolean rural;
    private int city;
    private int homeType;
    private int homeGrid;
    private boolean vpmn;
    private boolean groupMember;
    private boolean dataCapable;
    private int plan;
    private int joinIdx;
    private int profile;
    private boolean migrantWorker;
    private boolean migrantInter;
    private boolean campusStudent;
    private boolean nearCampus;
    private int joinChannel;
    private double baseArpu;
    private double vasShare;
    private double baseMou;
    private double shLdOut;
    private double shLdIn;
    private double shRoam;
    private double shVpmn;
    private double shIntl;
    private double baseCircle;
    private double baseOnnet;
    private double baseComp;
    private double baseSms;
    private double mmsMtMean;
    private double gprsBase;
    private double mktProp;
    private double intensity;
    private int bundleLeft;
    private int workGrid;
    private double ruralContact;
    private double campusShare;
    private int peersBase;
    private final int[] adopt = new int[SERVICES];
    private final boolean[] subscribed = new boolean[SERVICES];
    private final int[] firstUse = new int[SERVICES];
    private final int[] streak = new int[SERVICES];
    private final long[] usage = new long[SERVICES];
    private final long[] revenue = new long[SERVICES];
    private int vasEver;
    private int vasStreak;
    private int churnAt;
    private int dipStart;
    private long prevArpu;
    // history of the previous simulated months (ring of 3)
    private final long[] hArpu = new long[3];
    private final long[] hRr = new long[3];
    private final int[] hMou = new int[3];
    private final int[] hCircle = new int[3];
    private final int[] hMmsMt = new int[3];
    private int hCount;
    private int hPos;

    ChunkSimulator(GeneratorConfig config, Joiners joiners, Shocks shocks) {
        this.joiners = joiners;
        this.shocks = shocks;
        this.months = config.months();
        this.seed = config.seed();
        this.calendar = new MonthCalendar(config);
    }

    /** Simulates chunk {@code c}: its initial subscribers in id order, then its joiners month by month. */
    void run(int c, ChunkOutput out) {
        long first = joiners.firstInitialId(c);
        int size = joiners.chunkSize(c);
        for (int i = 0; i < size; i++) {
            simulate(first + i, -1, out);
        }
        for (int m = 1; m < months; m++) {
            long firstJoiner = joiners.firstId(c, m);
            int n = joiners.count(c, m);
            for (int r = 0; r < n; r++) {
                simulate(firstJoiner + r, m, out);
            }
        }
        out.seal();
    }

    // ---- one subscriber ---------------------------------------------------------------------------------

    private void simulate(long subscriberId, int joinMonth, ChunkOutput out) {
        id = subscriberId;
        rng = new SplittableRandom(Seeds.subscriber(seed, subscriberId));
        drawStatic(joinMonth);
        int firstSim = Math.max(joinIdx, -WARM_UP);
        preHistory(firstSim);
        churnAt = NEVER;
        dipStart = NEVER;
        hCount = 0;
        hPos = 0;
        prevArpu = Math.round(baseArpu * 100);
        for (int k = firstSim; k < months; k++) {
            if (month(k, k > firstSim, out)) {
                break;
            }
        }
        writeSubscriber(out.sub);
    }

    private void drawStatic(int joinMonth) {
        SplittableRandom r = rng;
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
        // tenure and join month
        int maxTenure = Math.max(60, MonthCalendar.MAX_TENURE - (months - 1));
        if (joinMonth >= 0) {
            joinIdx = joinMonth;
        } else if (r.nextDouble() < NEW_AT_START) {
            joinIdx = 0;
        } else {
            int cap = Math.max(1, Math.min(maxTenure, (age - 12) * 12));
            int t = 1 + (int) (-TENURE_MEAN[brand] * Math.log(1 - r.nextDouble()));
            joinIdx = -Math.min(t, cap);
        }
        if (joinIdx >= 0 && joinIdx < months && shocks.shocked(joinIdx, homeGrid)) {
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
        // calling profile
        migrantWorker = group == MIGRANT ? r.nextDouble() < 0.6 : group == FARMER && r.nextDouble() < 0.04;
        migrantInter = r.nextDouble() < 0.4;
        double lowP = P_LOW[brand] * (group == SENIOR || group == FARMER ? 1.4 : group == BUSINESS ? 0.3 : 1.0);
        if (r.nextDouble() < lowP) {
            profile = LOW;
        } else if (vpmn && r.nextDouble() < 0.735) {
            profile = VPMN;
        } else {
            double wLocal = 45;
            double wLdOut = 12 * (group == BUSINESS || group == SELF_EMP ? 1.6 : 0.9);
            double wLdIn = 10 * (group == MIGRANT ? 5 : rural ? 1.3 : 0.6);
            double wRoam = 7 * (migrantWorker ? 4 : group == BUSINESS ? 2.5 : 0.85);
            double wIntl = 1 * (group == BUSINESS ? 4 : brand == GOTONE ? 2 : 0.6);
            double x = r.nextDouble() * (wLocal + wLdOut + wLdIn + wRoam + wIntl);
            profile = x < wLocal ? LOCAL : (x -= wLocal) < wLdOut ? LD_OUT : (x -= wLdOut) < wLdIn ? LD_IN
                    : (x -= wLdIn) < wRoam ? ROAM : INTL;
        }
        drawShares(r);
        // money and usage levels
        double z1 = r.nextGaussian();
        double z2 = r.nextGaussian();
        baseArpu = PLAN_ARPU[plan] * Math.exp(0.45 * z1) * (profile == LOW ? 0.6 : 1.0);
        vasShare = Math.min(0.9, VAS_SHARE[brand] * (0.7 + 0.6 * r.nextDouble()));
        if (profile == LOW) {
            baseMou = 8 + r.nextInt(51);
        } else {
            baseMou = Math.max(65, MOU_MEDIAN[brand] * Math.exp(0.55 * (0.6 * z1 + 0.8 * z2)));
        }
        baseCircle = Math.max(2, CIRCLE_MEDIAN[brand] * Math.exp(0.5 * r.nextGaussian())
                * (group == SENIOR ? 0.5 : group == STUDENT ? 1.2 : 1.0));
        baseOnnet = clamp(0.72 + 0.12 * r.nextGaussian(), 0.15, 0.99);
        baseComp = Math.min(0.35, -0.07 * Math.log(1 - r.nextDouble()));
        campusStudent = group == STUDENT && (homeType == CAMPUS || homeType == SCHOOL);
        baseSms = campusStudent ? 60 + 80 * Math.exp(0.5 * r.nextGaussian())
                : SMS_MEDIAN[brand] * Math.exp(0.8 * r.nextGaussian());
        mmsMtMean = dataCapable ? (brand == MZONE ? 2.5 : 1.5) : 0.3;
        gprsBase = dataCapable ? GPRS_MEDIAN[brand] * Math.exp(r.nextGaussian()) : 0;
        mktProp = r.nextDouble() < 0.5 ? 0.6 : 0.1;
        intensity = 0.5 + 1.1 * r.nextDouble();
        double pBundle = P_BUNDLE[brand] + (vpmn ? 0.25 : 0);
        bundleLeft = r.nextDouble() < pBundle ? 1 + r.nextInt(24) : 0;
        // locations
        drawLocation(r);
        // join details
        nearCampus = campusStudent ? r.nextDouble() < 0.4 : r.nextDouble() < 0.01;
        joinChannel = drawJoinChannel(r);
        drawServices(r);
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

    /** Minute shares per calling profile, with margins so the profile lands clearly in its §B3.12 class. */
    private void drawShares(SplittableRandom r) {
        shLdOut = 0;
        shLdIn = 0;
        shRoam = 0;
        shVpmn = 0;
        shIntl = 0;
        switch (profile) {
            case LD_OUT -> {
                shLdOut = uni(r, 0.36, 0.60);
                shLdIn = uni(r, 0.02, 0.15);
                shRoam = uni(r, 0.0, 0.06);
                shVpmn = vpmn ? uni(r, 0.0, 0.15) : 0;
            }
            case LD_IN -> {
                shLdIn = uni(r, 0.36, 0.60);
                shLdOut = uni(r, 0.02, 0.18);
                shRoam = uni(r, 0.0, 0.06);
                shVpmn = vpmn ? uni(r, 0.0, 0.10) : 0;
            }
            case ROAM -> {
                shRoam = uni(r, 0.36, 0.65);
                shLdOut = uni(r, 0.02, 0.15);
                shLdIn = uni(r, 0.02, 0.12);
                shVpmn = vpmn ? uni(r, 0.0, 0.10) : 0;
            }
            case VPMN -> {
                shVpmn = uni(r, 0.48, 0.72);
                shLdOut = uni(r, 0.02, 0.12);
                shLdIn = uni(r, 0.01, 0.10);
                shRoam = uni(r, 0.0, 0.05);
            }
            case INTL -> {
                shIntl = uni(r, 0.13, 0.35);
                shLdOut = uni(r, 0.02, 0.15);
                shLdIn = uni(r, 0.01, 0.10);
                shRoam = uni(r, 0.0, 0.15);
            }
            default -> { // LOCAL and LOW
                shLdOut = uni(r, 0.02, 0.18);
                shLdIn = uni(r, 0.01, 0.15);
                shRoam = uni(r, 0.0, 0.08);
                shVpmn = vpmn ? uni(r, 0.05, 0.30) : 0;
                shIntl = r.nextDouble() < 0.03 ? uni(r, 0.0, 0.03) : 0;
            }
        }
    }

    private void drawLocation(SplittableRandom r) {
        if (rural) {
            double u = r.nextDouble();
            if (u < 0.55) {
                workGrid = homeGrid;
            } else if (u < 0.85) {
                int county = geo.gridCounty[homeGrid];
                int n = geo.countyGrids[county];
                int g = geo.countyFirstGrid[county] + r.nextInt(n - 1);
                workGrid = g >= homeGrid ? g + 1 : g;
            } else {
                int county = geo.gridCounty[homeGrid];
                int first = geo.cityFirstGrid[city];
                int n = geo.cityGrids[city] - geo.countyGrids[county];
                int g = first + r.nextInt(n);
                workGrid = g >= geo.countyFirstGrid[county] ? g + geo.countyGrids[county] : g;
            }
        } else if (group == STUDENT) {
            workGrid = homeGrid;
        } else {
            double stay = group == HOMEMAKER || group == SENIOR ? 0.85 : 0.4;
            if (r.nextDouble() < stay) {
                workGrid = homeGrid;
            } else {
                double u = r.nextDouble();
                int type = u < 0.35 ? CBD : u < 0.80 ? URBAN : u < 0.85 ? TRANSPORT : RESIDENTIAL;
                workGrid = geo.drawGrid(city, type, r.nextDouble());
            }
        }
        ruralContact = rural ? uni(r, 0.35, 0.80) : migrantWorker ? uni(r, 0.32, 0.70) : uni(r, 0.01, 0.20);
        if (campusStudent) {
            if (r.nextDouble() < 0.80) {
                campusShare = uni(r, 0.52, 0.90);
                peersBase = 2 + r.nextInt(11);
            } else {
                campusShare = uni(r, 0.10, 0.45);
                peersBase = r.nextInt(2);
            }
        } else if (group == STUDENT) {
            campusShare = uni(r, 0.0, 0.30);
            peersBase = r.nextInt(2);
        } else if (homeType == CAMPUS || homeType == SCHOOL) {
            campusShare = uni(r, 0.02, 0.30);
            peersBase = r.nextInt(2);
        } else {
            campusShare = 0;
            peersBase = 0;
        }
    }

    private int drawJoinChannel(SplittableRandom r) {
        double u = r.nextDouble();
        if (group == FARMER || group == MIGRANT) {
            return u < 0.25 ? 0 : u < 0.85 ? 1 : u < 0.90 ? 2 : u < 0.97 ? 3 : 6;
        }
        if (group == STUDENT || group == Catalog.TRENDY) {
            return u < 0.30 ? 0 : u < 0.65 ? 1 : u < 0.68 ? 2 : u < 0.72 ? 3 : 6;
        }
        return u < 0.35 ? 0 : u < 0.75 ? 1 : u < 0.80 ? 2 : u < 0.88 ? 3 : 6;
    }

    private void drawServices(SplittableRandom r) {
        for (int s = 0; s < SERVICES; s++) {
            boolean eligible;
            double p = ADOPT[s][brand];
            if (s == NONGXIN) {
                eligible = rural;
            } else if (s == XXT) {
                eligible = age >= 28;
                p = age >= 30 && age <= 50 ? 0.12 : 0.033;
            } else {
                eligible = !Catalog.SERVICE_REQUIRES_DATA[s] || dataCapable;
            }
            firstUse[s] = NEVER;
            streak[s] = 0;
            if (!eligible || r.nextDouble() >= p) {
                adopt[s] = NEVER;
                subscribed[s] = false;
                continue;
            }
            subscribed[s] = r.nextDouble() < P_SUBSCRIBED[s];
            if (joinIdx < 0 && r.nextDouble() < 0.85) {
                int lo = Math.max(joinIdx, -36);
                adopt[s] = lo + r.nextInt(-lo); // lo .. -1
            } else {
                int base = Math.max(0, joinIdx);
                adopt[s] = r.nextDouble() < 0.4 ? base : base + 1 + r.nextInt(24);
            }
        }
    }

    /** VAS use in the months from the first adoption up to the first simulated month (activity only). */
    private void preHistory(int firstSim) {
        vasEver = 0;
        vasStreak = 0;
        int from = NEVER;
        for (int s = 0; s < SERVICES; s++) {
            from = Math.min(from, adopt[s]);
        }
        for (int k = from; k < firstSim; k++) {
            boolean any = false;
            for (int s = 0; s < SERVICES; s++) {
                if (adopt[s] <= k) {
                    if (rng.nextDouble() < ACTIVITY[s]) {
                        if (firstUse[s] == NEVER) {
                            firstUse[s] = k;
                        }
                        streak[s]++;
                        any = true;
                    } else {
                        streak[s] = 0;
                    }
                }
            }
            if (any) {
                vasEver++;
                vasStreak++;
            } else {
                vasStreak = 0;
            }
        }
    }

    /** Simulates month index {@code k}; writes its rows when k ≥ 0; returns true when the subscriber churned. */
    private boolean month(int k, boolean notFirst, ChunkOutput out) {
        SplittableRandom r = rng;
        int tenure = k - joinIdx;
        if (notFirst) {
            if (bundleLeft > 0) {
                bundleLeft--;
                if (bundleLeft == 0 && r.nextDouble() < 0.4) {
                    bundleLeft = r.nextDouble() < 0.5 ? 12 : 24;
                }
            } else if (r.nextDouble() < 0.0092) {
                bundleLeft = r.nextDouble() < 0.5 ? 12 : 24;
            }
        }
        // churn decision three months ahead, false alarms
        int stage = -1;
        boolean churnNow = false;
        if (churnAt != NEVER) {
            if (k == churnAt) {
                churnNow = true;
                stage = 3;
            } else {
                stage = k - (churnAt - 3);
            }
        } else if (dipStart != NEVER && k - dipStart <= 2) {
            stage = k - dipStart;
        } else {
            dipStart = NEVER;
            double p = CHURN_P[brand];
            if (vpmn) {
                p *= 0.5;
            }
            if (bundleLeft > 3) {
                p *= 0.4;
            }
            if (prevArpu < 3000) {
                p *= 1.5;
            }
            double u = r.nextDouble();
            if (u < p) {
                churnAt = k + 3;
                stage = 0;
            } else if (u < p + FALSE_ALARM) {
                dipStart = k;
                stage = 0;
            }
        }
        boolean suspended = !churnNow && tenure > 0 && r.nextDouble() < SUSPEND;
        double fMou = stage >= 0 ? F_MOU[stage] : 1.0;
        double fArpu = stage >= 0 ? F_ARPU[stage] : 1.0;
        double fCircle = stage >= 0 ? F_CIRCLE[stage] : 1.0;
        double addComp = stage >= 0 ? ADD_COMP[stage] : 0.0;
        if (suspended) {
            fMou *= 0.5;
            fArpu *= 0.7;
            fCircle *= 0.7;
        }
        // voice
        int mou = (int) Math.round(baseMou * uni(r, 0.92, 1.08) * fMou);
        double sLdOut = shLdOut * uni(r, 0.9, 1.1);
        double sLdIn = shLdIn * uni(r, 0.9, 1.1);
        double sRoam = shRoam * uni(r, 0.9, 1.1);
        double sVpmn = shVpmn * uni(r, 0.9, 1.1);
        double sIntl = shIntl * uni(r, 0.9, 1.1);
        double sum = sLdOut + sLdIn + sRoam + sVpmn + sIntl;
        if (sum > 0.97) {
            double f = 0.97 / sum;
            sLdOut *= f;
            sLdIn *= f;
            sRoam *= f;
            sVpmn *= f;
            sIntl *= f;
        }
        int ldOut = (int) (mou * sLdOut);
        int ldIn = (int) (mou * sLdIn);
        int roam = (int) (mou * sRoam);
        int vpmnMin = (int) (mou * sVpmn);
        int intl = (int) (mou * sIntl);
        int circle = Math.max(1, (int) Math.round(baseCircle * uni(r, 0.95, 1.05) * fCircle));
        long comp = Math.round(10000 * Math.min(0.95, baseComp * uni(r, 0.9, 1.1) + addComp));
        long onnet = Math.round(10000 * clamp(baseOnnet + uni(r, -0.02, 0.02), 0, 1));
        int sms = (int) Math.round(baseSms * uni(r, 0.9, 1.1) * (stage >= 0 ? fCircle : 1.0));
        int mmsMt = (int) (-mmsMtMean * Math.log(1 - r.nextDouble()));
        // VAS
        int active = 0;
        int sticky = 0;
        long vasRevenue = 0;
        for (int s = 0; s < SERVICES; s++) {
            usage[s] = 0;
            revenue[s] = 0;
            if (adopt[s] > k) {
                continue;
            }
            if (r.nextDouble() < ACTIVITY[s]) {
                if (firstUse[s] == NEVER) {
                    firstUse[s] = k;
                }
                streak[s]++;
                usage[s] = drawUsage(s, r);
                active++;
                if (Catalog.SERVICE_STICKY[s]) {
                    sticky++;
                }
            } else {
                streak[s] = 0;
            }
            revenue[s] = serviceRevenue(s);
            vasRevenue += revenue[s];
        }
        if (active > 0) {
            vasEver++;
            vasStreak++;
        } else {
            vasStreak = 0;
        }
        int mms = (int) usage[MMS];
        long gprs = 0;
        if (dataCapable) {
            if (usage[MINTERNET] > 0) {
                gprs = Math.round(gprsBase * 5 * uni(r, 0.7, 1.3)) + 1;
            } else if (r.nextDouble() < 0.7) {
                gprs = Math.round(gprsBase * uni(r, 0.7, 1.3)) + 1;
            }
        }
        // money
        double tenureFactor = 0.8 + 0.4 * Math.min(1.0, tenure / 60.0);
        double arpuTarget = baseArpu * tenureFactor * uni(r, 0.95, 1.05) * fArpu;
        long target = Math.min(300000, Math.round(arpuTarget * 100));
        long revVas = Math.max(Math.round(target * vasShare * uni(r, 0.95, 1.05)), vasRevenue);
        long revVoice = Math.max(0, target - revVas);
        long arpu = revVoice + revVas;
        if (arpu > 300000) {
            revVoice = Math.max(0, 300000 - revVas);
            arpu = revVoice + revVas;
        }
        long cost = r.nextDouble() < mktProp ? Math.round(arpu * uni(r, 0.03, 0.35)) : 0;
        long rr = cost == 0 ? (arpu == 0 ? 0 : 10000) : ValueFunctions.returnRateHundredths(arpu, cost);
        // 3-month averages over the previous min(3, tenure) months; the current value at tenure 0
        int n = Math.min(hCount, Math.min(3, tenure));
        long arpuAvg3;
        long rrAvg3;
        int mouAvg3;
        int circleAvg3;
        int mmsMt3 = mmsMt;
        if (n == 0) {
            arpuAvg3 = arpu;
            rrAvg3 = rr;
            mouAvg3 = mou;
            circleAvg3 = circle;
        } else {
            long sa = 0;
            long sr = 0;
            long sm = 0;
            long sc = 0;
            for (int i = 1; i <= n; i++) {
                int p = (hPos - i + 3) % 3;
                sa += hArpu[p];
                sr += hRr[p];
                sm += hMou[p];
                sc += hCircle[p];
                if (i <= 2) {
                    mmsMt3 += hMmsMt[p];
                }
            }
            arpuAvg3 = halfUp(sa, n);
            rrAvg3 = halfUp(sr, n);
            mouAvg3 = (int) halfUp(sm, n);
            circleAvg3 = (int) halfUp(sc, n);
        }
        hArpu[hPos] = arpu;
        hRr[hPos] = rr;
        hMou[hPos] = mou;
        hCircle[hPos] = circle;
        hMmsMt[hPos] = mmsMt;
        hPos = (hPos + 1) % 3;
        hCount++;
        prevArpu = arpu;
        // location draws (always drawn, so the stream does not depend on the window)
        int work = rural || r.nextDouble() < 0.95 ? workGrid : geo.anyGridOfCity(city, r.nextInt(1 << 20));
        if (mou < 30 && r.nextDouble() < 0.5) {
            work = -1;
        }
        boolean away = migrantWorker && r.nextDouble() < 0.8;
        int roamDays;
        if (away) {
            roamDays = 15 + r.nextInt(14);
        } else if (profile == ROAM) {
            roamDays = 3 + r.nextInt(18);
        } else if (group == BUSINESS && r.nextDouble() < 0.25) {
            roamDays = 1 + r.nextInt(8);
        } else if (r.nextDouble() < 0.08) {
            roamDays = 1 + r.nextInt(5);
        } else {
            roamDays = 0;
        }
        String scope = roamDays == 0 ? "NONE"
                : (migrantWorker ? migrantInter : r.nextDouble() < (profile == ROAM ? 0.5 : 0.3)) ? "INTER" : "INTRA";
        int rest;
        int restDays;
        if (away || rural || r.nextDouble() < 0.86) {
            rest = homeGrid;
            restDays = away ? Math.max(1, 30 - roamDays - r.nextInt(4))
                    : r.nextDouble() < 0.9 ? 15 + r.nextInt(16) : 5 + r.nextInt(10);
        } else {
            rest = geo.drawGrid(city, r.nextDouble() < 0.6 ? RESIDENTIAL : URBAN, r.nextDouble());
            restDays = 5 + r.nextInt(16);
        }
        restDays = Math.min(restDays, 30 - roamDays); // days at the rest grid and days away share the month
        if (mou < 10 && r.nextDouble() < 0.5) {
            rest = -1;
            restDays = 0;
        }
        long ruralShare = Math.round(10000 * clamp(ruralContact + uni(r, -0.05, 0.05), 0, 1));
        long campus = campusShare == 0 ? 0 : Math.round(10000 * clamp(campusShare + uni(r, -0.04, 0.04), 0.0001, 1));
        int peers = peersBase == 0 ? 0 : Math.max(0, peersBase + r.nextInt(3) - 1);
        if (peersBase >= 2) {
            peers = Math.max(2, peers);
        }

        if (k >= 0) {
            int monthId = calendar.monthId(k);
            String status = churnNow ? "CHURNED" : suspended ? "SUSPENDED" : "ACTIVE";
            TableBuffer b = out.sm[k];
            int row = b.next();
            long[][] l = b.l;
            String[][] s = b.s;
            l[SM_MONTH][row] = monthId;
            l[SM_ID][row] = id;
            l[SM_PROVINCE][row] = Geography.PROVINCE_ID;
            l[SM_CITY][row] = Geography.cityId(city);
            l[SM_COUNTY][row] = geo.countyId[geo.gridCounty[homeGrid]];
            l[SM_GRID][row] = geo.gridId[homeGrid];
            s[SM_BRAND][row] = Catalog.BRANDS[brand];
            s[SM_GROUP][row] = Catalog.GROUPS[group];
            s[SM_PLAN][row] = Catalog.PLAN_CODES[plan];
            s[SM_STATUS][row] = status;
            l[SM_TENURE][row] = tenure;
            l[SM_ARPU][row] = arpu;
            l[SM_REV_VOICE][row] = revVoice;
            l[SM_REV_VAS][row] = revVas;
            l[SM_ARPU_AVG3][row] = arpuAvg3;
            l[SM_COST][row] = cost;
            l[SM_RR_AVG3][row] = rrAvg3;
            l[SM_MOU][row] = mou;
            l[SM_MOU_AVG3][row] = mouAvg3;
            l[SM_LD_OUT][row] = ldOut;
            l[SM_LD_IN][row] = ldIn;
            l[SM_ROAM][row] = roam;
            l[SM_VPMN][row] = vpmnMin;
            l[SM_INTL][row] = intl;
            l[SM_SMS][row] = sms;
            l[SM_MMS][row] = mms;
            l[SM_MMS_MT][row] = mmsMt3;
            l[SM_GPRS][row] = gprs;
            l[SM_CIRCLE][row] = circle;
            l[SM_CIRCLE_AVG3][row] = circleAvg3;
            l[SM_ONNET][row] = onnet;
            l[SM_COMP][row] = comp;
            l[SM_VAS_ACTIVE][row] = active;
            l[SM_STICKY][row] = sticky;
            l[SM_VAS_EVER][row] = vasEver;
            l[SM_VAS_STREAK][row] = vasStreak;
            l[SM_VPMN_FLAG][row] = vpmn ? 1 : 0;
            l[SM_BUNDLE][row] = bundleLeft;
            l[SM_DATA][row] = dataCapable ? 1 : 0;

            TableBuffer lb = out.lm[k];
            row = lb.next();
            l = lb.l;
            l[LM_MONTH][row] = monthId;
            l[LM_ID][row] = id;
            lb.n[LM_WORK][row] = work < 0;
            l[LM_WORK][row] = work < 0 ? 0 : geo.gridId[work];
            lb.n[LM_REST][row] = rest < 0;
            l[LM_REST][row] = rest < 0 ? 0 : geo.gridId[rest];
            l[LM_REST_DAYS][row] = restDays;
            l[LM_ROAM_DAYS][row] = roamDays;
            lb.s[LM_SCOPE][row] = scope;
            l[LM_RURAL][row] = ruralShare;
            l[LM_CAMPUS][row] = campus;
            l[LM_PEERS][row] = peers;

            TableBuffer vb = out.vu[k];
            for (int sv = 0; sv < SERVICES; sv++) {
                if (adopt[sv] > k || (!subscribed[sv] && firstUse[sv] == NEVER)) {
                    continue;
                }
                row = vb.next();
                l = vb.l;
                l[VU_MONTH][row] = monthId;
                l[VU_ID][row] = id;
                vb.s[VU_SERVICE][row] = Catalog.SERVICE_CODES[sv];
                l[VU_SUBSCRIBED][row] = subscribed[sv] ? 1 : 0;
                l[VU_USAGE][row] = usage[sv];
                l[VU_REVENUE][row] = revenue[sv];
                boolean never = firstUse[sv] == NEVER;
                vb.n[VU_FIRST][row] = never;
                l[VU_FIRST][row] = never ? 0 : calendar.monthId(firstUse[sv]);
                l[VU_STREAK][row] = streak[sv];
            }
        }
        return churnNow;
    }

    private long drawUsage(int s, SplittableRandom r) {
        double f = intensity;
        long v = switch (s) {
            case MMS -> 1 + (long) (-(brand == MZONE ? 5.0 : 3.0) * f * Math.log(1 - r.nextDouble()));
            case CRBT -> 1 + (long) (-0.8 * f * Math.log(1 - r.nextDouble()));
            case MNEWS, NONGXIN -> Math.round((5 + r.nextInt(36)) * f);
            case MINTERNET -> Math.round((1 + r.nextInt(25)) * f);
            case FETION -> Math.round((1 + r.nextInt(27)) * f);
            case MAIL139, PLAY -> Math.round((1 + r.nextInt(16)) * f);
            case PIM -> 1 + r.nextInt(4);
            case XXT -> Math.round((3 + r.nextInt(20)) * f);
            default -> 1;
        };
        return Math.max(1, s == MINTERNET || s == FETION ? Math.min(v, 28) : v);
    }

    /** Function fee when subscribed plus information fees, in cents [I]. */
    private long serviceRevenue(int s) {
        long u = usage[s];
        return switch (s) {
            case MMS -> subscribed[s] ? 300 : 30 * u;
            case CRBT -> 500 + 150 * u;
            case MINTERNET -> subscribed[s] ? 500 : 50 * u;
            default -> subscribed[s] ? Catalog.SERVICE_FEE_CENTS[s] : 0;
        };
    }

    private void writeSubscriber(TableBuffer b) {
        SplittableRandom r = rng;
        int row = b.next();
        long[][] l = b.l;
        String[][] s = b.s;
        long joinDate = calendar.firstEpochDay(joinIdx) + r.nextInt(calendar.days(joinIdx));
        char[] msisdn = new char[11];
        String prefix = MSISDN_PREFIX[r.nextInt(MSISDN_PREFIX.length)];
        prefix.getChars(0, 3, msisdn, 0);
        for (int i = 3; i < 7; i++) {
            msisdn[i] = '*';
        }
        int tail = r.nextInt(10000);
        for (int i = 10; i >= 7; i--) {
            msisdn[i] = (char) ('0' + tail % 10);
            tail /= 10;
        }
        l[SU_ID][row] = id;
        s[SU_MSISDN][row] = new String(msisdn);
        l[SU_JOIN_DATE][row] = joinDate;
        s[SU_GENDER][row] = male ? "M" : "F";
        l[SU_BIRTH][row] = calendar.year(Math.max(0, joinIdx)) - age; // age in the first month on the network in the window
        s[SU_BRAND][row] = Catalog.BRANDS[brand];
        s[SU_GROUP][row] = Catalog.GROUPS[group];
        l[SU_GROUP_MEMBER][row] = groupMember ? 1 : 0;
        s[SU_CHANNEL][row] = Catalog.CHANNEL_CODES[joinChannel];
        l[SU_NEAR_CAMPUS][row] = nearCampus ? 1 : 0;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static long halfUp(long sum, int n) {
        return (2 * sum + n) / (2L * n);
    }

    private static int pick(double[] probabilities, double u) {
        double acc = 0;
        for (int i = 0; i < probabilities.length - 1; i++) {
            acc += probabilities[i];
            if (u < acc) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    private static int pickCumulative(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static double uni(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    private static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : x > hi ? hi : x;
    }

    private static int clampRound(double x, int lo, int hi) {
        long v = Math.round(x);
        return (int) (v < lo ? lo : v > hi ? hi : v);
    }
}
