package io.subcube.datasets.generator;

import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.SubcubeSchema;
import java.io.IOException;

/**
 * The fixed catalogue tables of DOMAIN.md: plan (§B2.5), service (§B2.6), channel and channel_fit (§B2.10),
 * policy_catalog (§B2.11), kpi_tree (§B2.12, §B5.2) and alert_rule (§B2.14). Independent of {@code --seed}.
 */
final class Catalog {

    // ---- brands and customer groups ------------------------------------------------------------------
    static final int GOTONE = 0;
    static final int MZONE = 1;
    static final int SZX = 2;
    static final String[] BRANDS = {"GOTONE", "MZONE", "SZX"};

    static final int STUDENT = 0;
    static final int BUSINESS = 1;
    static final int HOMEMAKER = 2;
    static final int FARMER = 3;
    static final int SENIOR = 4;
    static final int TRENDY = 5;
    static final int MIGRANT = 6;
    static final int CIVIL = 7;
    static final int SELF_EMP = 8;
    static final int GENERAL = 9;
    static final String[] GROUPS = {"STUDENT", "BUSINESS", "HOMEMAKER", "FARMER", "SENIOR", "TRENDY", "MIGRANT",
        "CIVIL", "SELF_EMP", "GENERAL"};

    // ---- plans (§B2.5) ----------------------------------------------------------------------------------
    static final String[] PLAN_CODES = {"GT58", "GT88", "GT128", "GT188", "GT288",
        "SZX_STD", "SZX_EASY", "SZX_RURAL", "SZX_IP", "MZ_SMS", "MZ_MUSIC", "MZ_NET", "MZ_CAMPUS"};
    static final int[] PLAN_BRAND = {GOTONE, GOTONE, GOTONE, GOTONE, GOTONE, SZX, SZX, SZX, SZX,
        MZONE, MZONE, MZONE, MZONE};
    private static final String[] PLAN_NAMES = {"GoTone 58", "GoTone 88", "GoTone 128", "GoTone 188", "GoTone 288",
        "Shenzhouxing standard", "Shenzhouxing easy", "Shenzhouxing rural", "Shenzhouxing IP",
        "M-Zone SMS package", "M-Zone music package", "M-Zone net package", "M-Zone campus package"};
    private static final String[] PLAN_FEES = {"58.00", "88.00", "128.00", "188.00", "288.00",
        "0.00", "0.00", "10.00", "0.00", "20.00", "20.00", "30.00", "15.00"};
    private static final String[] PLAN_LD_PRICES = {"0.3000", "0.2500", "0.2000", "0.1900", "0.1500",
        "0.4000", "0.3000", "0.2500", "0.2000", "0.4000", "0.4000", "0.3000", "0.2500"};
    private static final boolean[] PLAN_LOW = {false, false, false, false, false, false, false, true, false,
        false, false, false, true};
    static final int GT58 = 0;
    static final int SZX_STD = 5;
    static final int SZX_EASY = 6;
    static final int SZX_RURAL = 7;
    static final int SZX_IP = 8;
    static final int MZ_SMS = 9;
    static final int MZ_MUSIC = 10;
    static final int MZ_NET = 11;
    static final int MZ_CAMPUS = 12;

    // ---- services (§B2.6) ------------------------------------------------------------------------------
    static final int MMS = 0;
    static final int CRBT = 1;
    static final int MNEWS = 2;
    static final int MINTERNET = 3;
    static final int FETION = 4;
    static final int MAIL139 = 5;
    static final int PIM = 6;
    static final int NONGXIN = 7;
    static final int XXT = 8;
    static final int PLAY = 9;
    static final int SERVICES = 10;
    static final String[] SERVICE_CODES = {"MMS", "CRBT", "MNEWS", "MINTERNET", "FETION", "MAIL139", "PIM",
        "NONGXIN", "XXT", "PLAY"};
    private static final String[] SERVICE_ZH = {"彩信", "彩鈴", "手機報", "手機上網", "飛信", "139郵箱", "號簿管家", "農信通",
        "校信通", "一起玩吧"};
    private static final String[] SERVICE_EN = {"MMS", "Ring-back tone", "Mobile newspaper", "Mobile internet",
        "Fetion IM", "139 mailbox", "Address-book manager", "Rural information", "School-home messaging",
        "Play together community"};
    static final String[] SERVICE_CLASS = {"MESSAGING", "MUSIC", "INFO", "DATA", "MESSAGING", "DATA", "DATA", "INFO",
        "INFO", "COMMUNITY"};
    private static final String[] SERVICE_UNIT = {"MSG", "DOWNLOAD", "VIEW", "DAY", "DAY", "LOGIN", "SYNC", "MSG",
        "MSG", "LOGIN"};
    static final boolean[] SERVICE_REQUIRES_DATA = {true, false, true, true, true, true, true, false, false, true};
    static final boolean[] SERVICE_STICKY = {false, false, false, false, true, true, true, false, true, false};
    /** Monthly function fee in cents. */
    static final long[] SERVICE_FEE_CENTS = {0, 500, 300, 500, 0, 0, 200, 300, 500, 300};
    static final long[] SERVICE_LOYAL_MIN = {10, 2, 20, 15, 15, 8, 1, 20, 10, 8};
    private static final String[] SERVICE_LIFECYCLE = {"MATURE", "MATURE", "GROWTH", "GROWTH", "GROWTH", "GROWTH",
        "GROWTH", "MATURE", "MATURE", "GROWTH"};

