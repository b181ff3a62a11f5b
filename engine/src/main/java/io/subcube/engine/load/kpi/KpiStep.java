package io.subcube.engine.load.kpi;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.storage.DerivedTableBuilder;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The kpi_month and alert steps of enrichment (DOMAIN.md §B2.16), after subscriber_month's derived columns:
 * adds both tables, computed whole from the enriched store and the dataset seed.
 *
 * <p>Decision: kpi_month is entirely derived at load, SYNTH rows included. G7 lets SYNTH rows come from
 * files; we generate them here instead, from streams seeded by the dataset seed (which a data directory
 * records in its manifest), so loading a directory and generating the same dataset in process give identical
 * kpi_month and alert tables, and no file format carries them. The month's sums over subscriber_month and
 * vas_usage run in parallel, one month per thread; the rest runs month by month in order (targets and
 * prev_actual look back) and is small. The result does not depend on the thread count.
 */
public final class KpiStep {

    private KpiStep() {
    }

    /**
     * The store with kpi_month and alert added (in schema order), or unchanged when it lacks a table they
     * need (subscriber_month, region, kpi_tree, alert_rule).
     */
    public static Store apply(Store store, long seed, int threads) {
        Table facts = store.table("subscriber_month");
        Table usage = store.table("vas_usage");
        Table region = store.table("region");
        Table kpiTree = store.table("kpi_tree");
        Table alertRule = store.table("alert_rule");
        if (facts == null || region == null || kpiTree == null || alertRule == null
                || facts.indexOf("value_tier") < 0) {
            return store;
        }
        KpiTree tree = KpiTree.of(kpiTree);
        Regions regions = Regions.of(region);
        List<FactAggregates> months = aggregate(regions, facts, usage, threads);
        DerivedTableBuilder kpiMonth = new DerivedTableBuilder(SubcubeSchema.KPI_MONTH);
        DerivedTableBuilder alert = new DerivedTableBuilder(SubcubeSchema.ALERT);
        if (!months.isEmpty()) {
            KpiMonthDeriver deriver = new KpiMonthDeriver(seed, tree, regions);
            AlertDeriver alerts = new AlertDeriver(alertRule, tree, regions, seed,
                    months.get(months.size() - 1).monthId);
            for (FactAggregates month : months) {
                KpiValues v = deriver.next(month);
                deriver.write(v, kpiMonth);
                alerts.write(v, alert);
            }
        }
        Map<String, Table> tables = new HashMap<>(store.tables());
        tables.put("kpi_month", kpiMonth.build());
        tables.put("alert", alert.build());
        List<String> schemaOrder = new ArrayList<>();
        for (TableDef d : SubcubeSchema.tables()) {
            schemaOrder.add(d.name());
        }
        List<String> storeOrder = new ArrayList<>(store.tables().keySet());
        List<Table> ordered = new ArrayList<>(tables.values());
        ordered.sort(Comparator.comparingInt((Table t) -> position(schemaOrder, t.name()))
                .thenComparingInt(t -> storeOrder.indexOf(t.name())));
        return new Store(store.description(), store.parameters(), ordered);
    }

    private static int position(List<String> order, String name) {
        int i = order.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Each month's sums, one month per task, in month order. */
    private static List<FactAggregates> aggregate(Regions regions, Table facts, Table usage, int threads) {
        Map<Integer, Partition> usageByMonth = new HashMap<>();
        if (usage != null) {
            for (Partition p : usage.partitions()) {
                usageByMonth.put(p.monthId(), p);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "subcube-kpi");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FactAggregates>> work = new ArrayList<>();
            for (Partition p : facts.partitions()) {
                Partition u = usageByMonth.get(p.monthId());
                work.add(pool.submit(() -> FactAggregates.of(regions, facts, p, usage, u)));
            }
            List<FactAggregates> out = new ArrayList<>();
            for (Future<FactAggregates> w : work) {
                out.add(await(w));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("kpi_month interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
