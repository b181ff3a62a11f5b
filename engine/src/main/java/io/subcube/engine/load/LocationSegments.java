package io.subcube.engine.load;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DerivedColumns;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import io.subcube.functions.Domains;
import io.subcube.functions.HotspotFunctions;
import io.subcube.functions.ScoringParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * DOMAIN.md §B2.3's derived columns of one {@code location_month} partition — RURAL_SEGMENT, MIGRANT_TYPE,
 * FAMILY_FLAG, SCHOOL_TYPE, MMS_SEGMENT — from the batch forms of §B3.17–B3.21, with the joins §B2.3 names:
 * the work and rest grids' market type, county and city (region), the same month's subscriber_month row,
 * the subscriber (gender, birth year, campus-side join) and whether MNEWS is subscribed (vas_usage).
 */
final class LocationSegments {

    /** The derived columns in §B2.3 order. */
    static final List<String> COLUMNS = List.of("rural_segment", "migrant_type", "family_flag", "school_type",
            "mms_segment");

    private final ScoringParameters p;
    private final Regions regions;
    private final Subscribers subscribers;

    LocationSegments(ScoringParameters p, Table region, Table subscriber) {
        this.p = p;
        this.regions = new Regions(region);
        this.subscribers = new Subscribers(subscriber);
    }

    static List<ColumnDef> defs() {
        List<ColumnDef> out = new ArrayList<>();
        for (String c : COLUMNS) {
            out.add(SubcubeSchema.LOCATION_MONTH.column(c));
        }
        return out;
    }

    /**
     * The derived columns of location partition {@code lp}, given the month's subscriber_month partition
     * {@code fp} and the subscriber ids that subscribe to MNEWS this month.
     */
    List<Column> columns(Table location, Partition lp, Table facts, Partition fp, LongIntIndex factRow,
                         boolean[] newsSubByFactRow) {
        int n = lp.rows();
        Cols l = new Cols(location, lp);
        long[] ids = l.longs("subscriber_id");
        long[] workGrid = l.longs("work_grid_id");
        long[] restGrid = l.longs("rest_grid_id");
        boolean[] workNull = l.nulls("work_grid_id");
        boolean[] restNull = l.nulls("rest_grid_id");
        int[] restMarket = new int[n];
        int[] workMarket = new int[n];
        long[] workCounty = new long[n];
        long[] restCounty = new long[n];
        long[] workCity = new long[n];
        long[] restCity = new long[n];
        regions.lookUp(workGrid, workNull, workMarket, workCounty, workCity, "work_grid_id");
        regions.lookUp(restGrid, restNull, restMarket, restCounty, restCity, "rest_grid_id");

        // the same month's fact row and subscriber of every location row
        Cols f = new Cols(facts, fp);
        long[] fArpu = f.longs("arpu");
        long[] fMmsMo = f.longs("mms_mo_cnt");
        long[] fMmsMt = f.longs("mms_mt_3m");
        long[] fMou = f.longs("mou_total");
        long[] fTenure = f.longs("tenure_months");
        long[] fSms = f.longs("sms_mo_cnt");
        int[] fBrand = DerivedColumns.codes((StringColumn) fp.column(facts.indexOf("brand")), Domains.BRANDS,
                "subscriber_month.brand");
        int[] brand = new int[n];
        long[] arpu = new long[n];
        long[] mmsMo = new long[n];
        long[] mmsMt = new long[n];
        long[] mou = new long[n];
        long[] tenure = new long[n];
        long[] sms = new long[n];
        long[] newsSub = new long[n];
        int[] gender = new int[n];
        long[] age = new long[n];
        long[] nearCampus = new long[n];
        long year = lp.monthId() / 100;
        for (int r = 0; r < n; r++) {
            int fr = factRow.get(ids[r]);
            if (fr < 0) {
                throw new IllegalArgumentException("location_month: subscriber " + ids[r] + " has no subscriber_month "
                        + "row in month " + lp.monthId());
            }
            brand[r] = fBrand[fr];
            arpu[r] = fArpu[fr];
            mmsMo[r] = fMmsMo[fr];
            mmsMt[r] = fMmsMt[fr];
            mou[r] = fMou[fr];
            tenure[r] = fTenure[fr];
            sms[r] = fSms[fr];
            newsSub[r] = newsSubByFactRow[fr] ? 1 : 0;
            int s = subscribers.row(ids[r]);
            gender[r] = subscribers.gender[s];
            age[r] = year - subscribers.birthYear[s];
            nearCampus[r] = subscribers.nearCampus[s];
        }

        int[] rural = new int[n];
        HotspotFunctions.ruralSegmentBatch(restMarket, workGrid, restGrid, workCounty, restCounty, workCity, restCity,
                workNull, restNull, rural, n);
        int[] migrant = new int[n];
        HotspotFunctions.migrantTypeBatch(p, l.longs("roam_out_days"), DerivedColumns.codes(
                (StringColumn) lp.column(location.indexOf("roam_scope")), Domains.ROAM_SCOPES,
                "location_month.roam_scope"), l.longs("rural_contact_share"), migrant, n);
        long[] family = new long[n];
        HotspotFunctions.familyFlagBatch(p, restMarket, l.longs("rest_days"), restNull, family, n);
        int[] school = new int[n];
        HotspotFunctions.schoolTypeBatch(tenure, sms, l.longs("campus_call_share"), l.longs("campus_peers_10plus"),
                nearCampus, school, n);
        long[] mms = new long[n];
        HotspotFunctions.mmsSegmentBatch(p, workMarket, brand, age, gender, arpu, mmsMo, mmsMt, newsSub, mou,
                workNull, mms, n);
        return List.of(DerivedColumns.strings(Domains.RURAL_SEGMENTS, rural, n),
                DerivedColumns.strings(Domains.MIGRANT_TYPES, migrant, n),
                DerivedColumns.longsOrNull(family, HotspotFunctions.NULL, n),
                DerivedColumns.strings(Domains.SCHOOL_TYPES, school, n),
                DerivedColumns.longsOrNull(mms, HotspotFunctions.NULL, n));
    }

