package io.subcube.engine.exec;

import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.PackedBlock;

/**
 * A {@link Filter} compiled against one partition and evaluated a vector of rows at a time. Each call
 * writes the rows where the node is TRUE into {@code t} and, when it returns {@code true}, the rows where
 * it is UNKNOWN into {@code u}; a {@code false} return means no row is UNKNOWN and {@code u} is untouched.
 * Rows are {@code [from, from + n)}, {@code from} a multiple of {@link Vectors#SIZE}.
 *
 * <p>A {@code care} mask, when given, names the only rows whose outcome the caller reads (the candidates an
 * index left); other rows' bits are then arbitrary. A column test whose care rows are few decodes just
 * those rows, and AND and OR stop caring about rows their earlier children already decided, so a residual
 * over an index selection costs its candidates, not whole vectors.
 */
abstract class VectorFilter {

    /** Evaluates rows {@code [from, from + n)}; only rows set in {@code care} need be right ({@code null}: all). */
    abstract boolean eval(int from, int n, long[] t, long[] u, long[] care);

    /** Evaluates every row of {@code [from, from + n)}. */
    final boolean eval(int from, int n, long[] t, long[] u) {
        return eval(from, n, t, u, null);
    }

    /** Copies a column's NULL bits for the vector into {@code u}; returns whether any is set. */
    static boolean nulls(NullMask mask, int from, int n, long[] u) {
        if (mask == null) {
            return false;
        }
        mask.copyWords(from, n, u);
        return !Vectors.isZero(u, n);
    }

    /** Clears the UNKNOWN rows out of the TRUE rows. */
    static void andNot(long[] t, long[] u, int n) {
        for (int w = 0, nw = Vectors.words(n); w < nw; w++) {
            t[w] &= ~u[w];
        }
    }

    /** AND with SQL three-valued logic: FALSE wins, then UNKNOWN. */
    static final class And extends VectorFilter {
        private final VectorFilter[] children;
        private final long[] ct = new long[Vectors.WORDS];
        private final long[] cu = new long[Vectors.WORDS];
        private final long[] notFalse = new long[Vectors.WORDS];
        private final long[] undecided = new long[Vectors.WORDS];

        And(VectorFilter[] children) {
            this.children = children;
        }

        @Override
        boolean eval(int from, int n, long[] t, long[] u, long[] care) {
            int nw = Vectors.words(n);
            Vectors.ones(t, n);
            Vectors.ones(notFalse, n);
            boolean anyUnknown = false;
            for (int c = 0; c < children.length; c++) {
                // A row an earlier child made FALSE stays FALSE: later children need not get it right.
                long[] childCare = care;
                if (c > 0) {
                    for (int w = 0; w < nw; w++) {
                        undecided[w] = care == null ? notFalse[w] : care[w] & notFalse[w];
                    }
                    childCare = undecided;
                }
                boolean cHasU = children[c].eval(from, n, ct, cu, childCare);
                long live = 0;
                for (int w = 0; w < nw; w++) {
                    t[w] &= ct[w];
                    notFalse[w] &= cHasU ? ct[w] | cu[w] : ct[w];
                    live |= care == null ? notFalse[w] : notFalse[w] & care[w];
                }
                anyUnknown |= cHasU;
                if (live == 0) {
                    return false;
                }
            }
            if (!anyUnknown) {
                return false;
            }
            long any = 0;
            for (int w = 0; w < nw; w++) {
                u[w] = notFalse[w] & ~t[w];
                any |= u[w];
            }
            return any != 0;
        }
    }

    /** OR with SQL three-valued logic: TRUE wins, then UNKNOWN. */
    static final class Or extends VectorFilter {
        private final VectorFilter[] children;
        private final long[] ct = new long[Vectors.WORDS];
        private final long[] cu = new long[Vectors.WORDS];

        private final long[] undecided = new long[Vectors.WORDS];

