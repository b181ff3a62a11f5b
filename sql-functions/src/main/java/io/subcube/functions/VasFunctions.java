package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.flag;

/**
 * Value-added-service functions of DOMAIN.md §B3.9–B3.11: VAS_USER_CLASS, the ESC ladder (ESC_STAGE,
 * ESC_ACTION) and NEED.
 */
public final class VasFunctions {

    private VasFunctions() {
    }

    // ---- §B3.9 VAS_USER_CLASS

    /** §B3.9 VAS_USER_CLASS core: a {@link Domains#USER_CLASSES} code; {@code firstUseNull} = first_use_month NULL. */
    public static int vasUserClassCode(long subscribed, long firstUseMonth, boolean firstUseNull, long monthId,
                                       long usageCnt, long streakMonths, long loyalMin) {
        final String f = "VAS_USER_CLASS";
        boolean sub = flag(subscribed, f, "subscribed");
        long month = Units.monthOrdinal(monthId, f, "month_id");
        count(usageCnt, f, "usage_cnt");
        count(streakMonths, f, "streak_months");
        count(loyalMin, f, "loyal_min");
        if (firstUseNull) {
            if (usageCnt > 0) {
                throw new DomainException(f, "first_use_month", "NULL");
            }
            if (streakMonths > 0) {
                throw new DomainException(f, "streak_months", streakMonths);
            }
            return sub ? Domains.CLASS_SILENT : Domains.CLASS_POTENTIAL;
        }
        long monthsBetween = month - Units.monthOrdinal(firstUseMonth, f, "first_use_month");
        if (monthsBetween < 0) {
            throw new DomainException(f, "first_use_month", firstUseMonth);
        }
        if (streakMonths > monthsBetween + 1) {
            throw new DomainException(f, "streak_months", streakMonths);
        }
        if (usageCnt == 0) {
            return Domains.CLASS_SILENT;
        }
        if (monthsBetween <= 2) {
            return Domains.CLASS_TRIAL;
        }
        if (streakMonths >= 3 && usageCnt >= loyalMin) {
            return Domains.CLASS_LOYAL;
        }
        return Domains.CLASS_ACTIVE;
    }

    /**
     * §B3.9 VAS_USER_CLASS(subscribed BOOLEAN, first_use_month INTEGER, month_id INTEGER, usage_cnt BIGINT,
     * streak_months INTEGER, loyal_min BIGINT) → VARCHAR; first_use_month NULL means never used, any other
     * NULL gives NULL.
     */
    @SqlFunction(name = "VAS_USER_CLASS", section = "B3.9", returns = "VARCHAR", nullMeaningful = true)
    public static String vasUserClass(@Param(name = "subscribed", type = "BOOLEAN") Boolean subscribed,
                                      @Param(name = "first_use_month", type = "INTEGER") Integer firstUseMonth,
                                      @Param(name = "month_id", type = "INTEGER") Integer monthId,
                                      @Param(name = "usage_cnt", type = "BIGINT") Long usageCnt,
                                      @Param(name = "streak_months", type = "INTEGER") Integer streakMonths,
                                      @Param(name = "loyal_min", type = "BIGINT") Long loyalMin) {
        if (subscribed == null || monthId == null || usageCnt == null || streakMonths == null || loyalMin == null) {
            return null;
        }
        return Domains.USER_CLASSES.get(vasUserClassCode(Units.bool(subscribed),
                firstUseMonth == null ? 0 : firstUseMonth, firstUseMonth == null, monthId, usageCnt, streakMonths,
                loyalMin));
    }