    // ---- channels and fit (§B2.10) ----------------------------------------------------------------------
    static final String[] CHANNEL_CODES = {"OWN_STORE", "AGENT_STORE", "HOTLINE", "OUTBOUND", "SMS", "WAP", "WEB",
        "HANDSET"};
    private static final String[] CHANNEL_ZH = {"自有營業廳", "社會渠道", "10086", "外呼", "短信/群發", "WAP", "網上營業廳", "手機終端"};
    private static final String[] CHANNEL_EN = {"Own store", "Agent store", "10086 hotline", "Outbound call",
        "SMS broadcast", "WAP portal", "Online business hall", "Handset"};
    private static final String[] CHANNEL_KIND = {"PHYSICAL", "PHYSICAL", "VOICE", "VOICE", "ELECTRONIC", "ELECTRONIC",
        "ELECTRONIC", "ELECTRONIC"};
    private static final String[] CHANNEL_FLAGS = {"TTT", "TFT", "TFT", "TFT", "TFT", "TTT", "TTT", "TTF"};
    static final String[] PRODUCT_CLASSES = {"MESSAGING", "MUSIC", "INFO", "DATA", "COMMUNITY"};
    /** CP[group][channel] of §B2.10. */
    private static final int[][] CP = {
        {3, 4, 2, 2, 4, 5, 4, 5}, {3, 2, 5, 3, 4, 3, 4, 4}, {4, 3, 3, 4, 4, 2, 2, 2}, {3, 5, 2, 4, 3, 1, 1, 1},
        {5, 3, 4, 3, 2, 1, 1, 1}, {3, 3, 3, 2, 4, 5, 5, 5}, {2, 5, 3, 3, 4, 2, 1, 2}, {4, 2, 4, 3, 4, 3, 4, 3},
        {3, 4, 4, 4, 4, 3, 3, 3}, {4, 4, 3, 3, 3, 3, 3, 3}};
    /** CC[group][class]. */
    private static final int[][] CC = {
        {5, 5, 3, 4, 5}, {4, 3, 5, 5, 2}, {3, 3, 3, 2, 2}, {2, 3, 5, 1, 1}, {2, 2, 3, 1, 1}, {5, 5, 4, 5, 4},
        {3, 4, 3, 2, 2}, {4, 3, 5, 4, 2}, {3, 3, 4, 3, 2}, {3, 3, 3, 3, 2}};
    /** PC[class][channel]. */
    private static final int[][] PC = {
        {4, 3, 3, 3, 5, 4, 3, 5}, {3, 3, 4, 4, 5, 4, 4, 3}, {3, 4, 3, 4, 5, 3, 3, 3}, {5, 3, 3, 2, 3, 5, 4, 5},
        {2, 2, 2, 2, 4, 5, 5, 5}};

    /** The zh alert message template of DOMAIN.md §B5.1 step 3 ("above" wording for MAX rules). */
    static final String ALERT_TEMPLATE_BELOW = "{period}{region}{kpi}為{actual},低於{threshold},請關注並及時通過經營分析系統上報原因。";
    static final String ALERT_TEMPLATE_ABOVE = "{period}{region}{kpi}為{actual},高於{threshold},請關注並及時通過經營分析系統上報原因。";

    private Catalog() {
    }

    static void writeAll(DatasetSink sink) throws IOException {
        plans().write(sink, 0);
        services().write(sink, 0);
        channels().write(sink, 0);
        channelFit().write(sink, 0);
        policies().write(sink, 0);
        kpiTree().write(sink, 0);
        alertRules().write(sink, 0);
    }

