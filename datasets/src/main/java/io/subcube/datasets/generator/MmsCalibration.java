package io.subcube.datasets.generator;

/**
 * Bends the drawn MMS paths of service_month through the anchored September of DOMAIN.md §B2.8, so that the
 * drawn months around the anchored ones continue them instead of jumping: each city's revenue path passes
 * exactly through September's year-to-date and month revenue (year-to-date figures keep adding up), its user
 * paths through September's users, and its drawn ratios (completion, overcharge, usage, complaints,
 * satisfaction, growth) become September's. The paying base is anchored before the paths are drawn
 * ({@link ServiceDraws#drawWithBase}), as it is shared by every service.
 */
final class MmsCalibration {

    private MmsCalibration() {
    }

    /** Calibrates {@code d}'s MMS paths; {@code september} is the path month of 200809. */
    static void apply(ServiceDraws d, int september) {
        int s = MmsAnchors.SERVICE;
        int january = september - 8;
        for (int c = 0; c < Geography.CITIES; c++) {
            ServiceFigures a = MmsAnchors.septemberCity(c);
            revenue(d.revenue, c, s, january, september, a);
            // users: one factor for the whole path keeps its drawn month-to-month shape
            double scale = (double) a.usingUsers() / d.using[september][c][s];
            for (int t = 0; t < d.total; t++) {
                d.using[t][c][s] = Math.round(d.using[t][c][s] * scale);
                d.paying[t][c][s] = Math.round(d.paying[t][c][s] * scale);
            }
            d.using[september][c][s] = a.usingUsers();
            d.paying[september][c][s] = a.payingUsers();
            // The seed's average paying users (5.0176M) are far fewer than its paying users (8.28M): they count
            // another population. The drawn months keep the anchor's proportion to the mean of paying users.
            double payAcc = 0;
            for (int t = january; t <= september; t++) {
                payAcc += d.paying[t][c][s];
            }
            d.avgScale[c][s] = a.avgPayingUsersYtd() / (payAcc / (september - january + 1));
            d.completion[c][s] = (double) a.revenueYtd() / a.revenuePlanYtd();
            d.overcharge[c][s] = (double) a.pkgOverchargeRev() / a.serviceRevenue();
            d.usage[c][s] = (double) a.usageVolume() / a.usingUsers();
            d.complaintRate[c][s] = a.complaints() * 10000.0 / a.usingUsers();
            d.satisfaction[c][s] = a.satisfaction() / 100.0;
            d.contrib[c][s] = a.growthContrib();
            d.cagr[c][s] = a.cagr3();
        }
    }

    /**
     * City c's revenue path: January–August (and any earlier months) scaled to September's year to date less its
     * month, August taking the rounding; September the anchored month; later months scaled from September.
     */
    private static void revenue(long[][][] revenue, int c, int s, int january, int september, ServiceFigures a) {
        long before = a.revenueYtd() - a.serviceRevenue();
        long drawnBefore = 0;
        for (int t = january; t < september; t++) {
            drawnBefore += revenue[t][c][s];
        }
        double early = (double) before / drawnBefore;
        double late = (double) a.serviceRevenue() / revenue[september][c][s];
        long placed = 0;
        for (int t = 0; t < revenue.length; t++) {
            if (t < september) {
                revenue[t][c][s] = Math.round(revenue[t][c][s] * early);
                placed += t >= january ? revenue[t][c][s] : 0;
            } else if (t > september) {
                revenue[t][c][s] = Math.round(revenue[t][c][s] * late);
            }
        }
        revenue[september][c][s] = a.serviceRevenue();
        revenue[september - 1][c][s] += before - placed;
    }
}
