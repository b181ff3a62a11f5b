package io.subcube.engine.storage.index;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StoreBuilder;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code location_month} partition whose unindexed columns depend on indexed ones, as a region hierarchy
 * does: {@code rural_contact_share} (700 keys) on {@code campus_peers_10plus} (14 keys), and
 * {@code rest_grid_id} (800 keys, NULL where its parent is) on {@code work_grid_id} (20 keys, NULL on one
 * row in seven). Column positions are {@link IndexFixture}'s.
 */
public final class HierarchyFixture {

    /** How the dependencies are broken. */
    public enum Break {
        /** Both hold. */
        NONE,
        /** One row's rural share has another campus-peers value than the share's other rows. */
        ONE_ROW,
        /** One row without a work grid has a rest grid. */
        NULL_PARENT
    }

    /** The row {@link Break#ONE_ROW} changes. */
    public static final int BROKEN_ROW = 1234;

    private HierarchyFixture() {
    }

    /** The campus-peers value of a row: runs of 500 rows. */
    public static long peers(int r) {
        return (r / 500) % 14;
    }

    /** The rural share's stored key (unscaled) of a row: its peers value × 100 plus {@code r % 50}. */
    public static long rural(int r) {
        return peers(r) * 100 + r % 50;
    }

    /** The work grid of a row, {@code null} on one row in seven. */
    public static Long workGrid(int r) {
        return r % 7 == 0 ? null : 1000L + r % 20;
    }

    /** The rest grid of a row: its work grid × 100 plus {@code (r / 20) % 40}; NULL where the work grid is. */
    public static Long restGrid(int r) {
        Long work = workGrid(r);
        return work == null ? null : work * 100 + (r / 20) % 40;
    }

    /** One partition of {@code rows} rows, month {@link IndexFixture#MONTH}, indexed by {@code rule}. */
    public static Partition partition(int rows, Break b, IndexRule rule) {
        return table(rows, b, rule).partitions().get(0);
    }

    /** The table of that one partition. */
    public static Table table(int rows, Break b, IndexRule rule) {
        List<Object[]> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            long rural = b == Break.ONE_ROW && r == BROKEN_ROW ? rural(r + 500) : rural(r);
            Long rest = b == Break.NULL_PARENT && r == 0 ? Long.valueOf(100_100L) : restGrid(r);
            data.add(new Object[] {
                IndexFixture.MONTH, (long) r + 1, workGrid(r), rest, r % 31, 7, IndexFixture.SCOPES[r % 3],
                BigDecimal.valueOf(rural, 4), BigDecimal.valueOf(1000L * (r % 12), 4), peers(r),
            });
        }
        StoreBuilder builder = new StoreBuilder();
        Fixtures.add(builder, SubcubeSchema.LOCATION_MONTH, IndexFixture.MONTH, data);
        return IndexBuilder.index(builder.build("hierarchy fixture"), 2, rule).table("location_month");
    }
}
