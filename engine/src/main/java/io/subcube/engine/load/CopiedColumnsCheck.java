package io.subcube.engine.load;

import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.PackedBlock;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * DOMAIN.md G7: the columns of {@code subscriber_month} marked "=" are copies of a dimension and must
 * match it — the ancestors of the home grid from {@code region}, brand and customer group from
 * {@code subscriber}. A loaded file that disagrees (or names a grid or subscriber that does not exist)
 * is refused with the first offending row named.
 */
final class CopiedColumnsCheck {

    private CopiedColumnsCheck() {
    }

    static void verify(Store store) {
        Table facts = store.table("subscriber_month");
        Table region = store.table("region");
        Table subscriber = store.table("subscriber");
        if (facts == null || region == null || subscriber == null) {
            return;
        }
        Map<Long, long[]> ancestors = gridAncestors(region);
        SubscriberCodes subs = new SubscriberCodes(subscriber);
        int[] cols = {facts.indexOf("subscriber_id"), facts.indexOf("grid_id"), facts.indexOf("county_id"),
            facts.indexOf("city_id"), facts.indexOf("province_id"), facts.indexOf("brand"), facts.indexOf("cust_group")};
        long[] id = new long[PackedBlock.CAPACITY];
        long[] grid = new long[PackedBlock.CAPACITY];
        long[][] up = new long[3][PackedBlock.CAPACITY];
        long[] brand = new long[PackedBlock.CAPACITY];
        long[] group = new long[PackedBlock.CAPACITY];
        for (Partition p : facts.partitions()) {
            StringColumn brandCol = (StringColumn) p.column(cols[5]);
            StringColumn groupCol = (StringColumn) p.column(cols[6]);
            int[] brandMap = subs.brands.remap(brandCol.dictionary());
            int[] groupMap = subs.groups.remap(groupCol.dictionary());
            for (int from = 0; from < p.rows(); from += PackedBlock.CAPACITY) {
                int n = Math.min(PackedBlock.CAPACITY, p.rows() - from);
                ((LongColumn) p.column(cols[0])).decode(from, n, id);
                ((LongColumn) p.column(cols[1])).decode(from, n, grid);
                for (int k = 0; k < 3; k++) {
                    ((LongColumn) p.column(cols[2 + k])).decode(from, n, up[k]);
                }
                brandCol.codes().decode(from, n, brand);
                groupCol.codes().decode(from, n, group);
                for (int i = 0; i < n; i++) {
                    String where = "subscriber_month, month " + p.monthId() + ", subscriber_id " + id[i];
                    long[] expected = ancestors.get(grid[i]);
                    if (expected == null) {
                        throw new IllegalArgumentException(where + ": grid_id " + grid[i] + " is not a GRID of region");
                    }
                    String[] names = {"county_id", "city_id", "province_id"};
                    for (int k = 0; k < 3; k++) {
                        if (up[k][i] != expected[k]) {
                            throw mismatch(where, names[k], up[k][i], "region " + grid[i] + " has " + expected[k]);
                        }
                    }
                    int s = subs.row(id[i]);
                    if (s < 0) {
                        throw new IllegalArgumentException(where + ": no such subscriber in table subscriber");
                    }
                    if (brandMap[(int) brand[i]] != subs.brand(s)) {
                        throw mismatch(where, "brand", "'" + brandCol.dictionary()[(int) brand[i]] + "'",
                                "subscriber has '" + subs.brands.dictionary[subs.brand(s)] + "'");
                    }
                    if (groupMap[(int) group[i]] != subs.group(s)) {
                        throw mismatch(where, "cust_group", "'" + groupCol.dictionary()[(int) group[i]] + "'",
                                "subscriber has '" + subs.groups.dictionary[subs.group(s)] + "'");
                    }
                }
            }
        }
    }

    private static IllegalArgumentException mismatch(String where, String column, Object value, String truth) {
        return new IllegalArgumentException(where + ": " + column + " " + value + " does not match its dimension ("
                + truth + "); columns copied from a dimension must equal it");
    }

    /** Grid id → {county_id, city_id, province_id} of every GRID row. */
    private static Map<Long, long[]> gridAncestors(Table region) {
        Map<Long, long[]> out = new HashMap<>();
        int id = region.indexOf("region_id");
        int level = region.indexOf("region_level");
        int[] up = {region.indexOf("county_id"), region.indexOf("city_id"), region.indexOf("province_id")};
        for (Partition p : region.partitions()) {
            StringColumn levels = (StringColumn) p.column(level);
            for (int r = 0; r < p.rows(); r++) {
                if ("GRID".equals(levels.get(r))) {
                    long[] a = new long[3];
                    for (int k = 0; k < 3; k++) {
                        a[k] = ((LongColumn) p.column(up[k])).get(r);
                    }
                    out.put(((LongColumn) p.column(id)).get(r), a);
                }
            }
        }
        return out;
    }

    /** Brand and customer group of every subscriber, as codes of the subscriber table's dictionaries. */
    private static final class SubscriberCodes {
        private final Map<Long, Integer> rows = new HashMap<>();
        private final Partition partition;
        private final LongColumn brandCodes;
        private final LongColumn groupCodes;
        private final Dictionary brands;
        private final Dictionary groups;

        SubscriberCodes(Table subscriber) {
            if (subscriber.partitions().size() != 1) {
                throw new IllegalStateException("subscriber is a single-partition table");
            }
            partition = subscriber.partitions().get(0);
            LongColumn ids = (LongColumn) partition.column(subscriber.indexOf("subscriber_id"));
            for (int r = 0; r < partition.rows(); r++) {
                if (rows.put(ids.get(r), r) != null) {
                    throw new IllegalArgumentException("subscriber: subscriber_id " + ids.get(r) + " appears twice");
                }
            }
            StringColumn b = (StringColumn) partition.column(subscriber.indexOf("brand"));
            StringColumn g = (StringColumn) partition.column(subscriber.indexOf("cust_group"));
            brandCodes = b.codes();
            groupCodes = g.codes();
            brands = new Dictionary(b.dictionary());
            groups = new Dictionary(g.dictionary());
        }

        int row(long subscriberId) {
            Integer r = rows.get(subscriberId);
            return r == null ? -1 : r;
        }

        int brand(int row) {
            return (int) brandCodes.get(row);
        }

        int group(int row) {
            return (int) groupCodes.get(row);
        }
    }

    /** A dimension's dictionary, and how another partition's codes map onto it. */
    private record Dictionary(String[] dictionary) {
        /** For each code of {@code other}, the code of the same value here, or −1. */
        int[] remap(String[] other) {
            int[] map = new int[other.length];
            for (int i = 0; i < other.length; i++) {
                int code = java.util.Arrays.binarySearch(dictionary, other[i]);
                map[i] = code >= 0 ? code : -1;
            }
            return map;
        }
    }
}
