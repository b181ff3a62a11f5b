package io.subcube.engine.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.StoreBuilder;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random filter trees over random columns with NULLs, evaluated by the vectorised engine and by a naive
 * row-at-a-time three-valued evaluator written independently here: both must pick the same rows.
 */
class FilterPropertyTest {

    private static final String[] STRINGS = {"", "A", "AB", "B", "BA", "Ba", "b", "x%y", "a_b", "中文", "Z", "ZZ"};
    private static final double[] DOUBLES = {-1.5, 0.0, 0.25, 1.0, 2.5, 1e6, 3.75};
    private static final String[] PATTERNS = {"%", "A%", "%A", "_", "__", "%a\\_b%", "x\\%y", "B_", "%中%", ""};

    /** A table filled with random values; column 0 of each is a unique row id. */
    private record Fixture(Table table, List<ColumnBatch> batches) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "subscriber", "service_month"})
    void vectorisedEvaluationMatchesNaiveThreeValuedLogic(String tableName) throws Exception {
        TableDef def = SubcubeSchema.table(tableName);
        int rows = tableName.equals("region") ? 70_000 : 3_000;
        Fixture fx = fixture(def, rows, 42);
        SplittableRandom rnd = new SplittableRandom(7);
        int idColumn = def.monthly() ? 1 : 0;
        List<ColumnDef> cols = def.storedColumns();
        RandomFilters filters = new RandomFilters(cols, (c, r) -> literal(cols.get(c), r), PATTERNS);
        for (int q = 0; q < 300; q++) {
            Filter filter = filters.next(rnd, 3);
            TreeSet<Long> expected = new TreeSet<>();
            for (ColumnBatch b : fx.batches()) {
                for (int r = 0; r < b.size(); r++) {
                    if (Boolean.TRUE.equals(eval(filter, b, r))) {
                        expected.add(b.longs(idColumn)[r]);
                    }
                }
            }
            TreeSet<Long> actual = new TreeSet<>();
            RowCursor cursor = new RowCursor(fx.table(), new QuerySpec(tableName, new int[] {idColumn}, filter));
            while (cursor.next()) {
                actual.add(((Number) cursor.current()[0]).longValue());
            }
            assertEquals(expected, actual, () -> "filter " + filter.describe(def.storedColumns()));
        }
    }

    /**
     * Evaluated with a care mask (the candidates an index would leave), every filter gives the TRUE and
     * UNKNOWN rows of a full evaluation on the rows cared for, at every density of care: none, a few (one
     * by one decoding), many (whole vectors) and all.
     */
    @ParameterizedTest
    @ValueSource(strings = {"region", "subscriber", "service_month"})
    void aCareMaskKeepsTheOutcomeOfTheRowsCaredFor(String tableName) throws Exception {
        TableDef def = SubcubeSchema.table(tableName);
        Fixture fx = fixture(def, tableName.equals("region") ? 70_000 : 3_000, 43);
        SplittableRandom rnd = new SplittableRandom(11);
        List<ColumnDef> cols = def.storedColumns();
        RandomFilters filters = new RandomFilters(cols, (c, r) -> literal(cols.get(c), r), PATTERNS);
        int[] oneIn = {1_000_000, 300, 40, 9, 2, 1};
        long[] t = new long[Vectors.WORDS];
        long[] u = new long[Vectors.WORDS];
        long[] ct = new long[Vectors.WORDS];
        long[] cu = new long[Vectors.WORDS];
        long[] care = new long[Vectors.WORDS];
        for (int q = 0; q < 150; q++) {
            Filter filter = filters.next(rnd, 3);
            for (Partition p : fx.table().partitions()) {
                VectorFilter full = FilterCompiler.compile(filter, p);
                VectorFilter cared = FilterCompiler.compile(filter, p);
                for (int from = 0; from < p.rows(); from += Vectors.SIZE) {
                    int n = Math.min(Vectors.SIZE, p.rows() - from);
                    int density = oneIn[rnd.nextInt(oneIn.length)];
                    java.util.Arrays.fill(care, 0L);
                    for (int r = 0; r < n; r++) {
                        if (rnd.nextInt(density) == 0) {
                            care[r >>> 6] |= 1L << r;
                        }
                    }
                    boolean hasU = full.eval(from, n, t, u);
                    boolean cHasU = cared.eval(from, n, ct, cu, care);
                    for (int w = 0; w < Vectors.words(n); w++) {
                        String where = "word " + w + " of the vector at " + from + ", " + filter.describe(cols);
                        assertEquals(t[w] & care[w], ct[w] & care[w], "TRUE rows of " + where);
                        assertEquals((hasU ? u[w] : 0) & care[w], (cHasU ? cu[w] : 0) & care[w],
                                "UNKNOWN rows of " + where);
                    }
                }
            }
        }
    }

    private static Fixture fixture(TableDef def, int rows, long seed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        StoreBuilder builder = new StoreBuilder();
        List<ColumnBatch> batches = new ArrayList<>();
        int[] months = def.monthly() ? new int[] {200808, 200809} : new int[] {0};
        long id = 0;
        for (int month : months) {
            var sink = builder.openPartition(def, month);
            int remaining = rows;
            while (remaining > 0) {
                int n = Math.min(remaining, 4096);
                ColumnBatch b = new ColumnBatch(def, n);
                List<ColumnDef> cols = def.storedColumns();
                for (int r = 0; r < n; r++, id++) {
                    for (int c = 0; c < cols.size(); c++) {
                        fill(b, c, r, cols.get(c), rnd, id, month);
                    }
                }
                b.setSize(n);
                sink.append(b);
                batches.add(b);
                remaining -= n;
            }
            sink.finish();
        }
        Store store = builder.build("fixture");
        return new Fixture(store.table(def.name()), batches);
    }

    private static void fill(ColumnBatch b, int c, int r, ColumnDef col, SplittableRandom rnd, long id, int month) {
        if (col.name().equals("month_id")) {
            b.longs(c)[r] = month;
            return;
        }
        boolean idColumn = c == (b.table().monthly() ? 1 : 0);
        if (!idColumn && col.nullable() && rnd.nextInt(100) < 15) {
            b.setNull(c, r);
            return;
        }
        ColumnType t = col.type();
        switch (t.kind()) {
            case VARCHAR -> b.strings(c)[r] = STRINGS[rnd.nextInt(STRINGS.length)];
            case DOUBLE -> b.doubles(c)[r] = DOUBLES[rnd.nextInt(DOUBLES.length)];
            case BOOLEAN -> b.longs(c)[r] = rnd.nextInt(2);
            case DATE -> b.longs(c)[r] = 13_000 + rnd.nextInt(20);
            case DECIMAL -> b.longs(c)[r] = rnd.nextInt(-300, 301);
            default -> b.longs(c)[r] = idColumn ? id
                    // Values drift with the row id so 64K-row blocks get different min/max zone maps.
                    : (id >= 65_536 ? 100 : 0) + rnd.nextInt(-5, 21);
        }
    }

    private static Object literal(ColumnDef col, SplittableRandom rnd) {
        return switch (col.type().kind()) {
            case VARCHAR -> rnd.nextInt(8) == 0 ? "Q" : STRINGS[rnd.nextInt(STRINGS.length)];
            case DOUBLE -> rnd.nextInt(8) == 0 ? 99.0 : DOUBLES[rnd.nextInt(DOUBLES.length)];
            case BOOLEAN -> (long) rnd.nextInt(2);
            case DATE -> 12_995L + rnd.nextInt(30);
            case DECIMAL -> (long) rnd.nextInt(-320, 321);
            default -> (long) rnd.nextInt(-8, 120);
        };
    }

    /** Row-at-a-time three-valued evaluation: TRUE, FALSE or {@code null} for UNKNOWN. */
    private static Boolean eval(Filter f, ColumnBatch b, int r) {
        if (f instanceof Filter.And a) {
            Boolean acc = true;
            for (Filter child : a.children()) {
                Boolean v = eval(child, b, r);
                if (Boolean.FALSE.equals(v)) {
                    return false;
                }
                if (v == null) {
                    acc = null;
                }
            }
            return acc;
        } else if (f instanceof Filter.Or o) {
            Boolean acc = false;
            for (Filter child : o.children()) {
                Boolean v = eval(child, b, r);
                if (Boolean.TRUE.equals(v)) {
                    return true;
                }
                if (v == null) {
                    acc = null;
                }
            }
            return acc;
        } else if (f instanceof Filter.Not n) {
            Boolean v = eval(n.child(), b, r);
            return v == null ? null : !v;
        } else if (f instanceof Filter.Truth t) {
            Boolean v = eval(t.child(), b, r);
            return switch (t.test()) {
                case IS_TRUE -> Boolean.TRUE.equals(v);
                case IS_NOT_TRUE -> !Boolean.TRUE.equals(v);
                case IS_FALSE -> Boolean.FALSE.equals(v);
                case IS_NOT_FALSE -> !Boolean.FALSE.equals(v);
            };
        } else if (f instanceof Filter.Constant k) {
            return k.value();
        } else if (f instanceof Filter.IsNull n) {
            return b.isNull(n.column(), r);
        } else if (f instanceof Filter.Compare c) {
            if (b.isNull(c.column(), r)) {
                return null;
            }
            int cmp = compare(value(b, c.column(), r), c.value());
            return switch (c.op()) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        } else if (f instanceof Filter.In in) {
            if (b.isNull(in.column(), r)) {
                return null;
            }
            Object v = value(b, in.column(), r);
            for (Object x : in.values()) {
                if (compare(v, x) == 0) {
                    return true;
                }
            }
            return false;
        } else if (f instanceof Filter.Like l) {
            if (b.isNull(l.column(), r)) {
                return null;
            }
            return like(b.strings(l.column())[r], 0, l.pattern(), 0, l.escape());
        }
        throw new AssertionError(f);
    }

    private static Object value(ColumnBatch b, int c, int r) {
        return switch (b.columns().get(c).type().kind()) {
            case VARCHAR -> b.strings(c)[r];
            case DOUBLE -> b.doubles(c)[r];
            default -> b.longs(c)[r];
        };
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    /** LIKE by backtracking, independent of the engine's regex translation. */
    private static boolean like(String s, int i, String p, int j, String escape) {
        if (j == p.length()) {
            return i == s.length();
        }
        char pc = p.charAt(j);
        if (escape != null && pc == escape.charAt(0)) {
            return i < s.length() && s.charAt(i) == p.charAt(j + 1) && like(s, i + 1, p, j + 2, escape);
        }
        if (pc == '%') {
            for (int k = i; k <= s.length(); k++) {
                if (like(s, k, p, j + 1, escape)) {
                    return true;
                }
            }
            return false;
        }
        if (i == s.length()) {
            return false;
        }
        return (pc == '_' || pc == s.charAt(i)) && like(s, i + 1, p, j + 1, escape);
    }
}
