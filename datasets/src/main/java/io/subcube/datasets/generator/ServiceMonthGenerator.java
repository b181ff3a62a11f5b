package io.subcube.datasets.generator;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The reported service figures of DOMAIN.md §B2.8: province and city rows × 10 services × months, at
 * operator scale (a paying base of about 50 million in the province), drawn from a (seed)-stream and
 * independent of the subscriber sample. City rows are drawn; the province row sums them (revenue, users,
 * volumes, complaints) or takes their weighted mean (satisfaction, growth contribution, CAGR).
 * Monthly figures follow a smooth growth path from January of the start year so that year-to-date
 * figures are consistent. The seed's anchored MMS rows are not produced here.
 */
final class ServiceMonthGenerator {

    private static final double PROVINCE_BASE = 50_000_000;
    private static final double[] PENETRATION = {0.18, 0.35, 0.20, 0.25, 0.12, 0.05, 0.03, 0.04, 0.04, 0.02};
    /** Monthly revenue per using user, CNY. */
    private static final double[] REV_PER_USER = {1.25, 6.5, 3.0, 8.0, 0.3, 0.5, 1.8, 3.0, 5.0, 2.5};
    private static final double[] PAYING_RATE = {0.92, 0.95, 0.90, 0.75, 0.20, 0.15, 0.85, 0.92, 0.95, 0.60};
    private static final double[] USAGE_PER_USER = {39.2, 1.5, 20, 12, 14, 6, 2, 20, 12, 6};

    private ServiceMonthGenerator() {
    }

    static void write(GeneratorConfig config, DatasetSink sink) throws IOException {
        TableDef table = SubcubeSchema.SERVICE_MONTH;
        SplittableRandom rng = Seeds.serviceMonth(config.seed());
        int cities = Geography.CITIES;
        int services = Catalog.SERVICES;
        int startYear = config.startMonth() / 100;
        int startOrd = startYear * 12 + config.startMonth() % 100 - 1;
        int firstOrd = startYear * 12;                 // January of the start year
        int total = startOrd - firstOrd + config.months();
        // per city × service: level, growth, completion, satisfaction, complaints, overcharge, growth metrics
        double[][] base = new double[cities][services];
        double[][] growth = new double[cities][services];
        double[][] completion = new double[cities][services];
        double[][] satisfaction = new double[cities][services];
        double[][] complaintRate = new double[cities][services];
        double[][] overcharge = new double[cities][services];
        double[][] contrib = new double[cities][services];
        double[][] cagr = new double[cities][services];
        double[][] usage = new double[cities][services];
        double[] cityBase = new double[cities];
        for (int c = 0; c < cities; c++) {
            cityBase[c] = PROVINCE_BASE * Geography.CITY_SHARES[c] / 100.0 * (0.9 + 0.2 * rng.nextDouble());
            for (int s = 0; s < services; s++) {
                base[c][s] = PENETRATION[s] * (0.8 + 0.4 * rng.nextDouble());
                growth[c][s] = 0.002 + 0.018 * rng.nextDouble();
                completion[c][s] = 0.55 + 0.25 * rng.nextDouble();
                satisfaction[c][s] = 65 + 17 * rng.nextDouble();
                complaintRate[c][s] = 0.8 + 1.7 * rng.nextDouble();
                overcharge[c][s] = 0.03 + 0.09 * rng.nextDouble();
                contrib[c][s] = 0.4 + 1.4 * rng.nextDouble();
                cagr[c][s] = 0.05 + 0.40 * rng.nextDouble();
                usage[c][s] = USAGE_PER_USER[s] * (0.75 + 0.5 * rng.nextDouble());
            }
        }
        // monthly paths from January of the start year
        long[][][] revenue = new long[total][cities][services];     // cents
        long[][][] using = new long[total][cities][services];
        long[][][] paying = new long[total][cities][services];
        long[][][] payingBase = new long[total][cities][services];
        for (int t = 0; t < total; t++) {
            for (int c = 0; c < cities; c++) {
                double pb = cityBase[c] * Math.pow(1.004, t);
                for (int s = 0; s < services; s++) {
                    double u = pb * base[c][s] * Math.pow(1 + growth[c][s], t) * (0.97 + 0.06 * rng.nextDouble());
                    using[t][c][s] = Math.round(u);
                    payingBase[t][c][s] = Math.round(pb);
                    paying[t][c][s] = Math.round(u * PAYING_RATE[s] * (0.97 + 0.03 * rng.nextDouble()));
                    revenue[t][c][s] = Math.round(u * REV_PER_USER[s] * (0.95 + 0.1 * rng.nextDouble()) * 100);
                }
            }
        }
        int rows = (cities + 1) * services;
        ColumnBatch batch = new ColumnBatch(table, rows);
        Cols k = new Cols(table);
        for (int m = 0; m < config.months(); m++) {
            int t = startOrd - firstOrd + m;
            int ord = startOrd + m;
            int monthId = config.monthId(m);
            int yearStart = (ord / 12) * 12 - firstOrd;  // index of January of this month's year
            long[][][] cityLongs = new long[cities][services][];
            double[][][] cityDoubles = new double[cities][services][];
            long[][] provLongs = new long[services][];
            double[][] provDoubles = new double[services][];
            for (int s = 0; s < services; s++) {
                long[] p = new long[10];
                double avgPay = 0;
                double satW = 0;
                double contribW = 0;
                double cagrW = 0;
                for (int c = 0; c < cities; c++) {
                    long ytd = 0;
                    double payAcc = 0;
                    for (int i = yearStart; i <= t; i++) {
                        ytd += revenue[i][c][s];
                        payAcc += paying[i][c][s];
                    }
                    double avg = payAcc / (t - yearStart + 1);
                    long rev = revenue[t][c][s];
                    long use = using[t][c][s];
                    long[] v = {ytd, Math.round(ytd / completion[c][s]), rev, Math.round(rev * overcharge[c][s]), use,
                        payingBase[t][c][s], paying[t][c][s], Math.round(use * usage[c][s]),
                        Math.round(use * complaintRate[c][s] / 10000.0), Math.round(satisfaction[c][s] * 100)};
                    cityLongs[c][s] = v;
                    cityDoubles[c][s] = new double[] {avg, round4(contrib[c][s]), round4(cagr[c][s])};
                    for (int i = 0; i < 9; i++) {
                        p[i] += v[i];
                    }
                    avgPay += avg;
                    satW += satisfaction[c][s] * use;
                    contribW += contrib[c][s] * ytd;
                    cagrW += cagr[c][s] * ytd;
                }
                p[9] = Math.round(satW / p[4] * 100);
                provLongs[s] = p;
                provDoubles[s] = new double[] {avgPay, round4(contribW / p[0]), round4(cagrW / p[0])};
            }
            batch.clear();
            int r = 0;
            for (int s = 0; s < services; s++) {
                put(batch, k, r++, monthId, Geography.PROVINCE_ID, s, provLongs[s], provDoubles[s]);
            }
            for (int c = 0; c < cities; c++) {
                for (int s = 0; s < services; s++) {
                    put(batch, k, r++, monthId, Geography.cityId(c), s, cityLongs[c][s], cityDoubles[c][s]);
                }
            }
            batch.setSize(r);
            DatasetSink.PartitionSink partition = sink.openPartition(table, monthId);
            partition.append(batch);
            partition.finish();
        }
    }

