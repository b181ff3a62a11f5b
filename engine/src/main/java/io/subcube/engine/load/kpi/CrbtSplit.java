package io.subcube.engine.load.kpi;

import java.util.List;
import java.util.Map;

/**
 * The SYNTH nodes of the CRBT revenue tree (DOMAIN.md §B5.2) of one city and month, built down from the
 * city's real CRBT_REV (FACT) so that the tree's arithmetic holds on the stored 4-decimal values: CRBT_REV =
 * CRBT_FEE_REV + CRBT_INFO_REV + CRBT_12530_REV exactly, and each PRODUCT parent equals the product of its two
 * children within 0.01. Draws come from streams seeded from (dataset seed, month, city, KPI): each parameter
 * is a level per city (drawn from the stream of month 0) plus a small monthly change, so a city's mix moves
 * slowly; the magnitudes (level mean and spread across cities) are ours [I]:
 * <ul>
 * <li>split of CRBT_REV: monthly fee share ~ N(0.62, 0.03) in [0.50, 0.75], information fee share
 *     ~ N(0.27, 0.03) in [0.15, 0.38] (at most 0.92 − fee share), 12530 voice the rest (≥ 8%); monthly
 *     changes ~ N(0, 0.005) (shares of songs and calls 0.008, tariff indices 0.5, downloads per user 0.05,
 *     minutes per caller 0.15);</li>
 * <li>fee: list fee 5.00 (service.monthly_fee), low-price packages 3.00, low-package share (CRBT_LOWPKG_SHARE)
 *     ~ N(0.20, 0.04) in [0.05, 0.40], tariff index (CRBT_FEE_TARIFF, 100 = list) ~ N(100, 2) in [90, 110];
 *     paying users = fee revenue ÷ that average fee, a whole number; CRBT_AVG_FEE = fee revenue ÷ paying
 *     users; lost paying users = previous month's paying users × N(0.05, 0.01) in [0.01, 0.12], new ones
 *     = the change plus the lost (the first month counts as steady);</li>
 * <li>information fee: song price 2.00, low-price songs 1.00, low-song share ~ N(0.30, 0.05) in [0.10, 0.60],
 *     tariff index as above; downloads per user ~ N(2.2, 0.3) in [1, 5]; downloading users a whole number,
 *     downloads = users × downloads per user (so fractional), CRBT_DL_PRICE = revenue ÷ downloads;</li>
 * <li>12530 voice: 1.00 per minute, 0.50 in low-price packages, their callers' share ~ N(0.25, 0.05) in
 *     [0.05, 0.50], tariff index as above; minutes per caller ~ N(6, 1) in [2, 15]; callers a whole number.
 *     The revenue here is the remainder of CRBT_REV, so minutes per caller and price are nudged by 0.0001
 *     steps from the drawn values until callers × minutes per caller × price is the revenue within 0.01.</li>
 * </ul>
 * RATIO nodes carry num and den (CRBT_AVG_FEE = CRBT_FEE_REV / CRBT_PAY_USERS, and so on, see
 * {@link #DENOMINATOR}), so rolled up to the province the products hold up to the rounding of the average
 * to 4 decimals.
 */
final class CrbtSplit {

    static final List<String> CODES = List.of("CRBT_FEE_REV", "CRBT_PAY_USERS", "CRBT_NEW_PAY", "CRBT_LOST_PAY",
            "CRBT_AVG_FEE", "CRBT_FEE_TARIFF", "CRBT_LOWPKG_SHARE", "CRBT_INFO_REV", "CRBT_DOWNLOADS", "CRBT_DL_USERS",
            "CRBT_DL_PER_USER", "CRBT_DL_PRICE", "CRBT_DL_TARIFF", "CRBT_LOWSONG_SHARE", "CRBT_12530_REV",
            "CRBT_CALL_MIN", "CRBT_CALLERS", "CRBT_MIN_PER_CALLER", "CRBT_VOICE_PRICE", "CRBT_VOICE_TARIFF",
            "CRBT_VOICE_LOWPKG");

    /** The KPI that is the denominator of each RATIO node of the tree (its num is the parent's factor). */
    static final Map<String, String> DENOMINATOR = Map.of("CRBT_AVG_FEE", "CRBT_PAY_USERS",
            "CRBT_LOWPKG_SHARE", "CRBT_PAY_USERS", "CRBT_DL_PER_USER", "CRBT_DL_USERS",
            "CRBT_DL_PRICE", "CRBT_DOWNLOADS", "CRBT_LOWSONG_SHARE", "CRBT_DOWNLOADS",
            "CRBT_MIN_PER_CALLER", "CRBT_CALLERS", "CRBT_VOICE_PRICE", "CRBT_CALL_MIN",
            "CRBT_VOICE_LOWPKG", "CRBT_CALLERS");

    /** How far (in 0.0001 steps) the 12530 search looks before keeping its best candidate. */
    private static final int MAX_RADIUS = 300;
    /** 0.01 at scale 8. */
    private static final long CENT_AT_SCALE_8 = 1_000_000L;