    static Rows plans() {
        Rows rows = new Rows(SubcubeSchema.PLAN);
        for (int i = 0; i < PLAN_CODES.length; i++) {
            rows.add(PLAN_CODES[i], BRANDS[PLAN_BRAND[i]], PLAN_NAMES[i], PLAN_FEES[i], PLAN_LD_PRICES[i], PLAN_LOW[i]);
        }
        return rows;
    }

    static Rows services() {
        Rows rows = new Rows(SubcubeSchema.SERVICE);
        for (int i = 0; i < SERVICES; i++) {
            rows.add(SERVICE_CODES[i], SERVICE_ZH[i], SERVICE_EN[i], SERVICE_CLASS[i], SERVICE_UNIT[i],
                    SERVICE_REQUIRES_DATA[i], SERVICE_STICKY[i], java.math.BigDecimal.valueOf(SERVICE_FEE_CENTS[i], 2),
                    SERVICE_LOYAL_MIN[i], SERVICE_LIFECYCLE[i]);
        }
        return rows;
    }

    static Rows channels() {
        Rows rows = new Rows(SubcubeSchema.CHANNEL);
        for (int i = 0; i < CHANNEL_CODES.length; i++) {
            String f = CHANNEL_FLAGS[i];
            rows.add(CHANNEL_CODES[i], CHANNEL_ZH[i], CHANNEL_EN[i], CHANNEL_KIND[i], f.charAt(0) == 'T',
                    f.charAt(1) == 'T', f.charAt(2) == 'T');
        }
        return rows;
    }

    /** 10 groups × 8 channels × 5 product classes = 400 rows of raw cp/cc/pc scores. */
    static Rows channelFit() {
        Rows rows = new Rows(SubcubeSchema.CHANNEL_FIT);
        for (int g = 0; g < GROUPS.length; g++) {
            for (int ch = 0; ch < CHANNEL_CODES.length; ch++) {
                for (int k = 0; k < PRODUCT_CLASSES.length; k++) {
                    rows.add(GROUPS[g], CHANNEL_CODES[ch], PRODUCT_CLASSES[k], CP[g][ch] + ".00", CC[g][k] + ".00",
                            PC[k][ch] + ".00");
                }
            }
        }
        return rows;
    }

    static Rows policies() {
        Rows rows = new Rows(SubcubeSchema.POLICY_CATALOG);
        rows.add(1, "0.00", "30.00", "LE12", "86.00", "prepay 100 get 260", "100.00", "260.00");
        rows.add(2, "0.00", "30.00", "GT12", "86.00", "prepay 100 get 200", "100.00", "200.00");
        rows.add(3, "30.00", "100.00", "LE12", "86.00", "prepay 300 get 480", "300.00", "480.00");
        rows.add(4, "30.00", "100.00", "GT12", "86.00", "prepay 300 get 420", "300.00", "420.00");
        rows.add(5, "100.00", "150.00", "LE12", "86.00", "prepay 600 get 900", "600.00", "900.00");
        rows.add(6, "100.00", "150.00", "GT12", "86.00", "prepay 600 get 840", "600.00", "840.00");
        rows.add(7, "150.00", null, "LE12", "86.00", "prepay 1200 get 1800", "1200.00", "1800.00");
        rows.add(8, "150.00", null, "GT12", "86.00", "prepay 1200 get 1680", "1200.00", "1680.00");
        rows.add(9, "0.00", null, "ANY", "0.00",
                "no prepay subsidy; sticky-service offers (family network, Fetion, 139 mailbox)", "0.00", "0.00");
        return rows;
    }

