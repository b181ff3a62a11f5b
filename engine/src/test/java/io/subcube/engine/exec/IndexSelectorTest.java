package io.subcube.engine.exec;

import static io.subcube.engine.storage.index.IndexFixture.CAMPUS_PEERS;
import static io.subcube.engine.storage.index.IndexFixture.CAMPUS_SHARE;
import static io.subcube.engine.storage.index.IndexFixture.MONTH;
import static io.subcube.engine.storage.index.IndexFixture.MONTH_ID;
import static io.subcube.engine.storage.index.IndexFixture.REST_DAYS;
import static io.subcube.engine.storage.index.IndexFixture.REST_GRID;
import static io.subcube.engine.storage.index.IndexFixture.ROAM_OUT_DAYS;
import static io.subcube.engine.storage.index.IndexFixture.ROAM_SCOPE;
import static io.subcube.engine.storage.index.IndexFixture.RURAL_SHARE;
import static io.subcube.engine.storage.index.IndexFixture.WORK_GRID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.exec.Filter.Compare;
import io.subcube.engine.exec.Filter.Op;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.index.IndexBuilder;
import io.subcube.engine.storage.index.IndexFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The selector on partitions indexed by the loader's rule: every operator on every kind of index, NULLs
 * under OR and NOT, constant columns, the split into bitmap and residual, and counts — each checked
 * against the vectorised scan.
 */
class IndexSelectorTest {

    private static final List<Partition> PARTS = IndexBuilder.index(IndexFixture.store(17, 140_000, 70_000), 2)
            .table("location_month").partitions();

    /** Literals around each column's values: present, absent in between, below and above all. */
    private static final List<Object[]> LITERALS = List.of(
            new Object[] {WORK_GRID, 999L, 1000L, 1005L, 1019L, 1020L},
            new Object[] {REST_GRID, 0L, 100_000L, 150_000L, 700_000L, 800_000L},
            new Object[] {REST_DAYS, -1L, 0L, 15L, 30L, 31L},
            new Object[] {ROAM_SCOPE, "A", "INTER", "INTR", "INTRA", "NONE", "Z"},
            new Object[] {CAMPUS_SHARE, -1L, 0L, 500L, 5000L, 11_000L, 12_000L},
            new Object[] {CAMPUS_PEERS, -1L, 0L, 7L, 13L, 14L},
            new Object[] {MONTH_ID, (long) MONTH - 1, (long) MONTH, (long) MONTH + 1},
            new Object[] {ROAM_OUT_DAYS, 6L, 7L, 8L});

    @Test
    void everyOperatorOnEveryKindOfIndexIsServedAndAgreesWithTheScan() {
        for (Object[] column : LITERALS) {
            int c = (Integer) column[0];
            List<Object> values = List.of(column).subList(1, column.length);
            List<Filter> filters = new ArrayList<>();
            for (Object v : values) {
                for (Op op : Op.values()) {
                    filters.add(new Compare(c, op, v));
                }
            }
            filters.add(new Filter.In(c, values.subList(1, 3)));
            filters.add(new Filter.In(c, List.of()));
            filters.add(new Filter.Not(new Filter.In(c, values.subList(0, 3))));
            Object low = values.get(1);
            Object high = values.get(values.size() - 2);
            filters.add(new Filter.And(List.of(new Compare(c, Op.GE, low), new Compare(c, Op.LE, high))));
            filters.add(new Filter.IsNull(c));
            filters.add(new Filter.Not(new Filter.IsNull(c)));
            for (Filter f : filters) {
                checkServed(f);
            }
        }
        for (String pattern : new String[] {"IN%", "%E", "_N%", "INT__", "NONE", "", "%", "Z%", "I%R%"}) {
            checkServed(new Filter.Like(ROAM_SCOPE, pattern, null));
            checkServed(new Filter.Not(new Filter.Like(ROAM_SCOPE, pattern, null)));
        }
    }

