package io.subcube.functions;

import static io.subcube.functions.Units.count;
import static io.subcube.functions.Units.flag;
import static io.subcube.functions.Units.money;
import static io.subcube.functions.Units.share;

import java.math.BigDecimal;
import java.util.List;

/**
 * Hotspot-market functions of DOMAIN.md §B3.17–B3.21 (seeds 003 and 004): RURAL_SEGMENT, MIGRANT_TYPE,
 * FAMILY_FLAG, FAMILY_PKG_TARGET, SCHOOL_TYPE and MMS_SEGMENT, the location_month columns of §B2.3.
 *
 * <p>Cores and batch forms take storage units: counts, days, minutes and ids as {@code long}, shares in
 * ten-thousandths, money in cents, BOOLEAN as 0/1 and VARCHAR as its code in a {@link Domains} list. Their
 * results are codes ({@link Domains#RURAL_SEGMENTS}, {@link Domains#MIGRANT_TYPES},
 * {@link Domains#SCHOOL_TYPES}), 0/1 flags or segment numbers, and {@link #NULL} (−1) is SQL NULL
 * throughout, in results and in the few inputs that may be NULL.
 */
public final class HotspotFunctions {

    /** §B3.17–B3.21 the NULL of every core and batch result here (and of a NULL family_flag input). */
    public static final int NULL = -1;

    private HotspotFunctions() {
    }

    // ---- §B3.17 RURAL_SEGMENT

    /**
     * §B3.17 RURAL_SEGMENT core: a {@link Domains#RURAL_SEGMENTS} code or {@link #NULL}; rest_market_type is a
     * {@link Domains#MARKET_TYPES} code. Ids must be consistent: the same grid lies in one county, the same
     * county in one city.
     */
    public static int ruralSegmentCode(int restMarketType, long workGridId, long restGridId, long workCountyId,
                                       long restCountyId, long workCityId, long restCityId) {
        final String f = "RURAL_SEGMENT";
        Domains.check(f, "rest_market_type", Domains.MARKET_TYPES, restMarketType);
        boolean sameGrid = workGridId == restGridId;
        boolean sameCounty = workCountyId == restCountyId;
        if (sameGrid && !sameCounty) {
            throw new DomainException(f, "work_county_id", workCountyId);
        }
        if (sameCounty && workCityId != restCityId) {
            throw new DomainException(f, "work_city_id", workCityId);
        }
        if (restMarketType != Domains.MKT_RURAL) {
            return NULL;
        }
        if (sameGrid) {
            return Domains.RURAL_LEFT_BEHIND;
        }
        if (sameCounty) {
            return Domains.RURAL_IN_COUNTY;
        }
        // works outside the home city: not one of 003's three rural markets
        return workCityId == restCityId ? Domains.RURAL_OUT_COUNTY : NULL;
    }

    /**
     * §B3.17 RURAL_SEGMENT(rest_market_type VARCHAR, work_grid_id INTEGER, rest_grid_id INTEGER, work_county_id
     * INTEGER, rest_county_id INTEGER, work_city_id INTEGER, rest_city_id INTEGER) → VARCHAR.
     */
    @SqlFunction(name = "RURAL_SEGMENT", section = "B3.17", returns = "VARCHAR")
    public static String ruralSegment(@Param(name = "rest_market_type", type = "VARCHAR") String restMarketType,
                                      @Param(name = "work_grid_id", type = "INTEGER") Integer workGridId,
                                      @Param(name = "rest_grid_id", type = "INTEGER") Integer restGridId,
                                      @Param(name = "work_county_id", type = "INTEGER") Integer workCountyId,
                                      @Param(name = "rest_county_id", type = "INTEGER") Integer restCountyId,
                                      @Param(name = "work_city_id", type = "INTEGER") Integer workCityId,
                                      @Param(name = "rest_city_id", type = "INTEGER") Integer restCityId) {
        if (restMarketType == null || workGridId == null || restGridId == null || workCountyId == null
                || restCountyId == null || workCityId == null || restCityId == null) {
            return null;
        }
        return name(Domains.RURAL_SEGMENTS, ruralSegmentCode(
                Domains.code("RURAL_SEGMENT", "rest_market_type", Domains.MARKET_TYPES, restMarketType),
                workGridId, restGridId, workCountyId, restCountyId, workCityId, restCityId));
    }