    /** §B3.9 VAS_USER_CLASS over arrays (subscribed 0/1; {@code firstUseNull[i]} = never used), codes out. */
    public static void vasUserClassBatch(long[] subscribed, long[] firstUseMonth, boolean[] firstUseNull,
                                         long[] monthId, long[] usageCnt, long[] streakMonths, long[] loyalMin,
                                         int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = vasUserClassCode(subscribed[i], firstUseMonth[i], firstUseNull[i], monthId[i],
                    usageCnt[i], streakMonths[i], loyalMin[i]);
        }
    }

    // ---- §B3.10 ESC_STAGE, ESC_ACTION

    /** §B3.10 ESC_STAGE core with explicit min_streak and heavy_cnt: a {@link Domains#ESC_STAGES} code. */
    public static int escStageCode(long dataCapable, long vasMonthsEver, long vasStreakMonths, long vasActiveCnt,
                                   long minStreak, long heavyCnt) {
        count(minStreak, "ESC_STAGE", "min_streak");
        count(heavyCnt, "ESC_STAGE", "heavy_cnt");
        return escStageChecked(dataCapable, vasMonthsEver, vasStreakMonths, vasActiveCnt, minStreak, heavyCnt);
    }

    /** §B3.10 ESC_STAGE code with {@code p}'s min_streak and heavy_cnt. */
    public static int escStageCode(ScoringParameters p, long dataCapable, long vasMonthsEver, long vasStreakMonths,
                                   long vasActiveCnt) {
        return escStageChecked(dataCapable, vasMonthsEver, vasStreakMonths, vasActiveCnt, p.escMinStreak,
                p.escHeavyCnt);
    }

    private static int escStageChecked(long dataCapable, long ever, long streak, long active, long minStreak,
                                       long heavyCnt) {
        boolean capable = flag(dataCapable, "ESC_STAGE", "data_capable");
        count(ever, "ESC_STAGE", "vas_months_ever");
        count(streak, "ESC_STAGE", "vas_streak_months");
        count(active, "ESC_STAGE", "vas_active_cnt");
        if (!capable) {
            return Domains.ESC_HANDSET;
        }
        if (ever == 0) {
            return Domains.ESC_POTENTIAL;
        }
        if (streak < minStreak) {
            return Domains.ESC_TRIAL;
        }
        return active >= heavyCnt ? Domains.ESC_HEAVY : Domains.ESC_REGULAR;
    }

    /**
     * §B3.10 ESC_STAGE(data_capable BOOLEAN, vas_months_ever INTEGER, vas_streak_months INTEGER, vas_active_cnt
     * INTEGER) → VARCHAR, with the dataset's min_streak and heavy_cnt.
     */
    @SqlFunction(name = "ESC_STAGE", section = "B3.10", returns = "VARCHAR")
    public static String escStage(ScoringParameters p,
                                  @Param(name = "data_capable", type = "BOOLEAN") Boolean dataCapable,
                                  @Param(name = "vas_months_ever", type = "INTEGER") Integer vasMonthsEver,
                                  @Param(name = "vas_streak_months", type = "INTEGER") Integer vasStreakMonths,
                                  @Param(name = "vas_active_cnt", type = "INTEGER") Integer vasActiveCnt) {
        if (dataCapable == null || vasMonthsEver == null || vasStreakMonths == null || vasActiveCnt == null) {
            return null;
        }
        return Domains.ESC_STAGES.get(escStageCode(p, Units.bool(dataCapable), vasMonthsEver, vasStreakMonths,
                vasActiveCnt));
    }

    /**
     * §B3.10 ESC_STAGE(data_capable BOOLEAN, vas_months_ever INTEGER, vas_streak_months INTEGER, vas_active_cnt
     * INTEGER, min_streak INTEGER, heavy_cnt INTEGER) → VARCHAR.
     */
    @SqlFunction(name = "ESC_STAGE", section = "B3.10", returns = "VARCHAR")
    public static String escStage(@Param(name = "data_capable", type = "BOOLEAN") Boolean dataCapable,
                                  @Param(name = "vas_months_ever", type = "INTEGER") Integer vasMonthsEver,
                                  @Param(name = "vas_streak_months", type = "INTEGER") Integer vasStreakMonths,
                                  @Param(name = "vas_active_cnt", type = "INTEGER") Integer vasActiveCnt,
                                  @Param(name = "min_streak", type = "INTEGER") Integer minStreak,
                                  @Param(name = "heavy_cnt", type = "INTEGER") Integer heavyCnt) {
        if (dataCapable == null || vasMonthsEver == null || vasStreakMonths == null || vasActiveCnt == null
                || minStreak == null || heavyCnt == null) {
            return null;
        }
        return Domains.ESC_STAGES.get(escStageCode(Units.bool(dataCapable), vasMonthsEver, vasStreakMonths,
                vasActiveCnt, minStreak, heavyCnt));
    }

    /** §B3.10 ESC_STAGE over arrays with {@code p}'s thresholds (data_capable 0/1), codes out. */
    public static void escStageBatch(ScoringParameters p, long[] dataCapable, long[] vasMonthsEver,
                                     long[] vasStreakMonths, long[] vasActiveCnt, int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = escStageCode(p, dataCapable[i], vasMonthsEver[i], vasStreakMonths[i], vasActiveCnt[i]);
        }
    }

    private static final int[] ACTION_OF_STAGE = {0, 1, 2, 3, 3};

    /** §B3.10 ESC_ACTION core: {@link Domains#ESC_STAGES} code in, {@link Domains#ESC_ACTIONS} code out. */
    public static int escActionCode(int stageCode) {
        return ACTION_OF_STAGE[Domains.check("ESC_ACTION", "stage", Domains.ESC_STAGES, stageCode)];
    }

    /** §B3.10 ESC_ACTION(stage VARCHAR) → VARCHAR; an unknown stage is an error. */
    @SqlFunction(name = "ESC_ACTION", section = "B3.10", returns = "VARCHAR")
    public static String escAction(@Param(name = "stage", type = "VARCHAR") String stage) {
        if (stage == null) {
            return null;
        }
        return Domains.ESC_ACTIONS.get(escActionCode(Domains.code("ESC_ACTION", "stage", Domains.ESC_STAGES, stage)));
    }

    /** §B3.10 ESC_ACTION over arrays: stage codes in, action codes out. */
    public static void escActionBatch(int[] stageCodes, int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = escActionCode(stageCodes[i]);
        }
    }

    // ---- §B3.11 NEED

    /** §B3.11 NEED core: {@link Domains#USER_CLASSES} codes in (no vas_usage row = POTENTIAL), a {@link Domains#NEEDS} code out. */
    public static int needCode(ScoringParameters p, long dataCapable, int minternetClass, int mnewsClass,
                               int crbtClass, long mouTotal, long mouAvg3) {
        final String f = "NEED";
        boolean capable = flag(dataCapable, f, "data_capable");
        Domains.check(f, "minternet_class", Domains.USER_CLASSES, minternetClass);
        Domains.check(f, "mnews_class", Domains.USER_CLASSES, mnewsClass);
        Domains.check(f, "crbt_class", Domains.USER_CLASSES, crbtClass);
        count(mouTotal, f, "mou_total");
        count(mouAvg3, f, "mou_avg3");
        if (capable && lapsed(minternetClass)) {
            return Domains.NEED_MINTERNET;
        }
        if (capable && lapsed(mnewsClass)) {
            return Domains.NEED_MNEWS;
        }
        if (lapsed(crbtClass)) {
            return Domains.NEED_CRBT;
        }
        if (mouAvg3 > 0 && 10_000 * mouTotal < p.needVoiceRatio * mouAvg3) {
            return Domains.NEED_TRAFFIC;
        }
        if (capable && minternetClass == Domains.CLASS_POTENTIAL) {
            return Domains.NEED_MINTERNET;
        }
        if (capable && mnewsClass == Domains.CLASS_POTENTIAL) {
            return Domains.NEED_MNEWS;
        }
        if (crbtClass == Domains.CLASS_POTENTIAL) {
            return Domains.NEED_CRBT;
        }
        return Domains.NEED_NONE;
    }

    private static boolean lapsed(int userClass) {
        return userClass == Domains.CLASS_SILENT || userClass == Domains.CLASS_TRIAL;
    }

    /**
     * §B3.11 NEED(data_capable BOOLEAN, minternet_class VARCHAR, mnews_class VARCHAR, crbt_class VARCHAR,
     * mou_total INTEGER, mou_avg3 INTEGER) → VARCHAR. A NULL class means no vas_usage row, i.e. POTENTIAL (so a
     * LEFT JOIN can pass it straight); any other NULL gives NULL.
     */
    @SqlFunction(name = "NEED", section = "B3.11", returns = "VARCHAR", nullMeaningful = true)
    public static String need(ScoringParameters p,
                              @Param(name = "data_capable", type = "BOOLEAN") Boolean dataCapable,
                              @Param(name = "minternet_class", type = "VARCHAR") String minternetClass,
                              @Param(name = "mnews_class", type = "VARCHAR") String mnewsClass,
                              @Param(name = "crbt_class", type = "VARCHAR") String crbtClass,
                              @Param(name = "mou_total", type = "INTEGER") Integer mouTotal,
                              @Param(name = "mou_avg3", type = "INTEGER") Integer mouAvg3) {
        if (dataCapable == null || mouTotal == null || mouAvg3 == null) {
            return null;
        }
        return Domains.NEEDS.get(needCode(p, Units.bool(dataCapable), userClass(minternetClass, "minternet_class"),
                userClass(mnewsClass, "mnews_class"), userClass(crbtClass, "crbt_class"), mouTotal, mouAvg3));
    }

    private static int userClass(String value, String argument) {
        return value == null ? Domains.CLASS_POTENTIAL : Domains.code("NEED", argument, Domains.USER_CLASSES, value);
    }

    /**
     * §B3.11 NEED over arrays (data_capable 0/1, class codes of {@link Domains#USER_CLASSES}; a subscriber without
     * a vas_usage row for the service is POTENTIAL), codes out.
     */
    public static void needBatch(ScoringParameters p, long[] dataCapable, int[] minternetClass, int[] mnewsClass,
                                 int[] crbtClass, long[] mouTotal, long[] mouAvg3, int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = needCode(p, dataCapable[i], minternetClass[i], mnewsClass[i], crbtClass[i], mouTotal[i],
                    mouAvg3[i]);
        }
    }
}