    /** A partition's columns decoded by name. */
    private record Cols(Table table, Partition partition) {

        long[] longs(String column) {
            return DerivedColumns.decode((LongColumn) partition.column(table.indexOf(column)));
        }

        boolean[] nulls(String column) {
            NullMask mask = partition.column(table.indexOf(column)).nulls();
            boolean[] out = new boolean[partition.rows()];
            for (int r = 0; mask != null && r < out.length; r++) {
                out[r] = mask.isNull(r);
            }
            return out;
        }
    }

    /** Grid id → market type code, county and city, from the region table. */
    private static final class Regions {
        private final LongIntIndex row;
        private final int[] market;
        private final long[] county;
        private final long[] city;

        Regions(Table region) {
            Partition p = region.partitions().get(0);
            int n = p.rows();
            Cols c = new Cols(region, p);
            row = LongIntIndex.of(c.longs("region_id"), n, "region.region_id");
            market = DerivedColumns.codes((StringColumn) p.column(region.indexOf("market_type")),
                    Domains.MARKET_TYPES, "region.market_type");
            county = c.longs("county_id");
            city = c.longs("city_id");
        }

        void lookUp(long[] grid, boolean[] isNull, int[] marketOut, long[] countyOut, long[] cityOut, String what) {
            for (int i = 0; i < grid.length; i++) {
                if (isNull[i]) {
                    marketOut[i] = HotspotFunctions.NULL;
                    continue;
                }
                int r = row.get(grid[i]);
                if (r < 0 || market[r] < 0) {
                    throw new IllegalArgumentException("location_month." + what + " " + grid[i]
                            + " is not a grid of table region");
                }
                marketOut[i] = market[r];
                countyOut[i] = county[r];
                cityOut[i] = city[r];
            }
        }
    }

    /** Subscriber id → gender code, birth year and campus-side join, from the subscriber table. */
    private static final class Subscribers {
        private final LongIntIndex row;
        final int[] gender;
        final long[] birthYear;
        final long[] nearCampus;

        Subscribers(Table subscriber) {
            Partition p = subscriber.partitions().get(0);
            int n = p.rows();
            Cols c = new Cols(subscriber, p);
            row = LongIntIndex.of(c.longs("subscriber_id"), n, "subscriber.subscriber_id");
            gender = DerivedColumns.codes((StringColumn) p.column(subscriber.indexOf("gender")), Domains.GENDERS,
                    "subscriber.gender");
            birthYear = c.longs("birth_year");
            nearCampus = c.longs("join_near_campus");
        }

        int row(long subscriberId) {
            int r = row.get(subscriberId);
            if (r < 0) {
                throw new IllegalArgumentException("location_month: subscriber " + subscriberId
                        + " is not in table subscriber");
            }
            return r;
        }
    }
}
