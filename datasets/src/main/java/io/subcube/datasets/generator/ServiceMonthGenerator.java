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
 * independent of the subscriber sample ({@link ServiceDraws}). City rows are drawn; the province row sums them
 * (revenue, users, volumes, complaints, average paying users) or takes their weighted mean (satisfaction,
 * growth contribution, CAGR). Monthly figures follow a smooth growth path from January of the start year, so
 * that a month's year-to-date revenue is the previous month's plus its service revenue.
 *
 * <p>The seed's anchored MMS rows are produced whatever the seed when the generated months include them
 * (200807, 200808, 200809, 200811; {@link MmsAnchors}): the MMS rows of those months are placed, not drawn, and
 * the paths are calibrated through September 2008 ({@link MmsCalibration}) so the drawn months around them
 * continue them. Decisions: (1) the province row stays the exact sum of its city rows in every additive column,
 * anchored months included — September's province row is the seed's row and the sum of its cities; (2) the
 * paying base is shared by all services, so in a dataset with an anchored month every service's paying base
 * passes through September's (50,000,000 in the province); (3) avg_paying_users_ytd of MMS is not the mean of
 * its paying_users, because the seed's figures (5,017,600 vs 8,280,000) are not: the drawn MMS months keep the
 * anchor's proportion. A dataset with no anchored month is drawn exactly as before the anchors existed.
 */
final class ServiceMonthGenerator {

    private static final int ANCHOR_YEAR_SEPTEMBER = 2008 * 12 + 8;

    private ServiceMonthGenerator() {
    }

    static void write(GeneratorConfig config, DatasetSink sink) throws IOException {
        TableDef table = SubcubeSchema.SERVICE_MONTH;
        SplittableRandom rng = Seeds.serviceMonth(config.seed());
        int startYear = config.startMonth() / 100;
        int startOrd = startYear * 12 + config.startMonth() % 100 - 1;
        int firstOrd = startYear * 12;                 // January of the start year
        int total = startOrd - firstOrd + config.months();
        boolean anchored = MmsAnchors.anyIn(config);
        ServiceDraws draws;
        if (anchored) {
            // the path must reach September 2008 to be calibrated through it (a dataset may end in July)
            int september = ANCHOR_YEAR_SEPTEMBER - firstOrd;
            draws = ServiceDraws.drawWithBase(rng, Math.max(total, september + 1), MmsAnchors.payingBaseSeptember(),
                    september);
            MmsCalibration.apply(draws, september);
        } else {
            draws = ServiceDraws.draw(rng, total);
        }
        int cities = Geography.CITIES;
        int rows = (cities + 1) * Catalog.SERVICES;
        ColumnBatch batch = new ColumnBatch(table, rows);
        Cols k = new Cols(table);
        ServiceFigures[][] city = new ServiceFigures[Catalog.SERVICES][];
        ServiceFigures[] province = new ServiceFigures[Catalog.SERVICES];
        for (int m = 0; m < config.months(); m++) {
            int t = startOrd - firstOrd + m;
            int ord = startOrd + m;
            int monthId = config.monthId(m);
            int yearStart = (ord / 12) * 12 - firstOrd;  // index of January of this month's year
            for (int s = 0; s < Catalog.SERVICES; s++) {
                city[s] = new ServiceFigures[cities];
                for (int c = 0; c < cities; c++) {
                    city[s][c] = draws.city(t, yearStart, c, s);
                }
                if (anchored && s == MmsAnchors.SERVICE && MmsAnchors.anchored(monthId)) {
                    city[s] = MmsAnchors.cities(monthId, city[s]);
                    province[s] = MmsAnchors.province(city[s]);
                } else {
                    province[s] = draws.province(s, city[s]);
                }
            }
            batch.clear();
            int r = 0;
            for (int s = 0; s < Catalog.SERVICES; s++) {
                put(batch, k, r++, monthId, Geography.PROVINCE_ID, s, province[s]);
            }
            for (int c = 0; c < cities; c++) {
                for (int s = 0; s < Catalog.SERVICES; s++) {
                    put(batch, k, r++, monthId, Geography.cityId(c), s, city[s][c]);
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
        final int revenueYtd;
        final int revenuePlanYtd;
        final int serviceRevenue;
        final int pkgOverchargeRev;
        final int usingUsers;
        final int payingBase;
        final int payingUsers;
        final int usageVolume;
        final int complaints;
        final int satisfaction;
        final int avgPayingUsersYtd;
        final int growthContrib;
        final int cagr3;

        Cols(TableDef t) {
            month = Columns.stored(t, "month_id");
            region = Columns.stored(t, "region_id");
            service = Columns.stored(t, "service_code");
            revenueYtd = Columns.stored(t, "revenue_ytd");
            revenuePlanYtd = Columns.stored(t, "revenue_plan_ytd");
            serviceRevenue = Columns.stored(t, "service_revenue");
            pkgOverchargeRev = Columns.stored(t, "pkg_overcharge_rev");
            usingUsers = Columns.stored(t, "using_users");
            payingBase = Columns.stored(t, "paying_base");
            payingUsers = Columns.stored(t, "paying_users");
            usageVolume = Columns.stored(t, "usage_volume");
            complaints = Columns.stored(t, "complaints");
            satisfaction = Columns.stored(t, "satisfaction");
            avgPayingUsersYtd = Columns.stored(t, "avg_paying_users_ytd");
            growthContrib = Columns.stored(t, "growth_contrib");
            cagr3 = Columns.stored(t, "cagr3");
        }
    }

    private static void put(ColumnBatch b, Cols k, int r, int monthId, int regionId, int s, ServiceFigures f) {
        b.longs(k.month)[r] = monthId;
        b.longs(k.region)[r] = regionId;
        b.strings(k.service)[r] = Catalog.SERVICE_CODES[s];
        b.longs(k.revenueYtd)[r] = f.revenueYtd();
        b.longs(k.revenuePlanYtd)[r] = f.revenuePlanYtd();
        b.longs(k.serviceRevenue)[r] = f.serviceRevenue();
        b.longs(k.pkgOverchargeRev)[r] = f.pkgOverchargeRev();
        b.longs(k.usingUsers)[r] = f.usingUsers();
        b.longs(k.payingBase)[r] = f.payingBase();
        b.longs(k.payingUsers)[r] = f.payingUsers();
        b.longs(k.usageVolume)[r] = f.usageVolume();
        b.longs(k.complaints)[r] = f.complaints();
        b.longs(k.satisfaction)[r] = f.satisfaction();
        b.doubles(k.avgPayingUsersYtd)[r] = f.avgPayingUsersYtd();
        b.doubles(k.growthContrib)[r] = f.growthContrib();
        b.doubles(k.cagr3)[r] = f.cagr3();
    }
}
