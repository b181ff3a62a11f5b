package io.subcube.engine.storage.index;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;

/**
 * Prints what the indexes cost on the default dataset (100,000 subscribers × 10 months): bytes per row
 * per table and per indexed column, and the time of the index step. A measurement, not a test: run it
 * from {@code engine/} after {@code test-compile} with the test class path and an optional thread count,
 * {@code java -cp target/test-classes:target/classes:<dependencies> io.subcube.engine.storage.index.IndexFootprint 2}.
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Store store = StoreLoader.generate(GeneratorConfig.defaults().withThreads(threads));
        long factRows = store.table("subscriber_month").rows();
        long all = 0;
        long indexes = 0;
        for (Table t : store.tables().values()) {
            all += t.bytes();
            indexes += t.indexBytes();
            if (t.indexBytes() == 0) {
                continue;
            }
            System.out.printf("%-18s %,10d rows  indexes %5.2f B/row of %6.2f B/row%n", t.name(), t.rows(),
                    (double) t.indexBytes() / t.rows(), (double) t.bytes() / t.rows());
            Partition newest = t.partitions().get(t.partitions().size() - 1);
            for (int c = 0; c < t.columns().size(); c++) {
                if (newest.index(c) != null) {
                    System.out.printf("    %-22s %-16s %5.2f B/row%n", t.columns().get(c).name(),
                            newest.index(c).describe(), (double) t.indexBytes(c) / t.rows());
                }
            }
        }
        System.out.printf("all tables: %.2f B per subscriber_month row, of which indexes %.2f%n",
                (double) all / factRows, (double) indexes / factRows);
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            IndexBuilder.index(store, threads);
            System.out.printf("index step, run %d: %d ms on %d threads%n", run, (System.nanoTime() - t0) / 1_000_000,
                    threads);
        }
    }
}
