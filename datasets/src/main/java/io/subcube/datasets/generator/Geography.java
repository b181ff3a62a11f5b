package io.subcube.datasets.generator;

import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.SubcubeSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fixed default geography of DOMAIN.md §B2.4: Jiangsu, 13 cities, 100 counties, 1,000 grids with
 * market types. Independent of {@code --seed} and of the number of subscribers. Grids are addressed by
 * an index 0..999 in region-id order.
 */
final class Geography {

    static final int PROVINCE_ID = 1;

    static final String[] CITY_CODES = {"NJ", "WX", "XZ", "CZ", "SZ", "NT", "LYG", "HA", "YC", "YZ", "ZJ", "TZ", "SQ"};
    static final String[] CITY_NAMES = {"Nanjing", "Wuxi", "Xuzhou", "Changzhou", "Suzhou", "Nantong", "Lianyungang",
        "Huai'an", "Yancheng", "Yangzhou", "Zhenjiang", "Taizhou", "Suqian"};
    /** Subscriber shares of the cities in percent (§B2.4). */
    static final double[] CITY_SHARES = {11, 9, 9, 7, 14, 8, 5, 6, 8, 6, 5, 6, 6};
    static final int[] COUNTIES_PER_CITY = {11, 10, 10, 7, 11, 8, 5, 6, 8, 6, 5, 7, 6};

    /** Market types in code order. */
    static final int URBAN = 0;
    static final int RESIDENTIAL = 1;
    static final int CBD = 2;
    static final int CAMPUS = 3;
    static final int SCHOOL = 4;
    static final int TRANSPORT = 5;
    static final int RURAL = 6;
    static final String[] MARKET_TYPES = {"URBAN", "RESIDENTIAL", "CBD", "CAMPUS", "SCHOOL", "TRANSPORT", "RURAL"};
    /** Grids per market type (shares 28/20/8/4/6/2/32 % of 1,000). */
    static final int[] GRIDS_PER_TYPE = {280, 200, 80, 40, 60, 20, 320};

    static final int CITIES = 13;
    static final int COUNTIES = 100;
    static final int GRIDS = 1000;
    /** County with 15 grids (used in DOMAIN.md's examples). */
    static final int BIG_COUNTY_ID = 10904;

    private static final String[] PILLARS = {"RICE", "PIGS", "TEA", "FISHERY", "WHEAT", "VEGETABLES", "POULTRY", "SILK"};

    static final Geography INSTANCE = new Geography();

    final int[] countyId = new int[COUNTIES];
    final int[] countyCity = new int[COUNTIES];
    final int[] countyFirstGrid = new int[COUNTIES];
    final int[] countyGrids = new int[COUNTIES];
    final int[] cityFirstCounty = new int[CITIES];
    final int[] cityFirstGrid = new int[CITIES];
    final int[] cityGrids = new int[CITIES];

    final int[] gridId = new int[GRIDS];
    final int[] gridCounty = new int[GRIDS];
    final int[] gridCity = new int[GRIDS];
    final int[] gridType = new int[GRIDS];
    final double[] gridWeight = new double[GRIDS];

    /** Grids of each (city, market type), and their cumulative weights. */
    final int[][][] gridsByCityType = new int[CITIES][7][];
    final double[][][] cumWeightByCityType = new double[CITIES][7][];
    /** Cumulative city shares, summing to 1. */
    final double[] cityCum = new double[CITIES];

    private final Object[][] ruralAttrs = new Object[GRIDS][];
    private final int[] ownChannels = new int[GRIDS];
    private final int[] competitorChannels = new int[GRIDS];

