package io.subcube.engine.storage.index;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.PackedBlock;
import io.subcube.engine.storage.StringColumn;

/**
 * Which index a column of a partition gets, decided from its number of distinct non-NULL keys {@code d}
 * in that partition (keys: integer values, or dictionary codes of a VARCHAR column):
 * <ol>
 *   <li>a partition under {@code minRows} rows gets none: a vectorised scan of it costs microseconds, and
 *       per-bitmap overheads would dominate its bytes per row;</li>
 *   <li>a DOUBLE column gets none: no large table filters on one, and ordering doubles would need a
 *       sorted copy of the distinct values (8 bytes each);</li>
 *   <li>a constant column (one value, no NULL; e.g. {@code month_id} in a month partition) gets none: its
 *       min/max (or one-entry dictionary) already decide every predicate for the whole partition;</li>
 *   <li>{@code d ≤ maxValueBitmaps}: a {@link ValueBitmapIndex}, one bitmap per key — flags, tiers,
 *       brands, status, bands. Equalities and counts are then stored bitmaps and
 *       {@code andCardinality}; the cost is under one bit per row per key. Past {@link #ALWAYS_BITMAPS}
 *       keys, though, a key above one row in sixteen fills a whole bitmap container (a bit per row), so
 *       seven or eight evenly spread keys ({@code cluster_class}, {@code best_channel}) cost six bits a
 *       row where bit slices of the same keys cost three: there the {@link RangeIndex} is built as well
 *       and the smaller of the two kept. Up to four keys (flags, tiers, status: the matrix-cell
 *       predicates) always keep their bitmaps, whose counts are a stored cardinality;</li>
 *   <li>{@code d ≤ maxSlicedValues}: a {@link RangeIndex} when the keys span at most
 *       {@code maxSlicedSpan} values — cities, customer groups, plans, matrix cells — since bit slices
 *       cost about {@code log2(span)} bits per row where one bitmap per key would cost up to {@code d};
 *       a {@link ValueBitmapIndex} when so few keys are spread wider;</li>
 *   <li>otherwise none: identifiers ({@code subscriber_id}, {@code msisdn}) and measures (money, minutes,
 *       scores). A range index on a measure costs about as much as the packed column itself
 *       (1.3–2.6 B/row each on the default dataset), for ranges the vectorised scan with block zone maps
 *       already runs at about a nanosecond per row; raise the bounds to buy one.</li>
 * </ol>
 *
 * @param minRows         smallest partition that is indexed
 * @param maxValueBitmaps most keys for one bitmap per key
 * @param maxSlicedValues most keys for any index
 * @param maxSlicedSpan   widest key span ({@code max − min + 1}) for a bit-sliced index
 */
public record IndexRule(int minRows, int maxValueBitmaps, int maxSlicedValues, long maxSlicedSpan) {

    /** Most keys that always get one bitmap per key, however bit slices would compare. */
    public static final int ALWAYS_BITMAPS = 4;

    /** The rule the loader applies: partitions of a full Roaring container (65,536 rows) or more. */
    public static final IndexRule DEFAULT = new IndexRule(PackedBlock.CAPACITY, 8, 32, 4096);

    /** The index this rule gives the column, or {@code null} for none. */
    public ColumnIndex indexFor(Column column) {
        if (column.rows() < minRows) {
            return null;
        }
        LongColumn keys;
        if (column instanceof StringColumn sc) {
            if (sc.dictionarySize() > maxSlicedValues) {
                return null;
            }
            keys = sc.codes();
        } else if (column instanceof LongColumn lc) {
            keys = lc;
        } else {
            return null;
        }
        long[] distinct = DistinctKeys.upTo(keys, maxSlicedValues);
        if (distinct == null || distinct.length <= 1 && keys.nulls() == null) {
            return null;
        }
        long span = distinct[distinct.length - 1] - distinct[0] + 1;
        if (distinct.length <= maxValueBitmaps) {
            ValueBitmapIndex values = ValueBitmapIndex.build(keys, distinct);
            if (distinct.length > ALWAYS_BITMAPS && span <= maxSlicedSpan) {
                RangeIndex slices = RangeIndex.build(keys);
                if (slices.bytes() < values.bytes()) {
                    return slices;
                }
            }
            return values;
        }
        return span <= maxSlicedSpan ? RangeIndex.build(keys) : ValueBitmapIndex.build(keys, distinct);
    }
}
