package io.subcube.engine.storage.index;

import static io.subcube.engine.storage.index.IndexFixture.CAMPUS_PEERS;
import static io.subcube.engine.storage.index.IndexFixture.REST_GRID;
import static io.subcube.engine.storage.index.IndexFixture.RURAL_SHARE;
import static io.subcube.engine.storage.index.IndexFixture.WORK_GRID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import io.subcube.engine.storage.index.HierarchyFixture.Break;
import org.junit.jupiter.api.Test;

/** Dependencies child → indexed parent found at index time, checked against the fixture's own formulas. */
class ParentKeysFinderTest {

    private static final int ROWS = 20_000;
    private static final Partition HOLDS = HierarchyFixture.partition(ROWS, Break.NONE, IndexFixture.anySize());

    @Test
    void everyChildKeyMapsToTheParentOfItsRows() {
        ParentKeys rural = HOLDS.parentKeys(RURAL_SHARE);
        assertNotNull(rural);
        assertEquals(CAMPUS_PEERS, rural.parentColumn());
        assertEquals(700, rural.size());
        for (int r = 0; r < ROWS; r += 37) {
            long key = HierarchyFixture.rural(r);
            assertArrayEquals(new long[] {HierarchyFixture.peers(r)}, rural.parentsOf(new long[] {key}, new long[] {key}));
        }
        // Ranges gather the distinct parents of every child key within them.
        assertArrayEquals(new long[] {3, 4}, rural.parentsOf(new long[] {310, 420}, new long[] {349, 420}));
        ParentKeys rest = HOLDS.parentKeys(REST_GRID);
        assertNotNull(rest);
        assertEquals(WORK_GRID, rest.parentColumn());
        assertEquals(800, rest.size());
        assertArrayEquals(new long[] {1003}, rest.parentsOf(new long[] {100_317}, new long[] {100_317}));
    }

    @Test
    void indexedColumnsAndColumnsWithoutADependencyHaveNone() {
        for (int c : new int[] {IndexFixture.MONTH_ID, IndexFixture.SUBSCRIBER_ID, WORK_GRID, CAMPUS_PEERS,
            IndexFixture.REST_DAYS, IndexFixture.ROAM_OUT_DAYS, IndexFixture.ROAM_SCOPE, IndexFixture.CAMPUS_SHARE}) {
            assertNull(HOLDS.parentKeys(c), "column " + c);
        }
    }

    @Test
    void absentChildKeysHaveNoParent() {
        ParentKeys rural = HOLDS.parentKeys(RURAL_SHARE);
        assertEquals(0, rural.parentsOf(new long[] {50}, new long[] {99}).length, "between present keys");
        assertEquals(0, rural.parentsOf(new long[] {-5}, new long[] {-1}).length, "below all");
        assertEquals(0, rural.parentsOf(new long[] {10_000}, new long[] {10_000}).length, "above all");
    }

    @Test
    void oneContradictingRowBreaksTheDependency() {
        Partition broken = HierarchyFixture.partition(ROWS, Break.ONE_ROW, IndexFixture.anySize());
        assertNull(broken.parentKeys(RURAL_SHARE));
        assertNotNull(broken.parentKeys(REST_GRID), "the other dependency still holds");
    }

    @Test
    void aChildKeyWithANullParentBreaksTheDependencyButNullChildrenDoNot() {
        // HOLDS has NULL rest grids exactly where the work grid is NULL.
        assertTrue(HOLDS.column(REST_GRID).nulls() != null);
        Partition broken = HierarchyFixture.partition(ROWS, Break.NULL_PARENT, IndexFixture.anySize());
        assertNull(broken.parentKeys(REST_GRID));
        assertNotNull(broken.parentKeys(RURAL_SHARE));
    }

    @Test
    void aPartitionUnderTheIndexThresholdHasNoIndexNorDependency() {
        Partition small = HierarchyFixture.partition(ROWS, Break.NONE, IndexRule.DEFAULT);
        for (int c = 0; c < small.columnCount(); c++) {
            assertNull(small.index(c));
            assertNull(small.parentKeys(c));
        }
        assertEquals(0, small.indexBytes());
    }

    @Test
    void dependenciesAreCountedWithTheIndexBytes() {
        ParentKeys rural = HOLDS.parentKeys(RURAL_SHARE);
        assertTrue(rural.bytes() >= 16L * rural.size());
        assertEquals(rural.bytes(), HOLDS.indexBytes(RURAL_SHARE));
        Table t = HierarchyFixture.table(ROWS, Break.NONE, IndexFixture.anySize());
        assertEquals(rural.bytes(), t.indexBytes(RURAL_SHARE));
        assertEquals(t.partitions().get(0).indexBytes(), t.indexBytes());
        long columns = 0;
        for (int c = 0; c < HOLDS.columnCount(); c++) {
            columns += HOLDS.indexBytes(c);
        }
        assertTrue(HOLDS.indexBytes() > columns, "plus the per-column arrays");
        assertTrue(columns >= rural.bytes() + HOLDS.parentKeys(REST_GRID).bytes() + HOLDS.index(WORK_GRID).bytes());
    }
}