    private final long seed;
    private final KpiTree tree;
    private final int revenue;

    CrbtSplit(long seed, KpiTree tree) {
        this.seed = seed;
        this.tree = tree;
        this.revenue = tree.require("CRBT_REV");
        for (String c : CODES) {
            tree.require(c);
        }
    }

    /** Sets the tree's SYNTH nodes of city {@code r} in {@code v}; {@code prev} is last month's values or null. */
    void split(Regions regions, int r, KpiValues v, KpiValues prev) {
        int city = regions.id[r];
        long total = v.actual[revenue][r];
        double feeShare = param(v, city, "CRBT_FEE_REV", 0.62, 0.03, 0.005, 0.50, 0.75);
        double infoShare = Math.min(0.92 - feeShare, param(v, city, "CRBT_INFO_REV", 0.27, 0.03, 0.005, 0.15, 0.38));

        // monthly fee: paying users x average fee
        double feeTariff = index(v, city, "CRBT_FEE_TARIFF");
        double lowPackages = param(v, city, "CRBT_LOWPKG_SHARE", 0.20, 0.04, 0.005, 0.05, 0.40);
        double feeTarget = total * feeShare;
        double avgFee = (5.00 * (1 - lowPackages) + 3.00 * lowPackages) * feeTariff / 100;
        long payers = feeTarget <= 0 ? 0 : Math.max(1, Math.round(feeTarget / Dec4.ONE / avgFee));
        long fee = payers == 0 ? 0 : payers * Dec4.round(feeTarget / payers);
        set(v, "CRBT_PAY_USERS", r, Dec4.of(payers, 0));
        set(v, "CRBT_FEE_REV", r, fee);
        ratio(v, "CRBT_AVG_FEE", r, fee, Dec4.of(payers, 0));
        ratio(v, "CRBT_LOWPKG_SHARE", r, Dec4.of(Math.round(payers * lowPackages), 0), Dec4.of(payers, 0));
        set(v, "CRBT_FEE_TARIFF", r, Dec4.round(feeTariff * Dec4.ONE));
        long before = prev == null ? Dec4.NULL : prev.actual[tree.require("CRBT_PAY_USERS")][r];
        long payersBefore = before == Dec4.NULL ? payers : before / Dec4.ONE;
        double lostRate = KpiSeeds.normal(KpiSeeds.synth(seed, v.monthId, city, "CRBT_LOST_PAY"), 0.05, 0.01, 0.01,
                0.12);
        long lost = Math.round(payersBefore * lostRate);
        long gained = payers - payersBefore + lost;
        if (gained < 0) {
            lost -= gained;
            gained = 0;
        }
        set(v, "CRBT_NEW_PAY", r, Dec4.of(gained, 0));
        set(v, "CRBT_LOST_PAY", r, Dec4.of(lost, 0));

        // information fee: downloading users x downloads per user x price
        double dlTariff = index(v, city, "CRBT_DL_TARIFF");
        double lowSongs = param(v, city, "CRBT_LOWSONG_SHARE", 0.30, 0.05, 0.008, 0.10, 0.60);
        long perUser = Dec4.round(param(v, city, "CRBT_DL_PER_USER", 2.2, 0.3, 0.05, 1.0, 5.0) * Dec4.ONE);
        double infoTarget = total * infoShare;
        double songPrice = (2.00 * (1 - lowSongs) + 1.00 * lowSongs) * dlTariff / 100;
        long users = infoTarget <= 0 ? 0
                : Math.max(1, Math.round(infoTarget / Dec4.ONE / (Dec4.toDouble(perUser) * songPrice)));
        long downloads = users * perUser;
        long info = users == 0 ? 0 : Dec4.times(downloads, Dec4.round(infoTarget * Dec4.ONE / downloads));
        set(v, "CRBT_DL_USERS", r, Dec4.of(users, 0));
        ratio(v, "CRBT_DL_PER_USER", r, downloads, Dec4.of(users, 0));
        set(v, "CRBT_DOWNLOADS", r, downloads);
        ratio(v, "CRBT_DL_PRICE", r, info, downloads);
        set(v, "CRBT_INFO_REV", r, info);
        ratio(v, "CRBT_LOWSONG_SHARE", r, Dec4.round(downloads * lowSongs), downloads);
        set(v, "CRBT_DL_TARIFF", r, Dec4.round(dlTariff * Dec4.ONE));

        // 12530 voice: callers x minutes per caller x price per minute = the rest of CRBT_REV
        long voice = total - fee - info;
        if (voice < 0) {
            throw new IllegalStateException("CRBT split of city " + city + " month " + v.monthId
                    + " leaves a negative 12530 revenue");
        }
        double voiceTariff = index(v, city, "CRBT_VOICE_TARIFF");
        double voiceLow = param(v, city, "CRBT_VOICE_LOWPKG", 0.25, 0.05, 0.008, 0.05, 0.50);
        double minutes = param(v, city, "CRBT_MIN_PER_CALLER", 6.0, 1.0, 0.15, 2.0, 15.0);
        double price = (1.00 * (1 - voiceLow) + 0.50 * voiceLow) * voiceTariff / 100;
        long callers = voice == 0 ? 0 : Math.max(1, Math.round(Dec4.toDouble(voice) / (minutes * price)));
        long callMinutes = 0;
        if (callers > 0) {
            long[] fit = callersAndMinutes(voice, callers, Dec4.round(minutes * Dec4.ONE), Dec4.round(price * Dec4.ONE));
            callers = fit[0];
            callMinutes = fit[1];
        }
        set(v, "CRBT_CALLERS", r, Dec4.of(callers, 0));
        ratio(v, "CRBT_MIN_PER_CALLER", r, callMinutes, Dec4.of(callers, 0));
        set(v, "CRBT_CALL_MIN", r, callMinutes);
        ratio(v, "CRBT_VOICE_PRICE", r, voice, callMinutes);
        set(v, "CRBT_12530_REV", r, voice);
        ratio(v, "CRBT_VOICE_LOWPKG", r, Dec4.of(Math.round(callers * voiceLow), 0), Dec4.of(callers, 0));
        set(v, "CRBT_VOICE_TARIFF", r, Dec4.round(voiceTariff * Dec4.ONE));
    }

