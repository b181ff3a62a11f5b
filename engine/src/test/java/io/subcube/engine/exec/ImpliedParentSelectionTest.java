package io.subcube.engine.exec;

import static io.subcube.engine.storage.index.IndexFixture.CAMPUS_PEERS;
import static io.subcube.engine.storage.index.IndexFixture.MONTH;
import static io.subcube.engine.storage.index.IndexFixture.MONTH_ID;
import static io.subcube.engine.storage.index.IndexFixture.REST_DAYS;
import static io.subcube.engine.storage.index.IndexFixture.REST_GRID;
import static io.subcube.engine.storage.index.IndexFixture.ROAM_SCOPE;
import static io.subcube.engine.storage.index.IndexFixture.RURAL_SHARE;
import static io.subcube.engine.storage.index.IndexFixture.WORK_GRID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.exec.Filter.Compare;
import io.subcube.engine.exec.Filter.Op;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.index.HierarchyFixture;
import io.subcube.engine.storage.index.HierarchyFixture.Break;
import io.subcube.engine.storage.index.IndexFixture;
import io.subcube.engine.storage.index.ParentKeys;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The selector narrowing an unindexed child column's equality by the index of the parent it implies: the
 * rows it selects lie within the parent's, and every result equals the vectorised scan's and the
 * selector's on the same partition without dependencies; NOT, OR and ranges are left alone.
 */
class ImpliedParentSelectionTest {

    private static final int ROWS = 20_000;
    private static final Partition P = HierarchyFixture.partition(ROWS, Break.NONE, IndexFixture.anySize());
    private static final Partition PLAIN = P.withParentKeys(new ParentKeys[P.columnCount()]);

    private static final Filter THIS_MONTH = new Compare(MONTH_ID, Op.EQ, (long) MONTH);
    /** A rural share of campus-peers value 3 (its rows: 1/14 of the partition, 1/700 matching). */
    private static final Filter RURAL = new Compare(RURAL_SHARE, Op.EQ, 317L);
    /** A rest grid of work grid 1003. */
    private static final Filter REST = new Compare(REST_GRID, Op.EQ, 100_317L);

    @Test
    void anEqualityIsNarrowedToItsParentsRowsAndSettledThere() {
        assertNotNull(P.parentKeys(RURAL_SHARE));
        Filter f = Filter.and(List.of(THIS_MONTH, RURAL));
        IndexSelector.Selection s = IndexSelector.select(f, P);
        RoaringBitmap parentRows = Scans.scan(new Compare(CAMPUS_PEERS, Op.EQ, 3L), P);
        assertNotNull(s.rows());
        assertTrue(RoaringBitmap.andNot(s.rows(), parentRows).isEmpty(), "within the parent's rows");
        assertEquals(Filter.TRUE, s.residual(), "the parent's rows are few: the child's keys read there");
        assertEquals(Scans.scan(f, P), s.rows());
        assertEquals(new IndexSelector.Selection(null, RURAL), IndexSelector.select(f, PLAIN), "no dependency: a scan");
        check(f);
    }

    @Test
    void equalitiesInListsAndCombinationsAgreeWithTheScan() {
        List<Filter> filters = List.of(
                RURAL,
                REST,
                new Filter.In(RURAL_SHARE, List.of(317L, 1249L, 1250L)),
                new Filter.In(REST_GRID, List.of(100_317L, 101_905L, 100_000L)),
                Filter.and(List.of(THIS_MONTH, RURAL, new Compare(REST_DAYS, Op.LT, 10L))),
                Filter.and(List.of(RURAL, REST)),
                Filter.and(List.of(RURAL, new Compare(CAMPUS_PEERS, Op.EQ, 3L))),
                Filter.and(List.of(RURAL, new Compare(CAMPUS_PEERS, Op.EQ, 4L))),
                Filter.and(List.of(REST, new Compare(ROAM_SCOPE, Op.EQ, "INTRA"), new Compare(WORK_GRID, Op.GE, 1003L))),
                // IN lists over many parents select most rows: the child's conjunct stays in the residual.
                new Filter.In(RURAL_SHARE, List.of(17L, 117L, 217L, 317L, 417L, 517L, 617L, 717L, 817L, 917L)),
                Filter.and(List.of(THIS_MONTH, new Filter.In(RURAL_SHARE, List.of(17L, 117L, 217L, 317L, 417L)),
                        new Compare(REST_DAYS, Op.EQ, 4L))));
        for (Filter f : filters) {
            check(f);
        }
    }

