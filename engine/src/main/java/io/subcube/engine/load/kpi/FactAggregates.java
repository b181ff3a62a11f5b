package io.subcube.engine.load.kpi;

import io.subcube.engine.load.LongIntIndex;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.PackedBlock;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.util.Arrays;

/**
 * One month's exact sums behind the FACT KPIs (DOMAIN.md §B5.2): per grid, the subscriber_month counts and
 * money sums; per city, the CRBT revenue of vas_usage, each row placed in the city its subscriber has in
 * subscriber_month that month. Money stays at its stored scale 2, so every sum is exact.
 */
final class FactAggregates {

    /** Fields of {@link #grid}: rows, Σ arpu, Σ rev_voice, Σ rev_vas (scale 2), then counts. */
    static final int ROWS = 0, ARPU = 1, VOICE = 2, VAS = 3, NEW_ADDS = 4, CHURNS = 5, HV = 6, HV_CHURN = 7,
            NEW_VAS = 8, FIELDS = 9;
    private static final int CAP = PackedBlock.CAPACITY;

    final int monthId;
    /** [field][region index]; non-zero only at grids. */
    final long[][] grid;
    /** Σ vas_usage.revenue of CRBT (scale 2) per region index; non-zero only at cities. */
    final long[] crbtRevenue;

    private FactAggregates(int monthId, int regions) {
        this.monthId = monthId;
        this.grid = new long[FIELDS][regions];
        this.crbtRevenue = new long[regions];
    }

    /** The sums of one month's partitions; {@code usage} may be {@code null} (no vas_usage that month). */
    static FactAggregates of(Regions regions, Table facts, Partition fp, Table usage, Partition up) {
        FactAggregates a = new FactAggregates(fp.monthId(), regions.size);
        try {
            LongIntIndex home = a.facts(regions, facts, fp);
            if (up != null) {
                a.crbt(regions, usage, up, home);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kpi_month, month " + fp.monthId() + ": " + e.getMessage(), e);
        }
        return a;
    }

    private LongIntIndex facts(Regions regions, Table t, Partition p) {
        int n = p.rows();
        LongColumn gridCol = longs(t, p, "grid_id");
        LongColumn idCol = longs(t, p, "subscriber_id");
        LongIntIndex home = new LongIntIndex(idCol.min(), idCol.max(), n);
        LongColumn arpuCol = longs(t, p, "arpu");
        LongColumn voiceCol = longs(t, p, "rev_voice");
        LongColumn vasCol = longs(t, p, "rev_vas");
        LongColumn tenureCol = longs(t, p, "tenure_months");
        LongColumn vasActiveCol = longs(t, p, "vas_active_cnt");
        LongColumn churnFlagCol = longs(t, p, "churn_flag");
        StringColumn statusCol = (StringColumn) p.column(column(t, "status"));
        StringColumn tierCol = (StringColumn) p.column(column(t, "value_tier"));
        boolean[] churned = flags(statusCol.dictionary(), "CHURNED");
        boolean[] highValue = flags(tierCol.dictionary(), "H", "MH");
        long[] gridId = new long[CAP], id = new long[CAP], arpu = new long[CAP], voice = new long[CAP],
                vas = new long[CAP], tenure = new long[CAP], vasActive = new long[CAP], churnFlag = new long[CAP],
                status = new long[CAP], tier = new long[CAP];
        long[] rows = grid[ROWS], sArpu = grid[ARPU], sVoice = grid[VOICE], sVas = grid[VAS], adds = grid[NEW_ADDS],
                churns = grid[CHURNS], hv = grid[HV], hvChurn = grid[HV_CHURN], newVas = grid[NEW_VAS];
        for (int from = 0; from < n; from += CAP) {
            int len = Math.min(CAP, n - from);
            gridCol.decode(from, len, gridId);
            idCol.decode(from, len, id);
            arpuCol.decode(from, len, arpu);
            voiceCol.decode(from, len, voice);
            vasCol.decode(from, len, vas);
            tenureCol.decode(from, len, tenure);
            vasActiveCol.decode(from, len, vasActive);
            churnFlagCol.decode(from, len, churnFlag);
            statusCol.codes().decode(from, len, status);
            tierCol.codes().decode(from, len, tier);
            for (int i = 0; i < len; i++) {
                int g = regions.indexOf((int) gridId[i]);
                if (g < 0 || regions.level[g] != Regions.GRID || gridId[i] != (int) gridId[i]) {
                    throw new IllegalArgumentException("subscriber_month.grid_id " + gridId[i] + " is not a grid");
                }
                if (!home.putIfAbsent(id[i], g)) {
                    throw new IllegalArgumentException("subscriber " + id[i] + " has two subscriber_month rows");
                }
                rows[g]++;
                sArpu[g] += arpu[i];
                sVoice[g] += voice[i];
                sVas[g] += vas[i];
                boolean joined = tenure[i] == 0;
                if (joined) {
                    adds[g]++;
                    if (vasActive[i] > 0) {
                        newVas[g]++;
                    }
                }
                if (churned[(int) status[i]]) {
                    churns[g]++;
                }
                if (highValue[(int) tier[i]]) {
                    hv[g]++;
                    if (churnFlag[i] != 0) {
                        hvChurn[g]++;
                    }
                }
            }
        }
        return home;
    }

    private void crbt(Regions regions, Table t, Partition p, LongIntIndex home) {
        StringColumn serviceCol = (StringColumn) p.column(column(t, "service_code"));
        int crbt = serviceCol.lookup("CRBT");
        if (crbt < 0) {
            return;
        }
        LongColumn idCol = longs(t, p, "subscriber_id");
        LongColumn revenueCol = longs(t, p, "revenue");
        long[] service = new long[CAP], id = new long[CAP], revenue = new long[CAP];
        int n = p.rows();
        for (int from = 0; from < n; from += CAP) {
            int len = Math.min(CAP, n - from);
            serviceCol.codes().decode(from, len, service);
            idCol.decode(from, len, id);
            revenueCol.decode(from, len, revenue);
            for (int i = 0; i < len; i++) {
                if (service[i] != crbt) {
                    continue;
                }
                int g = home.get(id[i]);
                if (g < 0) {
                    throw new IllegalArgumentException("vas_usage has a CRBT row of subscriber " + id[i]
                            + ", who has no subscriber_month row");
                }
                crbtRevenue[cityOf(regions, g)] += revenue[i];
            }
        }
    }

    private static int cityOf(Regions regions, int r) {
        while (regions.level[r] < Regions.CITY) {
            r = regions.parent[r];
        }
        return r;
    }

    private static boolean[] flags(String[] dictionary, String... values) {
        boolean[] out = new boolean[dictionary.length];
        for (int i = 0; i < dictionary.length; i++) {
            out[i] = Arrays.asList(values).contains(dictionary[i]);
        }
        return out;
    }

    private static LongColumn longs(Table t, Partition p, String column) {
        return (LongColumn) p.column(column(t, column));
    }

    private static int column(Table t, String name) {
        int i = t.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(t.name() + " has no column " + name);
        }
        return i;
    }
}
