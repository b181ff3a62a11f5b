package io.subcube.engine.load.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The alert text of DOMAIN.md §B5.1 step 3. alert_rule.message_template holds the seed's Chinese template
 * only, so a message is that template filled in, " / ", then the English template of §B5.1 filled in
 * ("above" for MAX rules, "below" otherwise). {@code {period}} is 2008年9月 / Sep 2008; {@code {region}} the
 * region_name; {@code {kpi}} (and {@code {kpi_name}}) the KPI's kpi_name_zh / kpi_name_en; {@code {actual}} the
 * value in its unit — RATIO as a percentage with one decimal (63.3%), CNY and PRICE with two decimals, other
 * units without trailing zeros; {@code {threshold}} the threshold in the KPI's unit for MIN and MAX rules,
 * and for TARGET and MOM rules the share of the reference it names, with the reference (目標1000.00的90.0% /
 * 90.0% of the target 1000.00; 上月35的70.0% / 70.0% of last month's 35).
 */
final class AlertMessages {

    static final String EN_BELOW =
            "{period} {region}: {kpi_name} is {actual}, below the alert threshold {threshold}; please report the cause.";
    static final String EN_ABOVE =
            "{period} {region}: {kpi_name} is {actual}, above the alert threshold {threshold}; please report the cause.";
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private AlertMessages() {
    }

    /**
     * The message of one alert. Values are at scale 4 ({@code reference} {@link Dec4#NULL} for MIN and MAX);
     * {@code template} is the rule's (zh) template.
     */
    static String message(String template, String ruleKind, int monthId, String region, String kpiZh, String kpiEn,
                          String unit, long actual, long reference, long threshold) {
        String actualText = value(unit, actual);
        String zh = fill(template, monthId / 100 + "年" + monthId % 100 + "月", region, kpiZh, actualText,
                switch (ruleKind) {
                    case "TARGET" -> "目標" + value(unit, reference) + "的" + percent(threshold);
                    case "MOM" -> "上月" + value(unit, reference) + "的" + percent(threshold);
                    default -> value(unit, threshold);
                });
        String en = fill(ruleKind.equals("MAX") ? EN_ABOVE : EN_BELOW, MONTHS[monthId % 100 - 1] + " " + monthId / 100,
                region, kpiEn, actualText,
                switch (ruleKind) {
                    case "TARGET" -> percent(threshold) + " of the target " + value(unit, reference);
                    case "MOM" -> percent(threshold) + " of last month's " + value(unit, reference);
                    default -> value(unit, threshold);
                });
        return zh + " / " + en;
    }

    /** A scale-4 value as the message prints it in {@code unit}. */
    static String value(String unit, long v) {
        if (v == Dec4.NULL) {
            return "NULL";
        }
        BigDecimal d = BigDecimal.valueOf(v, 4);
        return switch (unit) {
            case "RATIO" -> percent(v);
            case "CNY", "PRICE" -> d.setScale(2, RoundingMode.HALF_UP).toPlainString();
            default -> d.stripTrailingZeros().toPlainString();
        };
    }

    /** A scale-4 fraction as a percentage with one decimal: 6333 → 63.3%. */
    static String percent(long v) {
        return BigDecimal.valueOf(v, 2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String fill(String template, String period, String region, String kpi, String actual,
                               String threshold) {
        return template.replace("{period}", period).replace("{region}", region).replace("{kpi_name}", kpi)
                .replace("{kpi}", kpi).replace("{actual}", actual).replace("{threshold}", threshold);
    }
}