        Or(VectorFilter[] children) {
            this.children = children;
        }

        @Override
        boolean eval(int from, int n, long[] t, long[] u, long[] care) {
            int nw = Vectors.words(n);
            Vectors.zero(t);
            boolean anyUnknown = false;
            for (int c = 0; c < children.length; c++) {
                // A row an earlier child made TRUE stays TRUE: later children need not get it right.
                long[] childCare = care;
                if (c > 0) {
                    for (int w = 0; w < nw; w++) {
                        undecided[w] = ~t[w] & (care == null ? Vectors.valid(w, n) : care[w]);
                    }
                    childCare = undecided;
                }
                boolean cHasU = children[c].eval(from, n, ct, cu, childCare);
                long missing = 0;
                for (int w = 0; w < nw; w++) {
                    t[w] |= ct[w];
                    missing |= ~t[w] & (care == null ? Vectors.valid(w, n) : care[w]);
                }
                if (cHasU) {
                    if (!anyUnknown) {
                        Vectors.zero(u);
                        anyUnknown = true;
                    }
                    for (int w = 0; w < nw; w++) {
                        u[w] |= cu[w];
                    }
                }
                if (missing == 0) {
                    return false;
                }
            }
            if (!anyUnknown) {
                return false;
            }
            long any = 0;
            for (int w = 0; w < nw; w++) {
                u[w] &= ~t[w];
                any |= u[w];
            }
            return any != 0;
        }
    }

    /** NOT: TRUE and FALSE swap, UNKNOWN stays. */
    static final class Not extends VectorFilter {
        private final VectorFilter child;
        private final long[] ct = new long[Vectors.WORDS];

        Not(VectorFilter child) {
            this.child = child;
        }

        @Override
        boolean eval(int from, int n, long[] t, long[] u, long[] care) {
            boolean hasU = child.eval(from, n, ct, u, care);
            for (int w = 0, nw = Vectors.words(n); w < nw; w++) {
                t[w] = ~ct[w] & Vectors.valid(w, n) & (hasU ? ~u[w] : -1L);
            }
            return hasU;
        }
    }

    /** {@code IS [NOT] TRUE/FALSE}: never UNKNOWN. */
    static final class Truth extends VectorFilter {
        private final VectorFilter child;
        private final Filter.TruthTest test;
        private final long[] ct = new long[Vectors.WORDS];
        private final long[] cu = new long[Vectors.WORDS];

        Truth(VectorFilter child, Filter.TruthTest test) {
            this.child = child;
            this.test = test;
        }

        @Override
        boolean eval(int from, int n, long[] t, long[] u, long[] care) {
            boolean hasU = child.eval(from, n, ct, cu, care);
            for (int w = 0, nw = Vectors.words(n); w < nw; w++) {
                long tr = ct[w];
                long un = hasU ? cu[w] : 0;
                long valid = Vectors.valid(w, n);
                t[w] = switch (test) {
                    case IS_TRUE -> tr;
                    case IS_NOT_TRUE -> ~tr & valid;
                    case IS_FALSE -> ~tr & ~un & valid;
                    case IS_NOT_FALSE -> tr | un;
                };
            }
            return false;
        }
    }

    /** A constant TRUE, FALSE or UNKNOWN. */
    static final class Constant extends VectorFilter {
        private final Boolean value;

        Constant(Boolean value) {
            this.value = value;
        }

        @Override
        boolean eval(int from, int n, long[] t, long[] u, long[] care) {
            if (Boolean.TRUE.equals(value)) {
                Vectors.ones(t, n);
                return false;
            }
            Vectors.zero(t);
            if (value == null) {
                Vectors.ones(u, n);
                return true;
            }
            return false;
        }
    }

    /** {@code column IS NULL}. */
    static final class IsNull extends VectorFilter {
        private final NullMask mask;

        IsNull(NullMask mask) {
            this.mask = mask;
        }

