package io.subcube.datasets.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.testing.Fixtures;
import io.subcube.datasets.testing.MemorySink;
import io.subcube.datasets.testing.MemorySink.Part;
import io.subcube.functions.HealthFunctions;
import io.subcube.functions.HealthFunctions.Indicator;
import io.subcube.functions.IndicatorValues;
import io.subcube.functions.ScoringParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The anchored MMS rows of DOMAIN.md §B2.8 in a default-sized service_month, for the default seed and two
 * others: the seed's September province row, the city maxima, the September scorecard and weak points
 * (§B3.24, §B3.25) and the November total, scored with the real VAS_IND_SCORE and VAS_WEAK.
 */
class MmsAnchorsTest {

    private static final String MMS = "MMS";
    private static final int PROVINCE = 1;

    // ---- the anchored figures

    @ParameterizedTest
    @ValueSource(longs = {GeneratorConfig.DEFAULT_SEED, 7L, 424242L})
    void septemberProvinceRowIsTheSeeds(long seed) {
        Part sep = generate(seed).part("service_month", 200809);
        int r = row(sep, PROVINCE, MMS);
        assertEquals(9_400_000_000L, sep.longs("revenue_ytd")[r]);          // 94,000,000.00
        assertEquals(15_800_000_000L, sep.longs("revenue_plan_ytd")[r]);    // 158,000,000.00
        assertEquals(9_000_000L, sep.longs("using_users")[r]);
        assertEquals(50_000_000L, sep.longs("paying_base")[r]);
        assertEquals(1.03, sep.doubles("growth_contrib")[r], 0);
        assertEquals(0.12, sep.doubles("cagr3")[r], 0);
        assertEquals(5_017_600.0, sep.doubles("avg_paying_users_ytd")[r], 0);
        assertEquals(352_800_000L, sep.longs("usage_volume")[r]);
        assertEquals(7_325L, sep.longs("satisfaction")[r]);                 // 73.25
        assertEquals(1_440L, sep.longs("complaints")[r]);
        assertEquals(8_280_000L, sep.longs("paying_users")[r]);
        assertEquals(1_100_000_000L, sep.longs("service_revenue")[r]);      // 11,000,000.00
        assertEquals(88_000_000L, sep.longs("pkg_overcharge_rev")[r]);      // 880,000.00
    }

