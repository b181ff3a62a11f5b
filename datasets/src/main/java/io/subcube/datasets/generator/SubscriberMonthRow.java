package io.subcube.datasets.generator;

import static io.subcube.datasets.generator.Columns.stored;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;

/** Writes a simulated month of a subscriber as its subscriber_month row (§B2.1). */
final class SubscriberMonthRow {

    private static final TableDef T = SubcubeSchema.SUBSCRIBER_MONTH;
    private static final int MONTH = stored(T, "month_id");
    private static final int ID = stored(T, "subscriber_id");
    private static final int PROVINCE = stored(T, "province_id");
    private static final int CITY = stored(T, "city_id");
    private static final int COUNTY = stored(T, "county_id");
    private static final int GRID = stored(T, "grid_id");
    private static final int BRAND = stored(T, "brand");
    private static final int GROUP = stored(T, "cust_group");
    private static final int PLAN = stored(T, "plan_code");
    private static final int STATUS = stored(T, "status");
    private static final int TENURE = stored(T, "tenure_months");
    private static final int ARPU = stored(T, "arpu");
    private static final int REV_VOICE = stored(T, "rev_voice");
    private static final int REV_VAS = stored(T, "rev_vas");
    private static final int ARPU_AVG3 = stored(T, "arpu_avg3");
    private static final int COST = stored(T, "marketing_cost");
    private static final int RR_AVG3 = stored(T, "return_rate_avg3");
    private static final int MOU = stored(T, "mou_total");
    private static final int MOU_AVG3 = stored(T, "mou_avg3");
    private static final int LD_OUT = stored(T, "mou_ld_out");
    private static final int LD_IN = stored(T, "mou_ld_in");
    private static final int ROAM = stored(T, "mou_roam");
    private static final int VPMN = stored(T, "mou_vpmn");
    private static final int INTL = stored(T, "mou_intl");
    private static final int SMS = stored(T, "sms_mo_cnt");
    private static final int MMS = stored(T, "mms_mo_cnt");
    private static final int MMS_MT = stored(T, "mms_mt_3m");
    private static final int GPRS = stored(T, "gprs_kb");
    private static final int CIRCLE = stored(T, "circle_size");
    private static final int CIRCLE_AVG3 = stored(T, "circle_size_avg3");
    private static final int ONNET = stored(T, "onnet_share");
    private static final int COMP = stored(T, "competitor_share");
    private static final int VAS_ACTIVE = stored(T, "vas_active_cnt");
    private static final int STICKY = stored(T, "sticky_svc_cnt");
    private static final int VAS_EVER = stored(T, "vas_months_ever");
    private static final int VAS_STREAK = stored(T, "vas_streak_months");
    private static final int VPMN_FLAG = stored(T, "vpmn_flag");
    private static final int BUNDLE = stored(T, "bundle_months_left");
    private static final int DATA = stored(T, "data_capable");

    private final Geography geo = Geography.INSTANCE;
    private final SubscriberProfile subscriber;
    private final CallingProfile calling;
    private final ChurnProcess churn;
    private final MonthlyUsage usage;
    private final TrailingAverages averages;
    private final VasUsage vas;

    SubscriberMonthRow(SubscriberProfile subscriber, CallingProfile calling, ChurnProcess churn, MonthlyUsage usage,
            TrailingAverages averages, VasUsage vas) {
        this.subscriber = subscriber;
        this.calling = calling;
        this.churn = churn;
        this.usage = usage;
        this.averages = averages;
        this.vas = vas;
    }

    void write(TableBuffer b, long id, int monthId, int tenure) {
        SubscriberProfile who = subscriber;
        MonthlyUsage u = usage;
        int[] minutes = calling.minutes;
        int row = b.next();
        long[][] l = b.l;
        String[][] s = b.s;
        l[MONTH][row] = monthId;
        l[ID][row] = id;
        l[PROVINCE][row] = Geography.PROVINCE_ID;
        l[CITY][row] = Geography.cityId(who.city);
        l[COUNTY][row] = geo.countyId[geo.gridCounty[who.homeGrid]];
        l[GRID][row] = geo.gridId[who.homeGrid];
        s[BRAND][row] = Catalog.BRANDS[who.brand];
        s[GROUP][row] = Catalog.GROUPS[who.group];
        s[PLAN][row] = Catalog.PLAN_CODES[who.plan];
        s[STATUS][row] = churn.status();
        l[TENURE][row] = tenure;
        l[ARPU][row] = u.arpu;
        l[REV_VOICE][row] = u.revVoice;
        l[REV_VAS][row] = u.revVas;
        l[ARPU_AVG3][row] = averages.arpu;
        l[COST][row] = u.marketingCost;
        l[RR_AVG3][row] = averages.returnRate;
        l[MOU][row] = u.mou;
        l[MOU_AVG3][row] = averages.mou;
        l[LD_OUT][row] = minutes[CallingProfile.MIN_LD_OUT];
        l[LD_IN][row] = minutes[CallingProfile.MIN_LD_IN];
        l[ROAM][row] = minutes[CallingProfile.MIN_ROAM];
        l[VPMN][row] = minutes[CallingProfile.MIN_VPMN];
        l[INTL][row] = minutes[CallingProfile.MIN_INTL];
        l[SMS][row] = u.sms;
        l[MMS][row] = vas.usage[Catalog.MMS];
        l[MMS_MT][row] = averages.mmsReceived3m;
        l[GPRS][row] = u.gprsKb;
        l[CIRCLE][row] = u.circle;
        l[CIRCLE_AVG3][row] = averages.circle;
        l[ONNET][row] = u.onnetShare;
        l[COMP][row] = u.competitorShare;
        l[VAS_ACTIVE][row] = vas.activeCount;
        l[STICKY][row] = vas.stickyCount;
        l[VAS_EVER][row] = vas.monthsEver;
        l[VAS_STREAK][row] = vas.streakMonths;
        l[VPMN_FLAG][row] = who.vpmn ? 1 : 0;
        l[BUNDLE][row] = churn.bundleLeft;
        l[DATA][row] = who.dataCapable ? 1 : 0;
    }
}
