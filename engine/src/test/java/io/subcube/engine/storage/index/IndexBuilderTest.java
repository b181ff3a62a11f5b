package io.subcube.engine.storage.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import org.junit.jupiter.api.Test;

/** The index step: every partition indexed by the rule, columns untouched, bytes accounted. */
class IndexBuilderTest {

    private static final Store RAW = IndexFixture.store(21, 70_000, 2_000);

    @Test
    void indexesLargePartitionsByTheDefaultRuleAndLeavesColumnsAlone() {
        Store indexed = IndexBuilder.index(RAW, 2);
        Table before = RAW.table("location_month");
        Table after = indexed.table("location_month");
        assertEquals(before.columns(), after.columns());
        assertEquals(RAW.description(), indexed.description());
        Partition large = after.partitions().get(0);
        Partition small = after.partitions().get(1);
        for (int c = 0; c < large.columnCount(); c++) {
            assertSame(before.partitions().get(0).column(c), large.column(c));
            assertNull(small.index(c), "a 2,000-row partition is scanned, not indexed");
        }
        assertEquals("values(3)", large.index(IndexFixture.ROAM_SCOPE).describe());
        assertEquals("range(5 slices)", large.index(IndexFixture.WORK_GRID).describe());
        assertNull(large.index(IndexFixture.MONTH_ID));
        assertNull(large.index(IndexFixture.SUBSCRIBER_ID));
        assertEquals(0, small.indexBytes());
        assertTrue(large.indexBytes() > 0);
        assertEquals(before.bytes() + after.indexBytes(), after.bytes());
        long sum = 0;
        for (int c = 0; c < after.columns().size(); c++) {
            sum += after.indexBytes(c);
        }
        assertTrue(sum > 0 && sum < after.indexBytes(), sum + " of " + after.indexBytes());
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        IndexRule rule = IndexFixture.anySize();
        Table one = IndexBuilder.index(RAW, 1, rule).table("location_month");
        Table three = IndexBuilder.index(RAW, 3, rule).table("location_month");
        for (int p = 0; p < one.partitions().size(); p++) {
            for (int c = 0; c < one.columns().size(); c++) {
                ColumnIndex a = one.partitions().get(p).index(c);
                ColumnIndex b = three.partitions().get(p).index(c);
                assertEquals(a == null, b == null);
                if (a != null) {
                    assertEquals(a.describe(), b.describe());
                    assertEquals(a.bytes(), b.bytes());
                }
            }
        }
    }

    @Test
    void aPartitionTakesOneIndexSlotPerColumn() {
        Partition p = RAW.table("location_month").partitions().get(1);
        assertThrows(IllegalArgumentException.class, () -> p.withIndexes(new ColumnIndex[p.columnCount() - 1]));
        assertEquals(0, p.withIndexes(new ColumnIndex[p.columnCount()]).indexBytes());
    }
}
