package io.subcube.datasets.testing;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.batch.Progress;
import io.subcube.datasets.generator.DatasetGenerator;
import io.subcube.datasets.generator.GeneratorConfig;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Manual timing: generation into a counting no-op sink. Args: subscribers months threads. */
public final class Bench {
    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        int months = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int i = 0; i < reps; i++) {
            Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
            DatasetSink sink = (table, monthId) -> new DatasetSink.PartitionSink() {
                final AtomicLong c = rows.computeIfAbsent(table.name(), k -> new AtomicLong());
                @Override public void append(ColumnBatch batch) { c.addAndGet(batch.size()); }
                @Override public void finish() { }
            };
            long t0 = System.nanoTime();
            DatasetGenerator.generate(new GeneratorConfig(n, months, 20080901, 200803, threads), sink, Progress.NONE);
            System.out.printf("%d x %d, %d threads: %.2f s %s%n", n, months, threads, (System.nanoTime() - t0) / 1e9,
                    new TreeMap<>(rows));
        }
    }
}