    private Geography() {
        SplittableRandom rng = new SplittableRandom(Seeds.FIXED);
        // counties
        int k = 0;
        for (int c = 0; c < CITIES; c++) {
            cityFirstCounty[c] = k;
            for (int i = 1; i <= COUNTIES_PER_CITY[c]; i++) {
                countyId[k] = (101 + c) * 100 + i;
                countyCity[k] = c;
                k++;
            }
        }
        // grids per county: 5..15, total 1,000, county 10904 has 15
        int big = -1;
        Arrays.fill(countyGrids, 10);
        for (int i = 0; i < COUNTIES; i++) {
            if (countyId[i] == BIG_COUNTY_ID) {
                big = i;
            }
        }
        countyGrids[big] = 15;
        for (int removed = 0; removed < 5; ) {
            int i = rng.nextInt(COUNTIES);
            if (i != big && countyGrids[i] > 5) {
                countyGrids[i]--;
                removed++;
            }
        }
        for (int move = 0; move < 3000; move++) {
            int a = rng.nextInt(COUNTIES);
            int b = rng.nextInt(COUNTIES);
            if (a != b && a != big && b != big && countyGrids[a] > 5 && countyGrids[b] < 15) {
                countyGrids[a]--;
                countyGrids[b]++;
            }
        }
        int g = 0;
        for (int i = 0; i < COUNTIES; i++) {
            countyFirstGrid[i] = g;
            for (int j = 1; j <= countyGrids[i]; j++) {
                gridId[g] = countyId[i] * 100 + j;
                gridCounty[g] = i;
                gridCity[g] = countyCity[i];
                g++;
            }
        }
        for (int c = 0; c < CITIES; c++) {
            int first = countyFirstGrid[cityFirstCounty[c]];
            int end = c + 1 < CITIES ? countyFirstGrid[cityFirstCounty[c + 1]] : GRIDS;
            cityFirstGrid[c] = first;
            cityGrids[c] = end - first;
        }
        // market types: every city has one grid of each type, the rest of the totals shuffled over the province
        int[] pool = new int[GRIDS - CITIES * 7];
        int p = 0;
        for (int t = 0; t < 7; t++) {
            for (int i = 0; i < GRIDS_PER_TYPE[t] - CITIES; i++) {
                pool[p++] = t;
            }
        }
        shuffle(pool, rng);
        p = 0;
        for (int c = 0; c < CITIES; c++) {
            int[] types = new int[cityGrids[c]];
            for (int t = 0; t < 7; t++) {
                types[t] = t;
            }
            for (int i = 7; i < types.length; i++) {
                types[i] = pool[p++];
            }
            shuffle(types, rng);
            for (int i = 0; i < types.length; i++) {
                gridType[cityFirstGrid[c] + i] = types[i];
            }
        }
        for (int i = 0; i < GRIDS; i++) {
            gridWeight[i] = Math.exp(0.4 * rng.nextGaussian());
            ownChannels[i] = 1 + rng.nextInt(12);
            competitorChannels[i] = rng.nextInt(11);
            if (gridType[i] == RURAL) {
                int population = 8000 + rng.nextInt(52001);
                int agri = (int) Math.round(population * (0.5 + 0.3 * rng.nextDouble()));
                int migrantOut = (int) Math.round(population * (0.05 + 0.2 * rng.nextDouble()));
                int households = (int) Math.round(population / (2.8 + 0.6 * rng.nextDouble()));
                BigDecimal income = BigDecimal.valueOf(400000 + rng.nextInt(800001), 2);
                String pillar = PILLARS[rng.nextInt(PILLARS.length)];
                BigDecimal penetration = BigDecimal.valueOf(4500 + rng.nextInt(4001), 4);
                ruralAttrs[i] = new Object[] {population, agri, migrantOut, households, income, pillar, penetration};
            }
        }
        for (int c = 0; c < CITIES; c++) {
            for (int t = 0; t < 7; t++) {
                List<Integer> list = new ArrayList<>();
                for (int i = cityFirstGrid[c]; i < cityFirstGrid[c] + cityGrids[c]; i++) {
                    if (gridType[i] == t) {
                        list.add(i);
                    }
                }
                int[] grids = list.stream().mapToInt(Integer::intValue).toArray();
                double[] cum = new double[grids.length];
                double sum = 0;
                for (int i = 0; i < grids.length; i++) {
                    sum += gridWeight[grids[i]];
                    cum[i] = sum;
                }
                for (int i = 0; i < grids.length; i++) {
                    cum[i] /= sum;
                }
                cum[grids.length - 1] = 1.0;
                gridsByCityType[c][t] = grids;
                cumWeightByCityType[c][t] = cum;
            }
        }
        double total = 0;
        for (double s : CITY_SHARES) {
            total += s;
        }
        double acc = 0;
        for (int c = 0; c < CITIES; c++) {
            acc += CITY_SHARES[c];
            cityCum[c] = acc / total;
        }
        cityCum[CITIES - 1] = 1.0;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static int cityId(int city) {
        return 101 + city;
    }

    /** A city drawn by subscriber share. */
    int drawCity(double u) {
        return Draws.pickCumulative(cityCum, u);
    }

    /** A grid of the city and market type, drawn by grid weight. */
    int drawGrid(int city, int type, double u) {
        return gridsByCityType[city][type][Draws.pickCumulative(cumWeightByCityType[city][type], u)];
    }

    /** Any grid of the city, uniformly. */
    int anyGridOfCity(int city, int r) {
        return cityFirstGrid[city] + r % cityGrids[city];
    }

    void write(DatasetSink sink) throws IOException {
        Rows rows = new Rows(SubcubeSchema.REGION);
        rows.add(PROVINCE_ID, "JS", "Jiangsu", "PROVINCE", null, PROVINCE_ID, null, null, null,
                null, null, null, null, null, null, null, null, null);
        for (int c = 0; c < CITIES; c++) {
            rows.add(cityId(c), "JS-" + CITY_CODES[c], CITY_NAMES[c], "CITY", PROVINCE_ID, PROVINCE_ID, cityId(c), null,
                    null, null, null, null, null, null, null, null, null, null);
        }
        for (int i = 0; i < COUNTIES; i++) {
            int c = countyCity[i];
            String n = two(countyId[i] % 100);
            rows.add(countyId[i], "JS-" + CITY_CODES[c] + "-" + n, CITY_NAMES[c] + " County " + n, "COUNTY",
                    cityId(c), PROVINCE_ID, cityId(c), countyId[i], null,
                    null, null, null, null, null, null, null, null, null);
        }
        for (int g = 0; g < GRIDS; g++) {
            int i = gridCounty[g];
            int c = gridCity[g];
            String n = two(countyId[i] % 100);
            String gn = two(gridId[g] % 100);
            Object[] ra = ruralAttrs[g];
            rows.add(gridId[g], "JS-" + CITY_CODES[c] + "-" + n + "-" + gn, CITY_NAMES[c] + " " + n + " Grid " + gn,
                    "GRID", countyId[i], PROVINCE_ID, cityId(c), countyId[i], MARKET_TYPES[gridType[g]],
                    ra == null ? null : ra[0], ra == null ? null : ra[1], ra == null ? null : ra[2],
                    ra == null ? null : ra[3], ra == null ? null : ra[4], ra == null ? null : ra[5],
                    ownChannels[g], competitorChannels[g], ra == null ? null : ra[6]);
        }
        rows.write(sink, 0);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