    @Test
    void orAndNotKeepUnknownApartFromFalse() {
        Filter grid = new Compare(WORK_GRID, Op.EQ, 1005L);
        Filter rest = new Compare(REST_GRID, Op.EQ, 100_000L);
        List<Filter> filters = List.of(
                new Filter.Not(grid),
                new Filter.Not(new Filter.Or(List.of(grid, rest))),
                new Filter.Or(List.of(grid, new Filter.IsNull(REST_GRID))),
                new Filter.Not(new Filter.And(List.of(new Compare(WORK_GRID, Op.GT, 1010L),
                        new Compare(REST_GRID, Op.NE, 700_000L)))),
                new Filter.Truth(grid, Filter.TruthTest.IS_NOT_TRUE),
                new Filter.Truth(grid, Filter.TruthTest.IS_FALSE),
                new Filter.Truth(new Filter.Or(List.of(grid, rest)), Filter.TruthTest.IS_NOT_FALSE),
                new Filter.Or(List.of(new Filter.Constant(null), new Compare(ROAM_SCOPE, Op.EQ, "NONE"))),
                new Filter.Not(new Filter.And(List.of(new Filter.Constant(null), rest))));
        for (Filter f : filters) {
            checkServed(f);
        }
        // NOT drops the NULL rows along with the matching ones.
        Partition p = PARTS.get(0);
        long matching = IndexSelector.count(grid, p);
        long nulls = IndexSelector.count(new Filter.IsNull(WORK_GRID), p);
        assertTrue(matching > 0 && nulls > 0);
        assertEquals(p.rows() - matching - nulls, IndexSelector.count(new Filter.Not(grid), p));
    }

    @Test
    void whatNoIndexServesIsLeftAsTheResidual() {
        Partition p = PARTS.get(0);
        Filter scope = new Compare(ROAM_SCOPE, Op.EQ, "NONE");
        Filter days = new Filter.And(List.of(new Compare(REST_DAYS, Op.GE, 3L), new Compare(REST_DAYS, Op.LE, 9L)));
        Filter rural = new Compare(RURAL_SHARE, Op.GT, 5000L);
        Filter mixed = Filter.and(List.of(scope, rural, days));

        IndexSelector.Selection s = IndexSelector.select(mixed, p);
        assertEquals(rural, s.residual());
        assertEquals(Scans.scan(Filter.and(List.of(scope, days)), p), s.rows());
        assertEquals(-1, IndexSelector.count(mixed, p));
        assertEquals(Scans.scan(mixed, p), Scans.passing(mixed, p));

        Filter either = new Filter.Or(List.of(scope, rural));
        assertEquals(new IndexSelector.Selection(null, either), IndexSelector.select(either, p));

        IndexSelector.Selection thisMonth = IndexSelector.select(
                Filter.and(List.of(new Compare(MONTH_ID, Op.EQ, (long) MONTH), rural)), p);
        assertNull(thisMonth.rows(), "month_id = this month accepts every row");
        assertEquals(rural, thisMonth.residual());

        Filter otherMonth = Filter.and(List.of(new Compare(MONTH_ID, Op.EQ, (long) MONTH + 1), rural));
        assertTrue(IndexSelector.select(otherMonth, p).rows().isEmpty());
        assertTrue(PassingRows.none(PassingRows.select(otherMonth, p)));
        assertFalse(new PassingRows(otherMonth, p, 0, p.rows()).next());
        assertEquals(0, IndexSelector.count(new Compare(MONTH_ID, Op.EQ, (long) MONTH + 1), p));

        Filter param = new Filter.Param(REST_DAYS, Op.LT, 1);
        assertEquals(param, IndexSelector.select(Filter.and(List.of(scope, param)), p).residual());
    }

