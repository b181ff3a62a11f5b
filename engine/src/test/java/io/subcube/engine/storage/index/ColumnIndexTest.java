package io.subcube.engine.storage.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roaringbitmap.RoaringBitmap;

/** Each kind of index answers key ranges exactly as a row-by-row look at the column does. */
class ColumnIndexTest {

    private static final int ROWS = 150_000;
    private static final Partition PARTITION = IndexFixture.store(11, ROWS).table("location_month").partitions().get(0);

    @Test
    void ruleGivesEachColumnTheIndexItsCardinalityCallsFor() {
        IndexRule rule = IndexFixture.anySize();
        assertNull(rule.indexFor(PARTITION.column(IndexFixture.MONTH_ID)), "constant");
        assertNull(rule.indexFor(PARTITION.column(IndexFixture.ROAM_OUT_DAYS)), "constant");
        assertNull(rule.indexFor(PARTITION.column(IndexFixture.SUBSCRIBER_ID)), "identifier");
        assertNull(rule.indexFor(PARTITION.column(IndexFixture.RURAL_SHARE)), "measure");
        assertEquals("range(5 slices)", rule.indexFor(PARTITION.column(IndexFixture.WORK_GRID)).describe());
        assertEquals("values(5)", rule.indexFor(PARTITION.column(IndexFixture.REST_GRID)).describe());
        assertEquals("range(5 slices)", rule.indexFor(PARTITION.column(IndexFixture.REST_DAYS)).describe());
        assertEquals("values(3)", rule.indexFor(PARTITION.column(IndexFixture.ROAM_SCOPE)).describe());
        assertEquals("values(12)", rule.indexFor(PARTITION.column(IndexFixture.CAMPUS_SHARE)).describe());
        assertEquals("range(4 slices)", rule.indexFor(PARTITION.column(IndexFixture.CAMPUS_PEERS)).describe());
    }

    @Test
    void pastFourKeysTheSmallerOfBitmapsAndSlicesIsKept() {
        // Let every column with up to 32 keys be a value-bitmap candidate.
        IndexRule d = IndexRule.DEFAULT;
        IndexRule wide = new IndexRule(0, 32, d.maxSlicedValues(), d.maxSlicedSpan());
        ColumnIndex grid = wide.indexFor(PARTITION.column(IndexFixture.WORK_GRID));
        ColumnIndex values = IndexFixture.anySize().indexFor(PARTITION.column(IndexFixture.REST_GRID));
        // 20 evenly spread keys over a narrow span: 5 slices cost less than 19 bitmaps.
        assertEquals("range(5 slices)", grid.describe());
        assertInstanceOf(RangeIndex.class, grid);
        // Spread wider than the sliced span: bitmaps, whatever they cost; up to four keys: always bitmaps.
        assertEquals("values(12)", wide.indexFor(PARTITION.column(IndexFixture.CAMPUS_SHARE)).describe());
        assertEquals("values(5)", values.describe());
        assertEquals("values(3)", wide.indexFor(PARTITION.column(IndexFixture.ROAM_SCOPE)).describe());
    }

    @Test
    void smallPartitionsAreNotIndexedByTheDefaultRule() {
        Partition small = IndexFixture.store(3, 1_000).table("location_month").partitions().get(0);
        for (int c = 0; c < small.columnCount(); c++) {
            assertNull(IndexRule.DEFAULT.indexFor(small.column(c)));
        }
        assertInstanceOf(ValueBitmapIndex.class, IndexRule.DEFAULT.indexFor(PARTITION.column(IndexFixture.ROAM_SCOPE)));
    }

