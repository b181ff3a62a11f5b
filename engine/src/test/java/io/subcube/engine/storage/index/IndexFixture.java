package io.subcube.engine.storage.index;

import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.engine.storage.Fixtures;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StoreBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code location_month} partitions whose columns exercise every branch of {@link IndexRule}: one column
 * per kind of index, with and without NULLs, plus columns that get none. Column positions are named here.
 */
public final class IndexFixture {

    /** The first partition's month; the next ones follow. */
    public static final int MONTH = 200809;
    public static final int MONTH_ID = 0;
    public static final int SUBSCRIBER_ID = 1;
    /** 20 keys over a narrow span, 10 % NULL: a range index with a NULL bitmap. */
    public static final int WORK_GRID = 2;
    /** 5 keys spread wide, 20 % NULL, one key holding most rows: value bitmaps with a NULL bitmap. */
    public static final int REST_GRID = 3;
    /** 31 keys, no NULL: a range index. */
    public static final int REST_DAYS = 4;
    /** One value, no NULL: no index. */
    public static final int ROAM_OUT_DAYS = 5;
    /** A dictionary of 3: value bitmaps. */
    public static final int ROAM_SCOPE = 6;
    /** Hundreds of values: no index. */
    public static final int RURAL_SHARE = 7;
    /** 12 keys spread wider than the sliced span: value bitmaps. */
    public static final int CAMPUS_SHARE = 8;
    /** 14 keys over a narrow span: a range index. */
    public static final int CAMPUS_PEERS = 9;

    private IndexFixture() {
    }

    /** The VARCHAR values of {@link #ROAM_SCOPE}. */
    public static final String[] SCOPES = {"INTER", "INTRA", "NONE"};

    /** Partitions of the given sizes for months {@link #MONTH}, {@link #MONTH} + 1, ..., drawn from {@code seed}. */
    public static Store store(long seed, int... rowsPerMonth) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StoreBuilder builder = new StoreBuilder();
        for (int m = 0; m < rowsPerMonth.length; m++) {
            Fixtures.add(builder, SubcubeSchema.LOCATION_MONTH, MONTH + m, rows(rnd, MONTH + m, rowsPerMonth[m]));
        }
        return builder.build("index fixture");
    }

    private static List<Object[]> rows(SplittableRandom rnd, int month, int rows) {
        List<Object[]> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            data.add(new Object[] {
                month, (long) r + 1,
                rnd.nextInt(10) == 0 ? null : 1000 + rnd.nextInt(20),
                rnd.nextInt(5) == 0 ? null : rnd.nextInt(3) > 0 ? 700_000 : 100_000 * rnd.nextInt(1, 5),
                rnd.nextInt(31),
                7,
                SCOPES[rnd.nextInt(SCOPES.length)],
                BigDecimal.valueOf(rnd.nextInt(10_000), 4),
                BigDecimal.valueOf(1000L * rnd.nextInt(12), 4),
                // Runs of equal values, as region columns of rows ordered by subscriber would be.
                (r / 500) % 14,
            });
        }
        return data;
    }

    /** The rule of the loader, but for partitions of any size. */
    public static IndexRule anySize() {
        IndexRule d = IndexRule.DEFAULT;
        return new IndexRule(0, d.maxValueBitmaps(), d.maxSlicedValues(), d.maxSlicedSpan());
    }
}