    /**
     * The city maxima of September as the §B3.24 formulas compute them in double. Achieved: REV_COMPLETION,
     * PENETRATION, GROWTH_CONTRIB, USAGE_PER_USER and VOL_REV_MATCH are the double nearest the seed's value
     * exactly (ratios of integers chosen for it); REV_PER_USER = 13,401,070.56 / 596,080 / 9 is one rounding of
     * a CNY amount away from 2.4980 (within 1e-15).
     */
    @ParameterizedTest
    @ValueSource(longs = {GeneratorConfig.DEFAULT_SEED, 7L, 424242L})
    void septemberCityMaxima(long seed) {
        Part sep = generate(seed).part("service_month", 200809);
        assertCityMax(sep, "REV_COMPLETION", 105, 0.7451, 0);
        assertCityMax(sep, "PENETRATION", 101, 0.24925, 0);
        assertCityMax(sep, "GROWTH_CONTRIB", 102, 1.7007, 0);
        assertCityMax(sep, "REV_PER_USER", 105, 2.4980, 1e-15);
        assertCityMax(sep, "USAGE_PER_USER", 101, 60.00, 0);
        assertCityMax(sep, "VOL_REV_MATCH", 104, 0.9504, 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {GeneratorConfig.DEFAULT_SEED, 7L, 424242L})
    void septemberScorecard(long seed) {
        Map<String, Double> s = scores(generate(seed).part("service_month", 200809));
        // §B3.24's worked scores
        assertEquals(7.98466, s.get("REV_COMPLETION"), 1e-5);
        assertEquals(14.44333, s.get("PENETRATION"), 1e-5);
        assertEquals(9.08449, s.get("GROWTH_CONTRIB"), 1e-5);
        assertEquals(12.49937, s.get("REV_PER_USER"), 1e-5);
        assertEquals(9.8, s.get("USAGE_PER_USER"), 1e-12);
        assertEquals(3.3125, s.get("SATISFACTION"), 1e-12);
        assertEquals(4.0, s.get("COMPLAINTS"), 1e-12);
        assertEquals(5.0, s.get("PAYING_RATE"), 1e-12);
        assertEquals(9.68013, s.get("VOL_REV_MATCH"), 1e-5);
        assertEquals(new BigDecimal("44.01"), sum(s, "SCALE"));
        assertEquals(new BigDecimal("31.79"), sum(s, "HEALTH"));
        assertEquals(new BigDecimal("75.80"), sum(s, null));
    }

    /**
     * §B3.25: VAS_WEAK with the two previous months flags exactly the seed's six weak points; volume–revenue
     * match only by its fall 200807 > 200808 > 200809, no other score falling two months running into September.
     */
    @ParameterizedTest
    @ValueSource(longs = {GeneratorConfig.DEFAULT_SEED, 7L, 424242L})
    void septemberWeakPoints(long seed) {
        MemorySink data = generate(seed);
        Map<String, Double> jul = scores(data.part("service_month", 200807));
        Map<String, Double> aug = scores(data.part("service_month", 200808));
        Map<String, Double> sep = scores(data.part("service_month", 200809));
        List<String> weak = new ArrayList<>();
        for (Indicator ind : Indicator.scored("MATURE")) {
            String code = ind.code();
            Boolean flag = HealthFunctions.vasWeak(ScoringParameters.DEFAULTS, sep.get(code), (double) ind.fullMarks(),
                    aug.get(code), jul.get(code));
            if (flag) {
                weak.add(code);
            }
            boolean fallsTwice = sep.get(code) < aug.get(code) && aug.get(code) < jul.get(code);
            assertEquals(code.equals("VOL_REV_MATCH"), fallsTwice, code + " " + jul + " " + aug + " " + sep);
        }
        assertEquals(List.of("REV_COMPLETION", "PENETRATION", "GROWTH_CONTRIB", "USAGE_PER_USER", "SATISFACTION",
                "VOL_REV_MATCH"), weak);
        // weak by its trend, not by its level
        assertTrue(sep.get("VOL_REV_MATCH") / 10 >= 0.80);
        assertEquals(9.90, jul.get("VOL_REV_MATCH"), 1e-6);
        assertEquals(9.75, aug.get("VOL_REV_MATCH"), 1e-6);
    }

    /** The seed's November: scale 48.08, health 33.43, total 81.51 (± 0.5 allowed; the rounding keeps it ± 0.01). */
    @ParameterizedTest
    @ValueSource(longs = {GeneratorConfig.DEFAULT_SEED, 7L, 424242L})
    void novemberTotal(long seed) {
        Map<String, Double> s = scores(generate(seed).part("service_month", 200811));
        assertEquals(81.51, sum(s, null).doubleValue(), 0.5);
        assertEquals(81.51, sum(s, null).doubleValue(), 0.01);
        assertEquals(48.08, sum(s, "SCALE").doubleValue(), 0.01);
        assertEquals(33.43, sum(s, "HEALTH").doubleValue(), 0.01);
    }

    // ---- consistency

    /** Province = Σ cities in every additive column, every month and service, anchored months included. */
    @Test
    void provinceIsTheSumOfItsCities() {
        String[] additive = {"revenue_ytd", "revenue_plan_ytd", "service_revenue", "pkg_overcharge_rev", "using_users",
            "paying_base", "paying_users", "usage_volume", "complaints"};
        for (Part p : generate(GeneratorConfig.DEFAULT_SEED).parts("service_month")) {
            for (String service : Catalog.SERVICE_CODES) {
                int prov = row(p, PROVINCE, service);
                for (String col : additive) {
                    long sum = 0;
                    for (int c = 0; c < Geography.CITIES; c++) {
                        sum += p.longs(col)[row(p, Geography.cityId(c), service)];
                    }
                    assertEquals(p.longs(col)[prov], sum, p.monthId + " " + service + " " + col);
                }
            }
        }
    }

    /** Year-to-date revenue adds the month's revenue, across the anchored months too (calibrated paths). */
    @Test
    void yearToDateAddsUpMonthByMonth() {
        List<Part> parts = generate(GeneratorConfig.DEFAULT_SEED).parts("service_month");
        for (int i = 1; i < parts.size(); i++) {
            Part prev = parts.get(i - 1);
            Part cur = parts.get(i);
            for (int r = 0; r < cur.size(); r++) {
                int p = row(prev, cur.longs("region_id")[r], cur.strings("service_code")[r]);
                String where = cur.monthId + " " + cur.longs("region_id")[r] + " " + cur.strings("service_code")[r];
                assertEquals(prev.longs("revenue_ytd")[p] + cur.longs("service_revenue")[r],
                        cur.longs("revenue_ytd")[r], where);
            }
        }
    }

    /** Every service's paying base passes through September's (it is the province's subscriber base). */
    @Test
    void payingBaseIsSharedByTheServices() {
        Part sep = generate(GeneratorConfig.DEFAULT_SEED).part("service_month", 200809);
        for (String service : Catalog.SERVICE_CODES) {
            assertEquals(50_000_000L, sep.longs("paying_base")[row(sep, PROVINCE, service)], service);
        }
    }

    /** Shorter or shifted datasets anchor what they hold, and the anchors do not depend on the neighbours. */
    @Test
    void datasetsHoldingPartOfTheAnchors() {
        Part full = generate(GeneratorConfig.DEFAULT_SEED).part("service_month", 200809);
        // ends in August: the path is still calibrated through September
        MemorySink julAug = serviceMonth(GeneratorConfig.DEFAULT_SEED, 200807, 2);
        assertEquals(9.90, scores(julAug.part("service_month", 200807)).get("VOL_REV_MATCH"), 1e-6);
        assertEquals(9.75, scores(julAug.part("service_month", 200808)).get("VOL_REV_MATCH"), 1e-6);
        // September alone: the same MMS rows as in the default dataset (September's rows are seed-free)
        Part alone = serviceMonth(424242L, 200809, 1).part("service_month", 200809);
        for (int c = 0; c <= Geography.CITIES; c++) {
            int region = c == 0 ? PROVINCE : Geography.cityId(c - 1);
            int a = row(full, region, MMS);
            int b = row(alone, region, MMS);
            for (String col : List.of("revenue_ytd", "revenue_plan_ytd", "service_revenue", "pkg_overcharge_rev",
                    "using_users", "paying_base", "paying_users", "usage_volume", "complaints", "satisfaction")) {
                assertEquals(full.longs(col)[a], alone.longs(col)[b], region + " " + col);
            }
            for (String col : List.of("avg_paying_users_ytd", "growth_contrib", "cagr3")) {
                assertEquals(full.doubles(col)[a], alone.doubles(col)[b], 0, region + " " + col);
            }
        }
        // November in a dataset starting in October, and in one starting the year before
        Part nov = serviceMonth(7L, 200810, 3).part("service_month", 200811);
        assertEquals(81.51, sum(scores(nov), null).doubleValue(), 0.01);
        nov = serviceMonth(7L, 200712, 12).part("service_month", 200811);
        assertEquals(81.51, sum(scores(nov), null).doubleValue(), 0.01);
    }

    /** The placement holds for any seed: it never throws and always yields the seed's September and November. */
    @Test
    void manySeeds() {
        for (long seed = 1; seed <= 200; seed++) {
            MemorySink data = serviceMonth(seed * 7919, GeneratorConfig.DEFAULT_START_MONTH, 10);
            Part sep = data.part("service_month", 200809);
            assertEquals(9_400_000_000L, sep.longs("revenue_ytd")[row(sep, PROVINCE, MMS)]);
            assertEquals(new BigDecimal("75.80"), sum(scores(sep), null));
            assertEquals(81.51, sum(scores(data.part("service_month", 200811)), null).doubleValue(), 0.01);
        }
    }

    // ---- helpers

    private static final Map<Long, MemorySink> GENERATED = new LinkedHashMap<>();

    /** A default-sized service_month (10 months from 200803) inside a dataset of a few subscribers. */
    private static synchronized MemorySink generate(long seed) {
        return GENERATED.computeIfAbsent(seed, s -> Fixtures.generate(
                new GeneratorConfig(50, GeneratorConfig.DEFAULT_MONTHS, s, GeneratorConfig.DEFAULT_START_MONTH, 1)));
    }

    /** service_month alone, straight from its generator. */
    private static MemorySink serviceMonth(long seed, int startMonth, int months) {
        MemorySink sink = new MemorySink();
        try {
            ServiceMonthGenerator.write(new GeneratorConfig(1, months, seed, startMonth, 1), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    private static int row(Part p, long region, String service) {
        for (int r = 0; r < p.size(); r++) {
            if (p.longs("region_id")[r] == region && p.strings("service_code")[r].equals(service)) {
                return r;
            }
        }
        throw new AssertionError("no row " + region + " " + service + " in " + p.monthId);
    }

    /** One row as the §B3.24 formulas read it: money in CNY. */
    private static IndicatorValues.Figures figures(Part p, int r) {
        return new IndicatorValues.Figures(p.monthId, p.longs("revenue_ytd")[r] / 100.0,
                p.longs("revenue_plan_ytd")[r] / 100.0, p.longs("service_revenue")[r] / 100.0,
                p.longs("pkg_overcharge_rev")[r] / 100.0, p.longs("using_users")[r], p.longs("paying_base")[r],
                p.longs("paying_users")[r], p.longs("usage_volume")[r], p.longs("complaints")[r],
                p.doubles("avg_paying_users_ytd")[r], p.doubles("growth_contrib")[r], p.doubles("cagr3")[r],
                p.longs("satisfaction")[r] / 100.0);
    }

    private static double cityValue(Part p, String indicator, int city) {
        return IndicatorValues.value(Indicator.of(indicator), figures(p, row(p, Geography.cityId(city), MMS)));
    }

    /** best_value of §B2.9: the maximum over the MMS city rows. */
    private static double best(Part p, String indicator) {
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < Geography.CITIES; c++) {
            best = Math.max(best, cityValue(p, indicator, c));
        }
        return best;
    }

    private static void assertCityMax(Part p, String indicator, int region, double expected, double tolerance) {
        double max = cityValue(p, indicator, region - 101);
        assertEquals(expected, max, tolerance, indicator);
        for (int c = 0; c < Geography.CITIES; c++) {
            if (Geography.cityId(c) != region) {
                double v = cityValue(p, indicator, c);
                assertTrue(v < max, indicator + ": city " + Geography.cityId(c) + " " + v + " not below " + max);
            }
        }
    }

    /** The province's nine MMS scores of a month (VAS_IND_SCORE of the province value and the best city). */
    private static Map<String, Double> scores(Part p) {
        IndicatorValues.Figures province = figures(p, row(p, PROVINCE, MMS));
        Map<String, Double> out = new LinkedHashMap<>();
        for (Indicator ind : Indicator.scored("MATURE")) {
            double v = IndicatorValues.value(ind, province);
            out.put(ind.code(), HealthFunctions.vasIndScore(ind.ordinal(), v, best(p, ind.code())));
        }
        return out;
    }

    /** Σ of the unrounded scores of a dimension (null: all), rounded to 2 dp as §B3.24 reports it (G1). */
    private static BigDecimal sum(Map<String, Double> scores, String dimension) {
        double s = 0;
        for (Indicator ind : Indicator.scored("MATURE")) {
            if (dimension == null || ind.dimension().equals(dimension)) {
                s += scores.get(ind.code());
            }
        }
        return BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP);
    }
}