    /** Column positions of service_month. */
    private static final class Cols {
        final int month;
        final int region;
        final int service;
        final int[] longs;
        final int[] doubles;
        final int satisfaction;

        Cols(TableDef t) {
            month = Columns.stored(t, "month_id");
            region = Columns.stored(t, "region_id");
            service = Columns.stored(t, "service_code");
            longs = new int[] {Columns.stored(t, "revenue_ytd"), Columns.stored(t, "revenue_plan_ytd"),
                Columns.stored(t, "service_revenue"), Columns.stored(t, "pkg_overcharge_rev"),
                Columns.stored(t, "using_users"), Columns.stored(t, "paying_base"),
                Columns.stored(t, "paying_users"), Columns.stored(t, "usage_volume"),
                Columns.stored(t, "complaints")};
            satisfaction = Columns.stored(t, "satisfaction");
            doubles = new int[] {Columns.stored(t, "avg_paying_users_ytd"), Columns.stored(t, "growth_contrib"),
                Columns.stored(t, "cagr3")};
        }
    }

    private static void put(ColumnBatch b, Cols k, int r, int monthId, int regionId, int s, long[] v, double[] d) {
        b.longs(k.month)[r] = monthId;
        b.longs(k.region)[r] = regionId;
        b.strings(k.service)[r] = Catalog.SERVICE_CODES[s];
        for (int i = 0; i < 9; i++) {
            b.longs(k.longs[i])[r] = v[i];
        }
        b.longs(k.satisfaction)[r] = v[9];
        for (int i = 0; i < 3; i++) {
            b.doubles(k.doubles[i])[r] = d[i];
        }
    }

    private static double round4(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
