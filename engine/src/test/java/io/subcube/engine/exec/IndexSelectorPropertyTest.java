package io.subcube.engine.exec;

import static io.subcube.engine.storage.index.IndexFixture.MONTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import io.subcube.engine.storage.index.IndexBuilder;
import io.subcube.engine.storage.index.IndexFixture;
import io.subcube.engine.storage.index.IndexRule;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roaringbitmap.RoaringBitmap;

/**
 * Seeded random filter trees (200 per rule, 600 in all) on partitions indexed three ways — the loader's
 * rule, bit slices wherever they can go, one bitmap per key wherever it can — so that every column meets
 * every kind of index. The selector's bitmap and the residual scan over it must pick exactly the rows the
 * vectorised scan alone picks, on every partition and through {@link RowCursor}, and a count must be given
 * exactly when nothing is left to scan.
 */
class IndexSelectorPropertyTest {

    private static final Store RAW = IndexFixture.store(29, 70_000, 3_000);
    private static final String[] PATTERNS = {"%", "IN%", "%E", "_N%", "INT__", "NONE", "", "Z%", "I\\%", "%R%"};
    private static final long[] REST_GRIDS = {0, 100_000, 200_000, 300_000, 400_000, 650_000, 700_000, 800_000};
    private static final String[] SCOPES = {"INTER", "INTRA", "NONE", "IN", "INTRB", "A", "Z", ""};

    @ParameterizedTest
    @ValueSource(strings = {"loader", "slices", "values"})
    void selectionAndResidualPickTheRowsOfThePlainScan(String rules) {
        IndexRule d = IndexFixture.anySize();
        IndexRule rule = switch (rules) {
            case "slices" -> new IndexRule(0, 0, d.maxSlicedValues(), d.maxSlicedSpan());
            case "values" -> new IndexRule(0, d.maxSlicedValues(), d.maxSlicedValues(), 0);
            default -> d;
        };
        Table table = IndexBuilder.index(RAW, 2, rule).table("location_month");
        RandomFilters filters = new RandomFilters(table.columns(), IndexSelectorPropertyTest::literal, PATTERNS);
        SplittableRandom rnd = new SplittableRandom(rules.hashCode());
        int whole = 0;
        int split = 0;
        for (int q = 0; q < 200; q++) {
            // Every other tree is an AND at the top, where the selector splits bitmap from residual.
            Filter f = q % 2 == 0 ? filters.next(rnd, 3)
                    : Filter.and(List.of(filters.next(rnd, 2), filters.next(rnd, 2), filters.next(rnd, 1)));
            TreeSet<Long> expectedRows = new TreeSet<>();
            for (Partition p : table.partitions()) {
                RoaringBitmap expected = Scans.scan(f, p);
                String what = "filter " + f.describe(table.columns()) + " on " + p.monthId();
                assertEquals(expected, Scans.passing(f, p), what);
                IndexSelector.Selection s = IndexSelector.select(f, p);
                if (s.rows() != null) {
                    assertTrue(s.rows().contains(expected), what);
                }
                long count = IndexSelector.count(f, p);
                assertEquals(Filter.TRUE.equals(s.residual()), count >= 0, what);
                if (count >= 0) {
                    assertEquals(expected.getLongCardinality(), count, what);
                }
                whole += count >= 0 ? 1 : 0;
                split += s.rows() != null && count < 0 ? 1 : 0;
                expected.forEach((int r) -> expectedRows.add(key(p.monthId(), r + 1)));
            }
            assertEquals(expectedRows, cursorRows(table, f), "cursor, filter " + f.describe(table.columns()));
        }
        // The trees must exercise the bitmaps, whole and split, not only the scan.
        assertTrue(whole > 100 && split > 40, whole + " whole, " + split + " split");
    }

    private static TreeSet<Long> cursorRows(Table table, Filter f) {
        TreeSet<Long> out = new TreeSet<>();
        RowCursor cursor = new RowCursor(table, new QuerySpec("location_month",
                new int[] {IndexFixture.MONTH_ID, IndexFixture.SUBSCRIBER_ID}, f));
        while (cursor.next()) {
            Object[] row = cursor.current();
            out.add(key((Integer) row[0], (Long) row[1]));
        }
        return out;
    }

    private static long key(int month, long subscriber) {
        return (long) month * 1_000_000 + subscriber;
    }

    /** Literals around the fixture's values, so that leaves select some rows, all, or none. */
    private static Object literal(int column, SplittableRandom rnd) {
        return switch (column) {
            case IndexFixture.MONTH_ID -> (long) MONTH + rnd.nextInt(-1, 3);
            case IndexFixture.SUBSCRIBER_ID -> (long) rnd.nextInt(80_000);
            case IndexFixture.WORK_GRID -> 995L + rnd.nextInt(30);
            case IndexFixture.REST_GRID -> REST_GRIDS[rnd.nextInt(REST_GRIDS.length)];
            case IndexFixture.REST_DAYS -> (long) rnd.nextInt(-2, 34);
            case IndexFixture.ROAM_OUT_DAYS -> (long) rnd.nextInt(5, 9);
            case IndexFixture.ROAM_SCOPE -> SCOPES[rnd.nextInt(SCOPES.length)];
            case IndexFixture.RURAL_SHARE -> (long) rnd.nextInt(10_001);
            case IndexFixture.CAMPUS_SHARE -> 1000L * rnd.nextInt(-1, 14) + (rnd.nextInt(4) == 0 ? 1 : 0);
            case IndexFixture.CAMPUS_PEERS -> (long) rnd.nextInt(-1, 16);
            default -> throw new IllegalArgumentException("column " + column);
        };
    }
}
