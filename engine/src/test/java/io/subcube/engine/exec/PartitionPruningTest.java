package io.subcube.engine.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StoreBuilder;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partitions ruled out by their statistics, and never one that holds a passing row. */
class PartitionPruningTest {

    private static final int MONTH = 0;
    private static final int SERVICE = 2;
    private static final int USAGE = 4;
    private static final int FIRST_USE = 6;

    private static Partition partition(int month, String service, Integer firstUse) {
        List<Object[]> rows = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            rows.add(new Object[] {month, id, service, true, 10 * id, new BigDecimal("1.00"), firstUse, 1});
        }
        StoreBuilder b = new StoreBuilder();
        Fixtures.add(b, SubcubeSchema.VAS_USAGE, month, rows);
        Table t = b.build("pruning").table("vas_usage");
        return t.partitions().get(0);
    }

    private static Filter eq(int column, Object v) {
        return new Filter.Compare(column, Filter.Op.EQ, v);
    }

    @Test
    void rangesOfIntegerColumns() {
        Partition p = partition(202401, "MMS", null);
        assertTrue(PartitionPruning.mayPass(eq(MONTH, 202401L), p));
        assertFalse(PartitionPruning.mayPass(eq(MONTH, 202402L), p));
        assertFalse(PartitionPruning.mayPass(new Filter.Compare(USAGE, Filter.Op.GT, 30L), p));
        assertTrue(PartitionPruning.mayPass(new Filter.Compare(USAGE, Filter.Op.GE, 30L), p));
        assertFalse(PartitionPruning.mayPass(new Filter.Compare(USAGE, Filter.Op.LT, 10L), p));
        assertTrue(PartitionPruning.mayPass(new Filter.Compare(USAGE, Filter.Op.NE, 10L), p));
        assertFalse(PartitionPruning.mayPass(new Filter.In(MONTH, List.of(202312L, 202402L)), p));
        assertTrue(PartitionPruning.mayPass(new Filter.In(MONTH, List.of(202312L, 202401L)), p));
    }

    @Test
    void dictionariesAndNulls() {
        Partition p = partition(202401, "MMS", null);
        assertTrue(PartitionPruning.mayPass(eq(SERVICE, "MMS"), p));
        assertFalse(PartitionPruning.mayPass(eq(SERVICE, "CRBT"), p));
        // A column holding only NULLs never compares TRUE.
        assertFalse(PartitionPruning.mayPass(eq(FIRST_USE, 202001L), p));
        assertTrue(PartitionPruning.mayPass(new Filter.IsNull(FIRST_USE), p));
    }

    @Test
    void andOrAndConstants() {
        Partition p = partition(202401, "MMS", 202001);
        assertFalse(PartitionPruning.mayPass(Filter.and(List.of(eq(SERVICE, "MMS"), eq(MONTH, 202402L))), p));
        assertTrue(PartitionPruning.mayPass(new Filter.Or(List.of(eq(SERVICE, "CRBT"), eq(MONTH, 202401L))), p));
        assertFalse(PartitionPruning.mayPass(new Filter.Or(List.of(eq(SERVICE, "CRBT"), eq(MONTH, 202402L))), p));
        assertFalse(PartitionPruning.mayPass(Filter.FALSE, p));
        // NOT is not judged from statistics: kept.
        assertTrue(PartitionPruning.mayPass(new Filter.Not(eq(MONTH, 202401L)), p));
    }
}