        @Override
        boolean eval(int from, int n, long[] t, long[] u, long[] care) {
            if (!nulls(mask, from, n, t)) {
                Vectors.zero(t);
            }
            return false;
        }
    }

    /**
     * A test of one column's values: UNKNOWN on its NULL rows, else decided for the whole block from its
     * min/max where possible, else row by row, 64 rows to a mask word.
     */
    abstract static class ColumnTest extends VectorFilter {
        static final int NONE = 0;
        static final int ALL = 1;
        static final int SOME = 2;

        /** Fewer care rows than this in a vector are decoded one by one rather than the vector whole. */
        private static final int SPARSE = Vectors.SIZE / 8;

        private final NullMask nullMask;
        private final int[] positions = new int[Vectors.SIZE];

        ColumnTest(NullMask nullMask) {
            this.nullMask = nullMask;
        }

        @Override
        final boolean eval(int from, int n, long[] t, long[] u, long[] care) {
            boolean hasU = nulls(nullMask, from, n, u);
            switch (zone(from)) {
                case NONE -> Vectors.zero(t);
                case ALL -> Vectors.ones(t, n);
                default -> {
                    int nw = Vectors.words(n);
                    if (care != null && Vectors.count(care, n) < SPARSE) {
                        // Rows outside care keep stale values: their bits are not read.
                        loadAt(from, positions, Vectors.positions(care, n, positions));
                        for (int w = 0; w < nw; w++) {
                            int base = w << 6;
                            t[w] = care[w] == 0 ? 0 : word(base, Math.min(64, n - base));
                        }
                    } else {
                        load(from, n);
                        for (int w = 0; w < nw; w++) {
                            int base = w << 6;
                            t[w] = word(base, Math.min(64, n - base));
                        }
                    }
                    java.util.Arrays.fill(t, nw, Vectors.WORDS, 0L);
                }
            }
            if (hasU) {
                andNot(t, u, n);
            }
            return hasU;
        }

        /** NONE, ALL or SOME rows of the block holding row {@code from} can pass, judged by its min/max. */
        int zone(int from) {
            return SOME;
        }

        /** Decodes the vector's values. */
        abstract void load(int from, int n);

        /** Decodes the values of rows {@code from + positions[i]}, {@code i < k}, to their positions in the vector. */
        abstract void loadAt(int from, int[] positions, int k);

        /** The mask word of {@code count} loaded values from position {@code base}. */
        abstract long word(int base, int count);
    }

    /** An integer-like column compared with a constant. */
    static final class LongCompare extends ColumnTest {
        private final LongColumn column;
        private final Filter.Op op;
        private final long value;
        private final long[] v = new long[Vectors.SIZE];
        private final long[] gathered = new long[Vectors.SIZE];

        LongCompare(LongColumn column, Filter.Op op, long value) {
            super(column.nulls());
            this.column = column;
            this.op = op;
            this.value = value;
        }

        @Override
        int zone(int from) {
            PackedBlock block = column.blockOf(from);
            long min = block.min();
            long max = block.max();
            long c = value;
            boolean none = switch (op) {
                case EQ -> c < min || c > max;
                case NE -> min == max && min == c;
                case LT -> min >= c;
                case LE -> min > c;
                case GT -> max <= c;
                case GE -> max < c;
            };
            boolean all = switch (op) {
                case EQ -> min == max && min == c;
                case NE -> c < min || c > max;
                case LT -> max < c;
                case LE -> max <= c;
                case GT -> min > c;
                case GE -> min >= c;
            };
            return none ? NONE : all ? ALL : SOME;
        }

        @Override
        void load(int from, int n) {
            column.decode(from, n, v);
        }

        @Override
        void loadAt(int from, int[] positions, int k) {
            column.gather(from, positions, k, gathered);
            for (int i = 0; i < k; i++) {
                v[positions[i]] = gathered[i];
            }
        }