    @Test
    void aValueThePartitionLacksSelectsNothing() {
        for (Filter f : List.of(new Compare(RURAL_SHARE, Op.EQ, 350L), new Filter.In(REST_GRID, List.of(100_341L, 5L)),
                new Filter.In(RURAL_SHARE, List.of()), Filter.and(List.of(THIS_MONTH, new Compare(REST_GRID, Op.EQ, 100_399L))))) {
            IndexSelector.Selection s = IndexSelector.select(f, P);
            assertNotNull(s.rows(), f.toString());
            assertTrue(s.rows().isEmpty(), f.toString());
            assertTrue(PassingRows.none(s), f.toString());
            check(f);
        }
    }

    @Test
    void notOrAndRangesAreLeftToTheScan() {
        List<Filter> filters = List.of(
                new Filter.Not(RURAL),
                new Compare(RURAL_SHARE, Op.NE, 317L),
                new Compare(RURAL_SHARE, Op.LE, 317L),
                new Filter.Or(List.of(RURAL, REST)),
                new Filter.Or(List.of(RURAL, new Compare(REST_DAYS, Op.EQ, 3L))),
                new Filter.Not(new Filter.In(REST_GRID, List.of(100_317L, 101_905L))),
                Filter.and(List.of(THIS_MONTH, new Filter.Not(RURAL))),
                new Filter.Truth(REST, Filter.TruthTest.IS_NOT_TRUE),
                new Filter.Not(Filter.and(List.of(RURAL, new Compare(REST_DAYS, Op.EQ, 3L)))));
        for (Filter f : filters) {
            assertEquals(IndexSelector.select(f, PLAIN), IndexSelector.select(f, P), f.toString());
            assertEquals(IndexSelector.count(f, PLAIN), IndexSelector.count(f, P), f.toString());
            check(f);
        }
    }

    @Test
    void countsAreAnsweredWhenTheChildIsSettledOnItsParentsRows() {
        Filter f = Filter.and(List.of(THIS_MONTH, RURAL, new Compare(REST_DAYS, Op.LT, 10L)));
        assertEquals(-1, IndexSelector.count(f, PLAIN));
        assertEquals(Scans.scan(f, P).getLongCardinality(), IndexSelector.count(f, P));
        Filter unindexed = Filter.and(List.of(RURAL, new Compare(IndexFixture.SUBSCRIBER_ID, Op.GT, 10L)));
        assertEquals(-1, IndexSelector.count(unindexed, P), "another unindexed conjunct");
    }

    /** The selection, PassingRows and the count agree with the scan and with the partition without dependencies. */
    private static void check(Filter f) {
        RoaringBitmap expected = Scans.scan(f, P);
        String what = f.toString();
        assertEquals(expected, Scans.passing(f, P), what);
        assertEquals(expected, Scans.passing(f, PLAIN), what);
        IndexSelector.Selection s = IndexSelector.select(f, P);
        RoaringBitmap candidates = s.rows() == null ? Scans.scan(Filter.TRUE, P) : s.rows();
        assertEquals(expected, RoaringBitmap.and(candidates, Scans.scan(s.residual(), P)), what);
        long count = IndexSelector.count(f, P);
        assertTrue(count == -1 || count == expected.getLongCardinality(), what + ": count " + count);
    }
}
