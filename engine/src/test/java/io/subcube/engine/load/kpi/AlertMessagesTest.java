package io.subcube.engine.load.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Alert message text of DOMAIN.md §B5.1 step 3: the seed's grid at 63.3%, MAX rules "above", ratio rules. */
class AlertMessagesTest {

    private static final String BELOW = "{period}{region}{kpi}為{actual},低於{threshold},請關注並及時通過經營分析系統上報原因。";
    private static final String ABOVE = "{period}{region}{kpi}為{actual},高於{threshold},請關注並及時通過經營分析系統上報原因。";

    @Test
    void ratioMinRuleShowsPercentWithOneDecimal() {
        assertEquals("2008年9月Suzhou 03 Grid 01兩方新增市場占有率為63.3%,低於70.0%,請關注並及時通過經營分析系統上報原因。"
                + " / Sep 2008 Suzhou 03 Grid 01: Two-party new-add market share is 63.3%, below the alert threshold"
                + " 70.0%; please report the cause.",
                AlertMessages.message(BELOW, "MIN", 200809, "Suzhou 03 Grid 01", "兩方新增市場占有率",
                        "Two-party new-add market share", "RATIO", 6_333, Dec4.NULL, 7_000));
    }

    @Test
    void maxRuleSaysAbove() {
        assertEquals("2008年11月Nanjing County 02中高端客戶異動佔比為18.0%,高於15.0%,請關注並及時通過經營分析系統上報原因。"
                + " / Nov 2008 Nanjing County 02: High-value anomaly share is 18.0%, above the alert threshold 15.0%;"
                + " please report the cause.",
                AlertMessages.message(ABOVE, "MAX", 200811, "Nanjing County 02", "中高端客戶異動佔比",
                        "High-value anomaly share", "RATIO", 1_800, Dec4.NULL, 1_500));
    }

    @Test
    void targetAndMomRulesNameTheirReference() {
        assertEquals("2008年3月Suzhou彩鈴業務收入為9500.50,低於目標10600.00的95.0%,請關注並及時通過經營分析系統上報原因。"
                + " / Mar 2008 Suzhou: CRBT revenue is 9500.50, below the alert threshold 95.0% of the target"
                + " 10600.00; please report the cause.",
                AlertMessages.message(BELOW, "TARGET", 200803, "Suzhou", "彩鈴業務收入", "CRBT revenue", "CNY",
                        95_005_000, 106_000_000, 9_500));
        assertEquals("2008年12月Wuxi County 07新增為30,低於上月50的70.0%,請關注並及時通過經營分析系統上報原因。"
                + " / Dec 2008 Wuxi County 07: New adds is 30, below the alert threshold 70.0% of last month's 50;"
                + " please report the cause.",
                AlertMessages.message(BELOW, "MOM", 200812, "Wuxi County 07", "新增", "New adds", "SUBS", 300_000,
                        500_000, 7_000));
    }

    @Test
    void valuesPrintInTheirUnit() {
        assertEquals("63.3%", AlertMessages.value("RATIO", 6_333));
        assertEquals("63.4%", AlertMessages.value("RATIO", 6_335));
        assertEquals("1234.50", AlertMessages.value("CNY", 12_345_000));
        assertEquals("4.76", AlertMessages.value("PRICE", 47_628));
        assertEquals("2810.04", AlertMessages.value("COUNT", 28_100_400));
        assertEquals("35", AlertMessages.value("SUBS", 350_000));
        assertEquals("0", AlertMessages.value("SUBS", 0));
    }
}