        @Override
        long word(int base, int count) {
            long c = value;
            long bits = 0;
            switch (op) {
                case EQ -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] == c ? 1L : 0L) << i; } }
                case NE -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] != c ? 1L : 0L) << i; } }
                case LT -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] < c ? 1L : 0L) << i; } }
                case LE -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] <= c ? 1L : 0L) << i; } }
                case GT -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] > c ? 1L : 0L) << i; } }
                case GE -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] >= c ? 1L : 0L) << i; } }
            }
            return bits;
        }
    }

    /** An integer-like column (or dictionary codes) tested for membership in a {@link LongKeySet}. */
    static final class LongSet extends ColumnTest {
        private final LongColumn column;
        private final LongKeySet keys;
        private final long[] v = new long[Vectors.SIZE];
        private final long[] gathered = new long[Vectors.SIZE];

        LongSet(LongColumn column, LongKeySet keys) {
            super(column.nulls());
            this.column = column;
            this.keys = keys;
        }

        @Override
        int zone(int from) {
            PackedBlock block = column.blockOf(from);
            return keys.max() < block.min() || keys.min() > block.max() ? NONE : SOME;
        }

        @Override
        void load(int from, int n) {
            column.decode(from, n, v);
        }

        @Override
        void loadAt(int from, int[] positions, int k) {
            column.gather(from, positions, k, gathered);
            for (int i = 0; i < k; i++) {
                v[positions[i]] = gathered[i];
            }
        }

        @Override
        long word(int base, int count) {
            long bits = 0;
            for (int i = 0; i < count; i++) {
                bits |= (keys.contains(v[base + i]) ? 1L : 0L) << i;
            }
            return bits;
        }
    }

    /** A DOUBLE column compared with a constant. */
    static final class DoubleCompare extends ColumnTest {
        private final DoubleColumn column;
        private final Filter.Op op;
        private final double value;
        private final double[] v = new double[Vectors.SIZE];

        DoubleCompare(DoubleColumn column, Filter.Op op, double value) {
            super(column.nulls());
            this.column = column;
            this.op = op;
            this.value = value;
        }

        @Override
        void load(int from, int n) {
            column.decode(from, n, v);
        }

        @Override
        void loadAt(int from, int[] positions, int k) {
            for (int i = 0; i < k; i++) {
                v[positions[i]] = column.get(from + positions[i]);
            }
        }

        @Override
        long word(int base, int count) {
            double c = value;
            long bits = 0;
            switch (op) {
                case EQ -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] == c ? 1L : 0L) << i; } }
                case NE -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] != c ? 1L : 0L) << i; } }
                case LT -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] < c ? 1L : 0L) << i; } }
                case LE -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] <= c ? 1L : 0L) << i; } }
                case GT -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] > c ? 1L : 0L) << i; } }
                case GE -> { for (int i = 0; i < count; i++) { bits |= (v[base + i] >= c ? 1L : 0L) << i; } }
            }
            return bits;
        }
    }

    /** A DOUBLE column tested for membership in a small sorted set. */
    static final class DoubleSet extends ColumnTest {
        private final DoubleColumn column;
        private final double[] values;
        private final double[] v = new double[Vectors.SIZE];

        DoubleSet(DoubleColumn column, double[] values) {
            super(column.nulls());
            this.column = column;
            this.values = values;
        }

        @Override
        void load(int from, int n) {
            column.decode(from, n, v);
        }

        @Override
        void loadAt(int from, int[] positions, int k) {
            for (int i = 0; i < k; i++) {
                v[positions[i]] = column.get(from + positions[i]);
            }
        }

        @Override
        long word(int base, int count) {
            long bits = 0;
            for (int i = 0; i < count; i++) {
                bits |= (java.util.Arrays.binarySearch(values, v[base + i]) >= 0 ? 1L : 0L) << i;
            }
            return bits;
        }
    }
}
