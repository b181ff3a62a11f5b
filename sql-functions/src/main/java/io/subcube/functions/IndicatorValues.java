package io.subcube.functions;

/**
 * The ind_value formulas of DOMAIN.md §B3.24: each health indicator of a service computed from one
 * service_month row (§B2.8). Money and counts arrive as doubles (money in CNY); a zero divisor gives NaN
 * (NULL in the table), never an infinity.
 */
public final class IndicatorValues {

    /** One service_month row's figures, as the formulas read them. */
    public record Figures(int monthId, double revenueYtd, double revenuePlanYtd, double serviceRevenue,
                          double pkgOverchargeRev, double usingUsers, double payingBase, double payingUsers,
                          double usageVolume, double complaints, double avgPayingUsersYtd, double growthContrib,
                          double cagr3, double satisfaction) {
    }

    private IndicatorValues() {
    }

    /** §B3.24 ind_value of {@code indicator} for one row; NaN when a divisor is zero. */
    public static double value(HealthFunctions.Indicator indicator, Figures f) {
        return switch (indicator) {
            case REV_COMPLETION -> ratio(f.revenueYtd(), f.revenuePlanYtd());
            case PENETRATION -> ratio(f.usingUsers(), f.payingBase());
            case GROWTH_CONTRIB -> f.growthContrib();
            case CAGR3 -> f.cagr3();
            case REV_PER_USER -> ratio(ratio(f.revenueYtd(), f.avgPayingUsersYtd()), f.monthId() % 100);
            case USAGE_PER_USER -> ratio(f.usageVolume(), f.usingUsers());
            case SATISFACTION -> f.satisfaction();
            case COMPLAINTS -> ratio(f.complaints() * 10000, f.usingUsers());
            case PAYING_RATE -> ratio(f.payingUsers(), f.usingUsers());
            case VOL_REV_MATCH -> f.serviceRevenue() == 0 ? Double.NaN
                    : 1 - f.pkgOverchargeRev() / f.serviceRevenue();
        };
    }

    private static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }
}