    @ParameterizedTest
    @ValueSource(ints = {IndexFixture.WORK_GRID, IndexFixture.REST_GRID, IndexFixture.REST_DAYS,
        IndexFixture.ROAM_SCOPE, IndexFixture.CAMPUS_SHARE, IndexFixture.CAMPUS_PEERS})
    void selectAndCountMatchRowByRowOverRandomRangesAndContexts(int column) {
        ColumnIndex index = IndexFixture.anySize().indexFor(PARTITION.column(column));
        LongColumn keys = keys(PARTITION.column(column));
        assertEquals(nullRows(keys), index.nulls() == null ? new RoaringBitmap() : index.nulls());
        SplittableRandom rnd = new SplittableRandom(column);
        long span = keys.max() - keys.min();
        for (int q = 0; q < 60; q++) {
            int n = rnd.nextInt(4);
            long[] cuts = new long[2 * n];
            for (int i = 0; i < cuts.length; i++) {
                // Around the keys, past both ends too.
                cuts[i] = keys.min() - 2 + (long) (rnd.nextDouble() * (span + 4));
            }
            Arrays.sort(cuts);
            List<long[]> ranges = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i == 0 || cuts[2 * i] > cuts[2 * i - 1]) {
                    ranges.add(new long[] {cuts[2 * i], cuts[2 * i + 1]});
                }
            }
            long[] lo = ranges.stream().mapToLong(r -> r[0]).toArray();
            long[] hi = ranges.stream().mapToLong(r -> r[1]).toArray();
            RoaringBitmap context = switch (q % 3) {
                case 0 -> null;
                case 1 -> RoaringBitmap.bitmapOfRange(rnd.nextInt(ROWS), ROWS);
                default -> randomRows(rnd, q % 2 == 0 ? 0.001 : 0.3);
            };
            RoaringBitmap expected = expected(keys, lo, hi, context);
            String what = Arrays.toString(lo) + " .. " + Arrays.toString(hi) + " on column " + column;
            assertEquals(expected, index.select(lo, hi, context), what);
            assertEquals(expected.getLongCardinality(), index.count(lo, hi, context), what);
        }
    }

    @Test
    void theMostFrequentKeyHasNoStoredBitmapYetSelectsExactly() {
        ValueBitmapIndex index =
                (ValueBitmapIndex) IndexFixture.anySize().indexFor(PARTITION.column(IndexFixture.REST_GRID));
        LongColumn keys = keys(PARTITION.column(IndexFixture.REST_GRID));
        assertTrue(index.isImplicit(700_000));
        long[] one = {700_000};
        RoaringBitmap rows = index.select(one, one, null);
        assertEquals(expected(keys, one, one, null), rows);
        assertTrue(rows.getLongCardinality() > ROWS / 2);
        long[] lo = {100_000, 500_000};
        long[] hi = {200_000, 800_000};
        assertEquals(expected(keys, lo, hi, null), index.select(lo, hi, null));
        // Counted without building the derived rows: the non-NULL rows of the context less the other keys'.
        SplittableRandom rnd = new SplittableRandom(17);
        for (RoaringBitmap context : java.util.Arrays.asList(null, randomRows(rnd, 0.3), randomRows(rnd, 0.001),
                RoaringBitmap.bitmapOfRange(ROWS / 3, ROWS), new RoaringBitmap())) {
            assertEquals(expected(keys, one, one, context).getLongCardinality(), index.count(one, one, context));
            assertEquals(expected(keys, lo, hi, context).getLongCardinality(), index.count(lo, hi, context));
        }
    }

    @Test
    void indexesAreSmallerThanOneBitmapPerValueWouldBe() {
        IndexRule rule = IndexFixture.anySize();
        ColumnIndex flags = rule.indexFor(PARTITION.column(IndexFixture.ROAM_SCOPE));
        ColumnIndex runs = rule.indexFor(PARTITION.column(IndexFixture.CAMPUS_PEERS));
        // 3 roughly equal values: two stored bitmaps, each 3 dense containers of 8 KiB; the third is derived.
        long containers = (ROWS + 65_535) / 65_536;
        assertTrue(flags.bytes() > 2 * (containers - 1) * 8192 && flags.bytes() < 2 * containers * 8192 + 1024,
                "bytes " + flags.bytes());
        // Runs of 500 equal values compress to next to nothing.
        assertTrue(runs.bytes() < ROWS / 50, "bytes " + runs.bytes());
    }

    private static LongColumn keys(Column c) {
        return c instanceof StringColumn sc ? sc.codes() : (LongColumn) c;
    }

    private static RoaringBitmap nullRows(LongColumn keys) {
        RoaringBitmap out = new RoaringBitmap();
        for (int r = 0; r < keys.rows(); r++) {
            if (keys.isNull(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static RoaringBitmap expected(LongColumn keys, long[] lo, long[] hi, RoaringBitmap context) {
        RoaringBitmap out = new RoaringBitmap();
        for (int r = 0; r < keys.rows(); r++) {
            if (keys.isNull(r) || context != null && !context.contains(r)) {
                continue;
            }
            long k = keys.get(r);
            for (int i = 0; i < lo.length; i++) {
                if (k >= lo[i] && k <= hi[i]) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    private static RoaringBitmap randomRows(SplittableRandom rnd, double density) {
        RoaringBitmap out = new RoaringBitmap();
        for (int r = 0; r < ROWS; r++) {
            if (rnd.nextDouble() < density) {
                out.add(r);
            }
        }
        return out;
    }
}