    @Test
    void theSelectionBelongsToTheCaller() {
        Partition p = PARTS.get(0);
        Filter scope = new Compare(ROAM_SCOPE, Op.EQ, "INTER");
        RoaringBitmap first = IndexSelector.select(scope, p).rows();
        long n = first.getLongCardinality();
        first.add(0L, (long) p.rows());
        assertEquals(n, IndexSelector.select(scope, p).rows().getLongCardinality());
    }

    @Test
    void countsComeFromTheBitmapsForEveryMixOfIndexes() {
        Filter scope = new Compare(ROAM_SCOPE, Op.NE, "NONE");
        Filter rest = new Filter.In(REST_GRID, List.of(100_000L, 700_000L));
        Filter share = new Compare(CAMPUS_SHARE, Op.LT, 6000L);
        Filter days = new Compare(REST_DAYS, Op.GE, 12L);
        Filter peers = new Compare(CAMPUS_PEERS, Op.LE, 4L);
        List<Filter> filters = List.of(
                scope,
                Filter.and(List.of(scope, rest)),
                Filter.and(List.of(scope, rest, share)),
                Filter.and(List.of(scope, days)),
                Filter.and(List.of(days, peers)),
                Filter.and(List.of(scope, rest, days, peers)),
                Filter.and(List.of(days, new Filter.Or(List.of(scope, peers)))),
                Filter.and(List.of(scope, new Compare(ROAM_SCOPE, Op.EQ, "NONE"))));
        for (Filter f : filters) {
            checkServed(f);
        }
    }

    /** The filter is answered by the indexes alone, and its rows and count are the scan's, on each partition. */
    @Test
    void smallContextsReadRangeKeysFromTheColumnAndSubtractDerivedKeys() {
        // Stored bitmaps leave a context of a few hundred rows: range leaves within it are read from the
        // column (NULLs skipped), and a derived key (the most frequent one, with no bitmap of its own) is
        // subtracted from it; in any order of the conjuncts.
        List<Filter> selective = List.of(
                new Compare(REST_DAYS, Op.EQ, 3L),
                new Filter.In(REST_DAYS, List.of(3L, 17L, 30L)),
                new Compare(WORK_GRID, Op.EQ, 1005L),
                new Filter.In(WORK_GRID, List.of(1001L, 1005L, 1019L)),
                new Compare(CAMPUS_PEERS, Op.LE, 2L),
                new Filter.IsNull(WORK_GRID));
        List<Filter> others = new ArrayList<>();
        for (String scope : IndexFixture.SCOPES) {
            others.add(new Compare(ROAM_SCOPE, Op.EQ, scope));
        }
        for (long grid : new long[] {100_000L, 700_000L}) {
            others.add(new Compare(REST_GRID, Op.EQ, grid));
        }
        others.add(new Compare(CAMPUS_SHARE, Op.EQ, 0L));
        for (Filter a : selective) {
            for (Filter b : selective) {
                for (Filter c : others) {
                    if (a != b) {
                        checkServed(Filter.and(List.of(a, b, c)));
                        checkServed(Filter.and(List.of(c, a, b)));
                    }
                }
            }
        }
        checkServed(Filter.and(List.of(new Compare(ROAM_SCOPE, Op.EQ, "NONE"),
                new Compare(REST_GRID, Op.EQ, 700_000L), new Compare(REST_DAYS, Op.EQ, 3L))));
    }

    private static void checkServed(Filter f) {
        for (Partition p : PARTS) {
            RoaringBitmap expected = Scans.scan(f, p);
            String what = f + " on " + p.monthId();
            IndexSelector.Selection s = IndexSelector.select(f, p);
            assertEquals(Filter.TRUE, s.residual(), what);
            assertEquals(expected, s.rows() == null ? Scans.scan(Filter.TRUE, p) : s.rows(), what);
            assertEquals(expected.getLongCardinality(), IndexSelector.count(f, p), what);
            assertEquals(expected, Scans.passing(f, p), what);
        }
    }
}
