package io.subcube.engine.load;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DerivedColumns;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import io.subcube.functions.AnomalyFunctions;
import io.subcube.functions.ClusterFunctions;
import io.subcube.functions.Domains;
import io.subcube.functions.MatrixFunctions;
import io.subcube.functions.PolicyFunctions;
import io.subcube.functions.ScoringParameters;
import io.subcube.functions.StickinessFunctions;
import io.subcube.functions.ValueFunctions;
import io.subcube.functions.VasFunctions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes the derived columns of DOMAIN.md §B2.16 at load, in its order, each with the batch form of
 * its §B3 function over whole columns of a month partition; months run in parallel. Every derived value
 * is therefore exactly what the SQL function returns for the row's stored columns.
 */
public final class Enricher {

    private Enricher() {
    }

    /** The store with its derived columns, computed with {@code parameters}. */
    public static Store enrich(Store raw, ScoringParameters parameters, int threads) {
        Table facts = raw.table("subscriber_month");
        Table usage = raw.table("vas_usage");
        if (facts == null || usage == null) {
            return new Store(raw.description(), parameters, raw.tables().values());
        }
        BestChannels channels = BestChannels.of(raw.table("channel_fit"));
        Map<String, Long> loyalMin = loyalMinUsage(raw.table("service"));
        Map<Integer, Partition> usageByMonth = new HashMap<>();
        for (Partition p : usage.partitions()) {
            usageByMonth.put(p.monthId(), p);
        }
        Table location = raw.table("location_month");
        LocationSegments segments = location == null ? null
                : new LocationSegments(parameters, raw.table("region"), raw.table("subscriber"));
        Map<Integer, Partition> locationByMonth = new HashMap<>();
        for (Partition p : location == null ? List.<Partition>of() : location.partitions()) {
            locationByMonth.put(p.monthId(), p);
        }
        Map<Integer, List<Column>> factColumns = new ConcurrentHashMap<>();
        Map<Integer, List<Column>> usageColumns = new ConcurrentHashMap<>();
        Map<Integer, List<Column>> locationColumns = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "subcube-enrich");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Partition p : facts.partitions()) {
                Partition u = usageByMonth.get(p.monthId());
                work.add(pool.submit(() -> {
                    Month month = new Month(parameters, facts, p, usage, u, loyalMin, channels);
                    usageColumns.put(p.monthId(), month.usageColumns());
                    factColumns.put(p.monthId(), month.factColumns());
                    Partition lp = locationByMonth.get(p.monthId());
                    if (lp != null) {
                        locationColumns.put(p.monthId(), month.locationColumns(segments, location, lp));
                    }
                    return null;
                }));
            }
            for (Future<?> w : work) {
                await(w);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Partition u : usage.partitions()) {
            if (!usageColumns.containsKey(u.monthId())) {
                throw new IllegalArgumentException("vas_usage has month " + u.monthId()
                        + " which subscriber_month does not");
            }
        }
        for (Integer m : locationByMonth.keySet()) {
            if (!locationColumns.containsKey(m)) {
                throw new IllegalArgumentException("location_month has month " + m + " which subscriber_month does not");
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>(raw.tables());
        tables.put(facts.name(), DerivedColumns.extend(facts, derived(facts.def(), Month.FACT_COLUMNS), factColumns));
        tables.put(usage.name(), DerivedColumns.extend(usage, derived(usage.def(), List.of("user_class")), usageColumns));
        if (location != null) {
            tables.put(location.name(), DerivedColumns.extend(location, derived(location.def(),
                    LocationSegments.COLUMNS), locationColumns));
        }
        if (channels != null) {
            tables.put("channel_fit", channels.withFitScore());
        }
        Table indicators = ServiceIndicators.derive(raw.table("service_month"), raw.table("service"));
        if (indicators != null) {
            tables.put(indicators.name(), indicators);
        }
        return new Store(raw.description(), parameters, tables.values());
    }

    private static List<ColumnDef> derived(TableDef def, List<String> names) {
        List<ColumnDef> out = new ArrayList<>();
        for (String n : names) {
            out.add(def.column(n));
        }
        return out;
    }

    private static Map<String, Long> loyalMinUsage(Table service) {
        Map<String, Long> out = new HashMap<>();
        if (service == null) {
            return out;
        }
        for (Partition p : service.partitions()) {
            StringColumn codes = (StringColumn) p.column(service.indexOf("service_code"));
            LongColumn min = (LongColumn) p.column(service.indexOf("loyal_min_usage"));
            for (int r = 0; r < p.rows(); r++) {
                out.put(codes.get(r), min.get(r));
            }
        }
        return out;
    }

    private static void await(Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("enrichment interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One month: its vas_usage user classes, then its subscriber_month derived columns. */
    private static final class Month {

        /** The derived columns of subscriber_month in §B2.1 order. */
        static final List<String> FACT_COLUMNS = List.of("return_rate", "influence_score", "value_score",
                "value_tier", "stick_score", "stick_tier", "churn_score", "churn_flag", "esc_stage",
                "cluster_class", "cluster_group", "need", "matrix_cell", "matrix_key", "mkt_priority",
                "program_order", "policy_group", "best_channel");
        private static final List<String> NEED_SERVICES = List.of("MINTERNET", "MNEWS", "CRBT");

        private final ScoringParameters p;
        private final Table facts;
        private final Partition fp;
        private final int n;
        private final List<Column> usageColumns;
        private final int[][] needClasses;
        private final LongIntIndex factRow;
        /** MNEWS subscribed this month, per fact row (§B2.3 news_sub). */
        private final boolean[] newsSub;
        private final List<Column> factColumns;

        Month(ScoringParameters p, Table facts, Partition fp, Table usage, Partition up, Map<String, Long> loyalMin,
              BestChannels channels) {
            this.p = p;
            this.facts = facts;
            this.fp = fp;
            this.n = fp.rows();
            this.needClasses = new int[NEED_SERVICES.size()][n];
            for (int[] c : needClasses) {
                Arrays.fill(c, Domains.USER_CLASSES.indexOf("POTENTIAL"));
            }
            this.factRow = LongIntIndex.of(longs("subscriber_id"), n, "subscriber_month " + fp.monthId()
                    + ".subscriber_id");
            this.newsSub = new boolean[n];
            try {
                this.usageColumns = up == null ? List.of() : userClasses(usage, up, loyalMin);
                this.factColumns = factColumns(channels);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("enriching month " + fp.monthId() + ": " + e.getMessage(), e);
            }
        }

        List<Column> usageColumns() {
            return usageColumns;
        }

        List<Column> factColumns() {
            return factColumns;
        }

        /** §B2.3's derived columns of the month's location_month partition. */
        List<Column> locationColumns(LocationSegments segments, Table location, Partition lp) {
            try {
                return segments.columns(location, lp, facts, fp, factRow, newsSub);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("enriching month " + fp.monthId() + ": " + e.getMessage(), e);
            }
        }

        private long[] longs(String column) {
            return DerivedColumns.decode((LongColumn) fp.column(facts.indexOf(column)));
        }

        /** §B3.9 for every vas_usage row of the month; keeps the NEED services' classes per fact row. */
        private List<Column> userClasses(Table usage, Partition up, Map<String, Long> loyalMin) {
            int m = up.rows();
            LongColumn firstUseCol = (LongColumn) up.column(usage.indexOf("first_use_month"));
            boolean[] firstUseNull = new boolean[m];
            NullMask nulls = firstUseCol.nulls();
            for (int r = 0; nulls != null && r < m; r++) {
                firstUseNull[r] = nulls.isNull(r);
            }
            StringColumn service = (StringColumn) up.column(usage.indexOf("service_code"));
            String[] dict = service.dictionary();
            long[] serviceCode = DerivedColumns.decode(service.codes());
            long[] loyal = new long[m];
            for (int r = 0; r < m; r++) {
                Long min = loyalMin.get(dict[(int) serviceCode[r]]);
                if (min == null) {
                    throw new IllegalArgumentException("vas_usage: service_code '" + dict[(int) serviceCode[r]]
                            + "' is not in table service");
                }
                loyal[r] = min;
            }
            long[] month = new long[m];
            Arrays.fill(month, up.monthId());
            int[] classes = new int[m];
            long[] subscribed = usageLongs(usage, up, "subscribed");
            VasFunctions.vasUserClassBatch(subscribed, DerivedColumns.decode(firstUseCol),
                    firstUseNull, month, usageLongs(usage, up, "usage_cnt"), usageLongs(usage, up, "streak_months"),
                    loyal, classes, m);
            int[] needIndex = new int[dict.length];
            for (int c = 0; c < dict.length; c++) {
                needIndex[c] = NEED_SERVICES.indexOf(dict[c]);
            }
            long[] subscriber = usageLongs(usage, up, "subscriber_id");
            int mnews = NEED_SERVICES.indexOf("MNEWS");
            for (int r = 0; r < m; r++) {
                int s = needIndex[(int) serviceCode[r]];
                if (s >= 0) {
                    int row = factRow.get(subscriber[r]);
                    if (row >= 0) {
                        needClasses[s][row] = classes[r];
                        newsSub[row] |= s == mnews && subscribed[r] != 0;
                    }
                }
            }
            return List.of(DerivedColumns.strings(Domains.USER_CLASSES, classes, m));
        }

        private static long[] usageLongs(Table usage, Partition up, String column) {
            return DerivedColumns.decode((LongColumn) up.column(usage.indexOf(column)));
        }

        /** §B2.16 from RETURN_RATE to best_channel. */
        private List<Column> factColumns(BestChannels channels) {
            long[] arpu = longs("arpu");
            long[] tenure = longs("tenure_months");
            long[] circle = longs("circle_size");
            long[] vasActive = longs("vas_active_cnt");
            long[] bundle = longs("bundle_months_left");
            long[] mou = longs("mou_total");
            long[] mouAvg3 = longs("mou_avg3");
            long[] arpuAvg3 = longs("arpu_avg3");
            long[] returnRateAvg3 = longs("return_rate_avg3");
            long[] dataCapable = longs("data_capable");

            long[] returnRate = new long[n];
            ValueFunctions.returnRateBatch(arpu, longs("marketing_cost"), returnRate, n);
            long[] influence = new long[n];
            ValueFunctions.influenceScoreBatch(p, circle, longs("sms_mo_cnt"), longs("mms_mo_cnt"), vasActive,
                    influence, n);
            long[] value = new long[n];
            ValueFunctions.cvsBatch(p, arpu, returnRate, arpuAvg3, returnRateAvg3, tenure, influence, value, n);
            long[] rankAbove = new long[n];
            long[] cityCount = new long[n];
            GroupRanks.compute(longs("city_id"), value, n, rankAbove, cityCount);
            int[] tier = new int[n];
            ValueFunctions.valueTierBatch(p, rankAbove, cityCount, tier, n);
            long[] stick = new long[n];
            StickinessFunctions.stickScoreBatch(p, tenure, bundle, longs("vpmn_flag"), longs("sticky_svc_cnt"),
                    circle, longs("onnet_share"), stick, n);
            int[] stickTier = new int[n];
            StickinessFunctions.stickTierBatch(p, stick, stickTier, n);
            long[] churn = new long[n];
            AnomalyFunctions.churnScoreBatch(p, mou, mouAvg3, arpu, arpuAvg3, circle, longs("circle_size_avg3"),
                    longs("competitor_share"), bundle, churn, n);
            long[] churnFlag = new long[n];
            AnomalyFunctions.churnFlagBatch(p, churn, churnFlag, n);
            int[] esc = new int[n];
            VasFunctions.escStageBatch(p, dataCapable, longs("vas_months_ever"), longs("vas_streak_months"),
                    vasActive, esc, n);
            int[] need = new int[n];
            VasFunctions.needBatch(p, dataCapable, needClasses[0], needClasses[1], needClasses[2], mou, mouAvg3,
                    need, n);
            int[] clusterClass = new int[n];
            ClusterFunctions.clusterClassBatch(p, mou, longs("mou_ld_out"), longs("mou_ld_in"), longs("mou_roam"),
                    longs("mou_vpmn"), longs("mou_intl"), clusterClass, n);
            int[] clusterGroup = new int[n];
            ClusterFunctions.clusterGroupBatch(p, clusterClass, arpu, clusterGroup, n);
            long[] cell = new long[n];
            MatrixFunctions.matrixCellBatch(tier, stickTier, churnFlag, cell, n);
            int[] key = new int[n];
            MatrixFunctions.matrixKeyBatch(tier, stickTier, churnFlag, need, key, n);
            long[] priority = new long[n];
            MatrixFunctions.mktPriorityBatch(tier, stickTier, churnFlag, priority, n);
            int[] program = new int[n];
            MatrixFunctions.programOrderBatch(tier, churnFlag, bundle, need, program, n);
            long[] policy = new long[n];
            PolicyFunctions.policyGroupBatch(tenure, returnRateAvg3, arpu, policy, n);
            int[] best = channels == null ? null
                    : channels.best(DerivedColumns.codes((StringColumn) fp.column(facts.indexOf("cust_group")),
                            channels.groups(), "subscriber_month.cust_group"), need, n);

            List<Column> out = new ArrayList<>();
            out.add(DerivedColumns.longs(returnRate, n));
            out.add(DerivedColumns.longs(influence, n));
            out.add(DerivedColumns.longs(value, n));
            out.add(DerivedColumns.strings(Domains.VALUE_TIERS, tier, n));
            out.add(DerivedColumns.longs(stick, n));
            out.add(DerivedColumns.strings(Domains.STICK_TIERS, stickTier, n));
            out.add(DerivedColumns.longs(churn, n));
            out.add(DerivedColumns.longs(churnFlag, n));
            out.add(DerivedColumns.strings(Domains.ESC_STAGES, esc, n));
            out.add(DerivedColumns.strings(Domains.CLUSTER_CLASSES, clusterClass, n));
            out.add(DerivedColumns.strings(Domains.CLUSTER_GROUPS, clusterGroup, n));
            out.add(DerivedColumns.strings(Domains.NEEDS, need, n));
            out.add(DerivedColumns.longs(cell, n));
            out.add(DerivedColumns.strings(Domains.MATRIX_KEYS, key, n));
            out.add(DerivedColumns.longs(priority, n));
            out.add(DerivedColumns.strings(Domains.PROGRAM_ORDERS, program, n));
            out.add(DerivedColumns.longs(policy, n));
            if (best == null) {
                int[] none = new int[n];
                Arrays.fill(none, -1);
                out.add(DerivedColumns.strings(List.of(), none, n));
            } else {
                out.add(DerivedColumns.strings(channels.channels(), best, n));
            }
            return out;
        }
    }
}