    /**
     * Callers and call minutes (scale 4) = callers × minutes per caller (a 4-decimal value), near the drawn
     * {@code callers}, {@code perCaller} and {@code price} (both scale 4), such that minutes × the stored price
     * (revenue ÷ minutes to 4 decimals) is {@code revenue} within 0.01. First the drawn callers and price with
     * the minutes per caller that fit them best: enough whenever callers × price ≤ 200 (the error is at most
     * half of it at scale 8). Else minutes per caller and price move off the drawn values by 0.0001 steps, in
     * growing squares around them, each pair with the whole number of callers that fits it best, until a pair
     * fits (about one pair in 250 does, at any scale: the steps stay within a few hundredths), or after
     * {@link #MAX_RADIUS} squares the closest is kept.
     */
    static long[] callersAndMinutes(long revenue, long callers, long perCaller, long price) {
        long exact = Math.multiplyExact(revenue, Dec4.ONE);
        long[] best = {callers, Math.multiplyExact(callers,
                Math.max(1, Dec4.divHalfUp(exact, Math.multiplyExact(callers, price))))};
        long bestError = error(revenue, best[1]);
        for (int radius = 1; radius <= MAX_RADIUS && bestError > CENT_AT_SCALE_8; radius++) {
            for (int i = -radius; i <= radius && bestError > CENT_AT_SCALE_8; i++) {
                for (int j = -radius; j <= radius; j += Math.abs(i) == radius ? 1 : 2 * radius) {
                    long a = perCaller + i;
                    long b = price + j;
                    if (a < 1 || b < 1) {
                        continue;
                    }
                    long k = Math.max(1, Dec4.divHalfUp(exact, Math.multiplyExact(a, b)));
                    long minutes = Math.multiplyExact(k, a);
                    long error = error(revenue, minutes);
                    if (error < bestError) {
                        bestError = error;
                        best = new long[] {k, minutes};
                        if (error <= CENT_AT_SCALE_8) {
                            break;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** |minutes × (revenue ÷ minutes to 4 decimals) − revenue| at scale 8. */
    private static long error(long revenue, long minutes) {
        return Math.abs(Math.multiplyExact(minutes, Dec4.ratio(revenue, minutes)) - Math.multiplyExact(revenue, Dec4.ONE));
    }

    /**
     * A parameter of the city: its level ~ N(mean, sdCity) from the city's month-0 stream, plus N(0, sdMonth)
     * from the month's, clipped to [low, high] — cities differ more than months do.
     */
    private double param(KpiValues v, int city, String kpi, double mean, double sdCity, double sdMonth, double low,
                         double high) {
        double level = KpiSeeds.normal(KpiSeeds.synth(seed, 0, city, kpi), mean, sdCity, low, high);
        double noise = KpiSeeds.normal(KpiSeeds.synth(seed, v.monthId, city, kpi), 0, sdMonth, -1e9, 1e9);
        return Math.max(low, Math.min(high, level + noise));
    }

    /** A tariff index, 100 = list prices, to 2 decimals. */
    private double index(KpiValues v, int city, String kpi) {
        return Math.round(param(v, city, kpi, 100, 2, 0.5, 90, 110) * 100) / 100.0;
    }

    private void set(KpiValues v, String kpi, int r, long value) {
        v.actual[tree.require(kpi)][r] = value;
    }

    private void ratio(KpiValues v, String kpi, int r, long num, long den) {
        v.ratio(tree.require(kpi), r, num, den);
    }
}