    /**
     * §B3.17 RURAL_SEGMENT over arrays: rest_market_type as {@link Domains#MARKET_TYPES} codes, ids as longs;
     * {@code workNull[i]} = work_grid_id NULL and {@code restNull[i]} = rest_grid_id NULL (the grid's market
     * type, county and city are then ignored); codes out, {@link #NULL} for NULL.
     */
    public static void ruralSegmentBatch(int[] restMarketType, long[] workGridId, long[] restGridId,
                                         long[] workCountyId, long[] restCountyId, long[] workCityId,
                                         long[] restCityId, boolean[] workNull, boolean[] restNull, int[] outCodes,
                                         int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = workNull[i] || restNull[i] ? NULL : ruralSegmentCode(restMarketType[i], workGridId[i],
                    restGridId[i], workCountyId[i], restCountyId[i], workCityId[i], restCityId[i]);
        }
    }

    // ---- §B3.18 MIGRANT_TYPE

    /**
     * §B3.18 MIGRANT_TYPE core with {@code p}'s cuts: roam_scope a {@link Domains#ROAM_SCOPES} code, the share
     * in ten-thousandths; a {@link Domains#MIGRANT_TYPES} code or {@link #NULL}.
     */
    public static int migrantTypeCode(ScoringParameters p, long roamOutDays, int roamScope,
                                      long ruralContactShare) {
        final String f = "MIGRANT_TYPE";
        count(roamOutDays, f, "roam_out_days");
        Domains.check(f, "roam_scope", Domains.ROAM_SCOPES, roamScope);
        share(ruralContactShare, f, "rural_contact_share");
        if (roamOutDays < p.migrantRoamDays || ruralContactShare < p.migrantRuralShare) {
            return NULL;
        }
        return roamScope == Domains.ROAM_INTRA ? Domains.MIGRANT_INTRA
                : roamScope == Domains.ROAM_INTER ? Domains.MIGRANT_INTER : NULL;
    }

    /**
     * §B3.18 MIGRANT_TYPE(roam_out_days INTEGER, roam_scope VARCHAR, rural_contact_share DECIMAL(5,4)) →
     * VARCHAR, with the dataset's roaming days and rural share.
     */
    @SqlFunction(name = "MIGRANT_TYPE", section = "B3.18", returns = "VARCHAR")
    public static String migrantType(ScoringParameters p,
                                     @Param(name = "roam_out_days", type = "INTEGER") Integer roamOutDays,
                                     @Param(name = "roam_scope", type = "VARCHAR") String roamScope,
                                     @Param(name = "rural_contact_share", type = "DECIMAL(5,4)")
                                     BigDecimal ruralContactShare) {
        if (roamOutDays == null || roamScope == null || ruralContactShare == null) {
            return null;
        }
        final String f = "MIGRANT_TYPE";
        return name(Domains.MIGRANT_TYPES, migrantTypeCode(p, roamOutDays,
                Domains.code(f, "roam_scope", Domains.ROAM_SCOPES, roamScope),
                Units.tenThousandths(ruralContactShare, f, "rural_contact_share")));
    }

    /**
     * §B3.18 MIGRANT_TYPE over arrays (days, {@link Domains#ROAM_SCOPES} codes, ten-thousandths), codes out,
     * {@link #NULL} for NULL.
     */
    public static void migrantTypeBatch(ScoringParameters p, long[] roamOutDays, int[] roamScope,
                                        long[] ruralContactShare, int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = migrantTypeCode(p, roamOutDays[i], roamScope[i], ruralContactShare[i]);
        }
    }

    // ---- §B3.19 FAMILY_FLAG, FAMILY_PKG_TARGET

    /** §B3.19 FAMILY_FLAG core with {@code p}'s rest days: rest_market_type a {@link Domains#MARKET_TYPES} code. */
    public static boolean familyFlag(ScoringParameters p, int restMarketType, long restDays) {
        final String f = "FAMILY_FLAG";
        Domains.check(f, "rest_market_type", Domains.MARKET_TYPES, restMarketType);
        count(restDays, f, "rest_days");
        return restMarketType == Domains.MKT_RESIDENTIAL && restDays >= p.familyRestDays;
    }

    /** §B3.19 FAMILY_FLAG(rest_market_type VARCHAR, rest_days INTEGER) → BOOLEAN, with the dataset's rest days. */
    @SqlFunction(name = "FAMILY_FLAG", section = "B3.19", returns = "BOOLEAN")
    public static Boolean familyFlag(ScoringParameters p,
                                     @Param(name = "rest_market_type", type = "VARCHAR") String restMarketType,
                                     @Param(name = "rest_days", type = "INTEGER") Integer restDays) {
        if (restMarketType == null || restDays == null) {
            return null;
        }
        return familyFlag(p, Domains.code("FAMILY_FLAG", "rest_market_type", Domains.MARKET_TYPES, restMarketType),
                restDays);
    }

    /**
     * §B3.19 FAMILY_FLAG over arrays ({@link Domains#MARKET_TYPES} codes, days; {@code restNull[i]} =
     * rest_grid_id NULL, so no market type); 1/0 out, {@link #NULL} for NULL.
     */
    public static void familyFlagBatch(ScoringParameters p, int[] restMarketType, long[] restDays,
                                       boolean[] restNull, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = restNull[i] ? NULL : familyFlag(p, restMarketType[i], restDays[i]) ? 1 : 0;
        }
    }

    /**
     * §B3.19 FAMILY_PKG_TARGET core: flags 0/1, status a {@link Domains#STATUSES} code, days since joining ≥ 0.
     */
    public static boolean familyPkgTarget(long groupMember, long vpmnFlag, int status, long daysSinceJoin,
                                          long familyFlag) {
        final String f = "FAMILY_PKG_TARGET";
        boolean group = flag(groupMember, f, "group_member");
        boolean vpmn = flag(vpmnFlag, f, "vpmn_flag");
        Domains.check(f, "status", Domains.STATUSES, status);
        count(daysSinceJoin, f, "days_since_join");
        boolean family = flag(familyFlag, f, "family_flag");
        return !group && !vpmn && status == Domains.STATUS_ACTIVE && daysSinceJoin < 60 && family;
    }

    /**
     * §B3.19 FAMILY_PKG_TARGET(group_member BOOLEAN, vpmn_flag BOOLEAN, status VARCHAR, days_since_join INTEGER,
     * family_flag BOOLEAN) → BOOLEAN.
     */
    @SqlFunction(name = "FAMILY_PKG_TARGET", section = "B3.19", returns = "BOOLEAN")
    public static Boolean familyPkgTarget(@Param(name = "group_member", type = "BOOLEAN") Boolean groupMember,
                                          @Param(name = "vpmn_flag", type = "BOOLEAN") Boolean vpmnFlag,
                                          @Param(name = "status", type = "VARCHAR") String status,
                                          @Param(name = "days_since_join", type = "INTEGER") Integer daysSinceJoin,
                                          @Param(name = "family_flag", type = "BOOLEAN") Boolean familyFlag) {
        if (groupMember == null || vpmnFlag == null || status == null || daysSinceJoin == null
                || familyFlag == null) {
            return null;
        }
        return familyPkgTarget(Units.bool(groupMember), Units.bool(vpmnFlag),
                Domains.code("FAMILY_PKG_TARGET", "status", Domains.STATUSES, status), daysSinceJoin,
                Units.bool(familyFlag));
    }

    /**
     * §B3.19 FAMILY_PKG_TARGET over arrays (0/1 flags, {@link Domains#STATUSES} codes, days); family_flag may
     * be {@link #NULL} as {@link #familyFlagBatch} writes it; 1/0 out, {@link #NULL} for NULL.
     */
    public static void familyPkgTargetBatch(long[] groupMember, long[] vpmnFlag, int[] status, long[] daysSinceJoin,
                                            long[] familyFlag, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = familyFlag[i] == NULL ? NULL
                    : familyPkgTarget(groupMember[i], vpmnFlag[i], status[i], daysSinceJoin[i], familyFlag[i]) ? 1 : 0;
        }
    }

    // ---- §B3.20 SCHOOL_TYPE

    /**
     * §B3.20 SCHOOL_TYPE core: counts, the campus share in ten-thousandths, join_near_campus 0/1; a
     * {@link Domains#SCHOOL_TYPES} code or {@link #NULL}.
     */
    public static int schoolTypeCode(long tenureMonths, long smsMoCnt, long campusCallShare, long campusPeers10plus,
                                     long joinNearCampus) {
        final String f = "SCHOOL_TYPE";
        count(tenureMonths, f, "tenure_months");
        count(smsMoCnt, f, "sms_mo_cnt");
        share(campusCallShare, f, "campus_call_share");
        count(campusPeers10plus, f, "campus_peers_10plus");
        boolean nearCampus = flag(joinNearCampus, f, "join_near_campus");
        if (tenureMonths >= 1) {
            return smsMoCnt >= 50 && campusCallShare >= 5_000 && campusPeers10plus >= 2 ? Domains.SCHOOL_STUDENT
                    : NULL;
        }
        return campusCallShare > 0 || nearCampus ? Domains.SCHOOL_NEW_STUDENT : NULL;
    }

    /**
     * §B3.20 SCHOOL_TYPE(tenure_months INTEGER, sms_mo_cnt INTEGER, campus_call_share DECIMAL(5,4),
     * campus_peers_10plus INTEGER, join_near_campus BOOLEAN) → VARCHAR.
     */
    @SqlFunction(name = "SCHOOL_TYPE", section = "B3.20", returns = "VARCHAR")
    public static String schoolType(@Param(name = "tenure_months", type = "INTEGER") Integer tenureMonths,
                                    @Param(name = "sms_mo_cnt", type = "INTEGER") Integer smsMoCnt,
                                    @Param(name = "campus_call_share", type = "DECIMAL(5,4)") BigDecimal campusCallShare,
                                    @Param(name = "campus_peers_10plus", type = "INTEGER") Integer campusPeers10plus,
                                    @Param(name = "join_near_campus", type = "BOOLEAN") Boolean joinNearCampus) {
        if (tenureMonths == null || smsMoCnt == null || campusCallShare == null || campusPeers10plus == null
                || joinNearCampus == null) {
            return null;
        }
        return name(Domains.SCHOOL_TYPES, schoolTypeCode(tenureMonths, smsMoCnt,
                Units.tenThousandths(campusCallShare, "SCHOOL_TYPE", "campus_call_share"), campusPeers10plus,
                Units.bool(joinNearCampus)));
    }

    /**
     * §B3.20 SCHOOL_TYPE over arrays (counts, ten-thousandths, 0/1), codes out, {@link #NULL} for NULL.
     */
    public static void schoolTypeBatch(long[] tenureMonths, long[] smsMoCnt, long[] campusCallShare,
                                       long[] campusPeers10plus, long[] joinNearCampus, int[] outCodes, int n) {
        for (int i = 0; i < n; i++) {
            outCodes[i] = schoolTypeCode(tenureMonths[i], smsMoCnt[i], campusCallShare[i], campusPeers10plus[i],
                    joinNearCampus[i]);
        }
    }

    // ---- §B3.21 MMS_SEGMENT

    /**
     * §B3.21 MMS_SEGMENT core with {@code p}'s high ARPU and low traffic: market type, brand and gender as
     * {@link Domains} codes, ARPU in cents, news_sub 0/1; the segment 1–5 or {@link #NULL}.
     */
    public static long mmsSegment(ScoringParameters p, int workMarketType, int brand, long age, int gender,
                                  long arpuCents, long mmsMoCnt, long mmsMt3m, long newsSub, long mouTotal) {
        final String f = "MMS_SEGMENT";
        Domains.check(f, "work_market_type", Domains.MARKET_TYPES, workMarketType);
        Domains.check(f, "brand", Domains.BRANDS, brand);
        count(age, f, "age");
        Domains.check(f, "gender", Domains.GENDERS, gender);
        money(arpuCents, f, "arpu");
        count(mmsMoCnt, f, "mms_mo_cnt");
        count(mmsMt3m, f, "mms_mt_3m");
        boolean news = flag(newsSub, f, "news_sub");
        count(mouTotal, f, "mou_total");
        // first match, top-down; ages inclusive at both ends
        if (workMarketType == Domains.MKT_CAMPUS && brand == Domains.BRAND_MZONE && age >= 17 && age <= 25
                && mmsMoCnt >= 5) {
            return 1;
        }
        if (workMarketType == Domains.MKT_CBD && (brand == Domains.BRAND_GOTONE || brand == Domains.BRAND_SZX)
                && age >= 25 && age <= 35
                && gender == Domains.GENDER_F && mmsMt3m >= 1) {
            return 2;
        }
        if (workMarketType == Domains.MKT_TRANSPORT && brand == Domains.BRAND_GOTONE && age >= 35 && age <= 45
                && gender == Domains.GENDER_M && arpuCents >= p.mmsHighArpu) {
            return 3;
        }
        if (workMarketType == Domains.MKT_SCHOOL && brand == Domains.BRAND_MZONE && age >= 13 && age <= 18
                && mouTotal < p.mmsLowTraffic && mmsMoCnt >= 1) {
            return 4;
        }
        if (workMarketType == Domains.MKT_CBD && brand == Domains.BRAND_GOTONE && age >= 25 && age <= 40
                && gender == Domains.GENDER_M && news) {
            return 5;
        }
        return NULL;
    }

    /**
     * §B3.21 MMS_SEGMENT(work_market_type VARCHAR, brand VARCHAR, age INTEGER, gender VARCHAR, arpu DECIMAL(12,2),
     * mms_mo_cnt INTEGER, mms_mt_3m INTEGER, news_sub BOOLEAN, mou_total INTEGER) → INTEGER, with the dataset's
     * high ARPU and low traffic.
     */
    @SqlFunction(name = "MMS_SEGMENT", section = "B3.21", returns = "INTEGER")
    public static Integer mmsSegment(ScoringParameters p,
                                     @Param(name = "work_market_type", type = "VARCHAR") String workMarketType,
                                     @Param(name = "brand", type = "VARCHAR") String brand,
                                     @Param(name = "age", type = "INTEGER") Integer age,
                                     @Param(name = "gender", type = "VARCHAR") String gender,
                                     @Param(name = "arpu", type = "DECIMAL(12,2)") BigDecimal arpu,
                                     @Param(name = "mms_mo_cnt", type = "INTEGER") Integer mmsMoCnt,
                                     @Param(name = "mms_mt_3m", type = "INTEGER") Integer mmsMt3m,
                                     @Param(name = "news_sub", type = "BOOLEAN") Boolean newsSub,
                                     @Param(name = "mou_total", type = "INTEGER") Integer mouTotal) {
        if (workMarketType == null || brand == null || age == null || gender == null || arpu == null
                || mmsMoCnt == null || mmsMt3m == null || newsSub == null || mouTotal == null) {
            return null;
        }
        final String f = "MMS_SEGMENT";
        long s = mmsSegment(p, Domains.code(f, "work_market_type", Domains.MARKET_TYPES, workMarketType),
                Domains.code(f, "brand", Domains.BRANDS, brand), age, Domains.code(f, "gender", Domains.GENDERS, gender),
                Units.cents(arpu, f, "arpu"), mmsMoCnt, mmsMt3m, Units.bool(newsSub), mouTotal);
        return s == NULL ? null : (int) s;
    }

    /**
     * §B3.21 MMS_SEGMENT over arrays ({@link Domains} codes for market type, brand and gender, cents, counts,
     * news_sub 0/1; {@code workNull[i]} = work_grid_id NULL, so no work market type); segments out,
     * {@link #NULL} for NULL.
     */
    public static void mmsSegmentBatch(ScoringParameters p, int[] workMarketType, int[] brand, long[] age,
                                       int[] gender, long[] arpuCents, long[] mmsMoCnt, long[] mmsMt3m,
                                       long[] newsSub, long[] mouTotal, boolean[] workNull, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = workNull[i] ? NULL : mmsSegment(p, workMarketType[i], brand[i], age[i], gender[i], arpuCents[i],
                    mmsMoCnt[i], mmsMt3m[i], newsSub[i], mouTotal[i]);
        }
    }

    private static String name(List<String> domain, int code) {
        return code == NULL ? null : domain.get(code);
    }
}