    /** §B5.2: code, parent, zh, en, formula_kind, sign, weight, direction, unit, rollup, root_cause, source, min_level. */
    static Rows kpiTree() {
        Rows r = new Rows(SubcubeSchema.KPI_TREE);
        // regional KPIs, min_level GRID
        kpi(r, "REV_TOTAL", null, "賬務收入", "Billed revenue", "SUM", 1, "1", "UP", "CNY", "SUM", null, "FACT", "GRID");
        kpi(r, "REV_VOICE", "REV_TOTAL", "語音收入", "Voice revenue", "LEAF", 1, "1", "UP", "CNY", "SUM", "MARKET", "FACT", "GRID");
        kpi(r, "REV_VAS", "REV_TOTAL", "增值業務收入", "VAS revenue", "LEAF", 1, "1", "UP", "CNY", "SUM", "PRODUCT", "FACT", "GRID");
        kpi(r, "NET_ADDS", null, "淨增", "Net adds", "SUM", 1, "1", "UP", "SUBS", "SUM", null, "FACT", "GRID");
        kpi(r, "NEW_ADDS", "NET_ADDS", "新增", "New adds", "LEAF", 1, "1", "UP", "SUBS", "SUM", "CHANNEL", "FACT", "GRID");
        kpi(r, "CHURNS", "NET_ADDS", "離網", "Churns", "LEAF", -1, "1", "DOWN", "SUBS", "SUM", "COMPETITION", "FACT", "GRID");
        kpi(r, "NEW_SHARE_2P", null, "兩方新增市場占有率", "Two-party new-add market share", "DRIVERS", 1, "1", "UP", "RATIO",
                "RATIO", null, "SYNTH", "GRID");
        kpi(r, "COMP_NEW_ADDS", "NEW_SHARE_2P", "競爭對手新增", "Competitor new adds", "LEAF", 1, "0.6", "DOWN", "SUBS", "SUM",
                "COMPETITION", "SYNTH", "GRID");
        kpi(r, "COMMISSION", "NEW_SHARE_2P", "酬金", "Channel commission", "LEAF", 1, "0.4", "UP", "CNY", "SUM", "CHANNEL",
                "SYNTH", "GRID");
        kpi(r, "SUBS_ACTIVE", null, "在網用戶數", "Subscribers on the network", "LEAF", 1, "1", "UP", "SUBS", "SUM", "MARKET",
                "FACT", "GRID");
        kpi(r, "ARPU", null, "ARPU", "Average revenue per user", "LEAF", 1, "1", "UP", "CNY", "RATIO", "MARKET", "FACT", "GRID");
        kpi(r, "HV_CHURN_SHARE", null, "中高端客戶異動佔比", "High-value anomaly share", "LEAF", 1, "1", "DOWN", "RATIO", "RATIO",
                "CUSTOMER", "FACT", "GRID");
        kpi(r, "NEW_VAS_PEN", null, "發展客戶收入型新業務普及率", "New-subscriber VAS penetration", "LEAF", 1, "1", "UP", "RATIO",
                "RATIO", "PRODUCT", "FACT", "GRID");
        kpi(r, "REPEAT_JOIN_RATIO", null, "重複入網比例", "Repeat-join ratio", "LEAF", 1, "1", "DOWN", "RATIO", "RATIO", "CHANNEL",
                "SYNTH", "GRID");
        // CRBT revenue tree, min_level CITY
        kpi(r, "CRBT_REV", null, "彩鈴業務收入", "CRBT revenue", "SUM", 1, "1", "UP", "CNY", "SUM", null, "FACT", "CITY");
        kpi(r, "CRBT_FEE_REV", "CRBT_REV", "月功能費收入", "CRBT monthly fee revenue", "PRODUCT", 1, "1", "UP", "CNY", "SUM", null,
                "SYNTH", "CITY");
        kpi(r, "CRBT_PAY_USERS", "CRBT_FEE_REV", "付費用戶數", "CRBT paying users", "DRIVERS", 1, "1", "UP", "SUBS", "SUM", null,
                "SYNTH", "CITY");
        kpi(r, "CRBT_NEW_PAY", "CRBT_PAY_USERS", "付費用戶新增", "New paying users", "LEAF", 1, "0.5", "UP", "SUBS", "SUM",
                "PROMOTION", "SYNTH", "CITY");
        kpi(r, "CRBT_LOST_PAY", "CRBT_PAY_USERS", "付費用戶流失", "Lost paying users", "LEAF", 1, "0.5", "DOWN", "SUBS", "SUM",
                "CUSTOMER", "SYNTH", "CITY");
        kpi(r, "CRBT_AVG_FEE", "CRBT_FEE_REV", "平均月功能費", "Average monthly fee", "DRIVERS", 1, "1", "UP", "PRICE", "RATIO",
                null, "SYNTH", "CITY");
        kpi(r, "CRBT_FEE_TARIFF", "CRBT_AVG_FEE", "整體資費", "Overall tariff level (fee)", "LEAF", 1, "0.5", "UP", "INDEX",
                "NONE", "PRICING", "SYNTH", "CITY");
        kpi(r, "CRBT_LOWPKG_SHARE", "CRBT_AVG_FEE", "低價套餐用戶比例", "Low-price package user share", "LEAF", 1, "0.5", "DOWN",
                "RATIO", "RATIO", "PRICING", "SYNTH", "CITY");
        kpi(r, "CRBT_INFO_REV", "CRBT_REV", "信息費收入", "CRBT information fee revenue", "PRODUCT", 1, "1", "UP", "CNY", "SUM",
                null, "SYNTH", "CITY");
        kpi(r, "CRBT_DOWNLOADS", "CRBT_INFO_REV", "用戶下載量", "Downloads", "PRODUCT", 1, "1", "UP", "COUNT", "SUM", null,
                "SYNTH", "CITY");
        kpi(r, "CRBT_DL_USERS", "CRBT_DOWNLOADS", "下載用戶數", "Downloading users", "LEAF", 1, "1", "UP", "SUBS", "SUM",
                "PRODUCT", "SYNTH", "CITY");
        kpi(r, "CRBT_DL_PER_USER", "CRBT_DOWNLOADS", "戶均下載次數", "Downloads per user", "LEAF", 1, "1", "UP", "COUNT", "RATIO",
                "PRODUCT", "SYNTH", "CITY");
        kpi(r, "CRBT_DL_PRICE", "CRBT_INFO_REV", "平均下載價格", "Average download price", "DRIVERS", 1, "1", "UP", "PRICE",
                "RATIO", null, "SYNTH", "CITY");
        kpi(r, "CRBT_DL_TARIFF", "CRBT_DL_PRICE", "整體資費", "Overall tariff level (downloads)", "LEAF", 1, "0.5", "UP",
                "INDEX", "NONE", "PRICING", "SYNTH", "CITY");
        kpi(r, "CRBT_LOWSONG_SHARE", "CRBT_DL_PRICE", "低價單曲比例", "Low-price song share", "LEAF", 1, "0.5", "DOWN", "RATIO",
                "RATIO", "PRICING", "SYNTH", "CITY");
        kpi(r, "CRBT_12530_REV", "CRBT_REV", "12530語音收入", "12530 voice revenue", "PRODUCT", 1, "1", "UP", "CNY", "SUM", null,
                "SYNTH", "CITY");
        kpi(r, "CRBT_CALL_MIN", "CRBT_12530_REV", "撥打時長", "Call minutes", "PRODUCT", 1, "1", "UP", "MIN", "SUM", null,
                "SYNTH", "CITY");
        kpi(r, "CRBT_CALLERS", "CRBT_CALL_MIN", "撥打用戶數", "Callers", "LEAF", 1, "1", "UP", "SUBS", "SUM", "PROMOTION",
                "SYNTH", "CITY");
        kpi(r, "CRBT_MIN_PER_CALLER", "CRBT_CALL_MIN", "戶均撥打時長", "Minutes per caller", "LEAF", 1, "1", "UP", "MIN", "RATIO",
                "PRODUCT", "SYNTH", "CITY");
        kpi(r, "CRBT_VOICE_PRICE", "CRBT_12530_REV", "語音平均資費", "Average voice tariff", "DRIVERS", 1, "1", "UP", "PRICE",
                "RATIO", null, "SYNTH", "CITY");
        kpi(r, "CRBT_VOICE_TARIFF", "CRBT_VOICE_PRICE", "整體資費", "Overall tariff level (voice)", "LEAF", 1, "0.5", "UP",
                "INDEX", "NONE", "PRICING", "SYNTH", "CITY");
        kpi(r, "CRBT_VOICE_LOWPKG", "CRBT_VOICE_PRICE", "低價套餐用戶比例", "Low-price package user share (voice)", "LEAF", 1,
                "0.5", "DOWN", "RATIO", "RATIO", "PRICING", "SYNTH", "CITY");
        return r;
    }

    private static void kpi(Rows r, String code, String parent, String zh, String en, String kind, int sign,
            String weight, String direction, String unit, String rollup, String rootCause, String source, String level) {
        r.add(code, parent, zh, en, kind, sign, weight, direction, unit, rollup, rootCause, source, level);
    }

    static Rows alertRules() {
        Rows r = new Rows(SubcubeSchema.ALERT_RULE);
        r.add(1, "NEW_SHARE_2P", "GRID", null, "MIN", "0.7000", 7, 30, ALERT_TEMPLATE_BELOW, true);
        r.add(2, "NEW_ADDS", "COUNTY", null, "MOM", "0.7000", 7, 30, ALERT_TEMPLATE_BELOW, true);
        r.add(3, "REV_TOTAL", "COUNTY", null, "TARGET", "0.9000", 10, 60, ALERT_TEMPLATE_BELOW, true);
        r.add(4, "HV_CHURN_SHARE", "COUNTY", null, "MAX", "0.1500", 10, 60, ALERT_TEMPLATE_ABOVE, true);
        r.add(5, "CRBT_REV", "CITY", null, "TARGET", "0.9500", 15, 60, ALERT_TEMPLATE_BELOW, true);
        return r;
    }
}
