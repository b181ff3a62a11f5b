package io.subcube.engine.exec.agg;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.exec.SqlValues;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.NullMask;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the groups met in one task's rows with small slots that index the accumulators' arrays. Each group
 * column gives a code per row (a dictionary code, a value's offset from the column's minimum, or, for a
 * column whose values spread too thinly for that, a code numbered as values appear), the codes combine into
 * one key by mixed radix, and the key is the slot itself when the key space is small enough to hold whole
 * (the common case: regions, tiers, flags), else it is numbered through a hash map.
 */
final class GroupSlots {

    /** Largest key space indexed directly; beyond it keys are hashed. */
    private static final long DIRECT_SLOTS = 1 << 12;

    private final Code[] codes;
    private final long[] radix;
    private final long keySpace;
    private final SlotMap hashed;
    private final int[] code;
    private final long[] keys;

    GroupSlots(Partition partition, int[] groupColumns, GroupExpression[] expressions, List<ColumnDef> defs,
               int taskRows, int vector) {
        codes = new Code[groupColumns.length];
        radix = new long[groupColumns.length];
        long space = 1;
        for (int i = 0; i < codes.length; i++) {
            int c = groupColumns[i];
            codes[i] = Code.of(partition.column(c), defs.get(c), taskRows);
            if (expressions[i] != null) {
                codes[i] = new MappedCode(codes[i], expressions[i]);
            }
            radix[i] = space;
            space = Math.multiplyExact(space, codes[i].space());
        }
        keySpace = space;
        hashed = space <= DIRECT_SLOTS ? null : new SlotMap();
        code = new int[vector];
        keys = new long[vector];
    }

    /** Slots in use so far; an upper bound of the slot numbers handed out. */
    int capacity() {
        return hashed == null ? (int) keySpace : hashed.size();
    }

    /**
     * Writes the slot of each passing row of the vector starting at {@code start}: rows
     * {@code start + positions[i]}, {@code i < count}.
     */
    void slots(int start, int length, int[] positions, int count, int[] out) {
        if (codes.length == 0) {
            Arrays.fill(out, 0, count, 0);
            return;
        }
        if (hashed == null) {
            // A direct key space is below 2^12, so the mixed-radix key adds up in ints, in the output itself.
            codes[0].codes(start, positions, count, out);
            for (int g = 1; g < codes.length; g++) {
                codes[g].codes(start, positions, count, code);
                int r = (int) radix[g];
                for (int i = 0; i < count; i++) {
                    out[i] += code[i] * r;
                }
            }
            return;
        }
        Arrays.fill(keys, 0, count, 0L);
        for (int g = 0; g < codes.length; g++) {
            codes[g].codes(start, positions, count, code);
            long r = radix[g];
            for (int i = 0; i < count; i++) {
                keys[i] += code[i] * r;
            }
        }
        for (int i = 0; i < count; i++) {
            out[i] = hashed.slot(keys[i]);
        }
    }

    /** The group values of a slot, in the SQL layer's Java forms. */
    Object[] values(int slot) {
        long key = hashed == null ? slot : hashed.key(slot);
        Object[] v = new Object[codes.length];
        for (int g = codes.length - 1; g >= 0; g--) {
            long c = key / radix[g];
            key -= c * radix[g];
            v[g] = codes[g].value((int) c);
        }
        return v;
    }

    /** One group column's per-row codes; 0 is NULL. */
    private abstract static class Code {
        final LongColumn column;
        final NullMask nulls;
        final long[] buf = new long[io.subcube.engine.exec.PassingRows.VECTOR];

        Code(LongColumn column) {
            this.column = column;
            this.nulls = column.nulls();
        }

        static Code of(Column column, ColumnDef def, int taskRows) {
            if (column instanceof StringColumn s) {
                return new DictionaryCode(s);
            }
            if (!(column instanceof LongColumn lc)) {
                throw new IllegalArgumentException("GROUP BY " + def.name() + ": column of type "
                        + def.type().sqlName() + " is not grouped by the engine");
            }
            long span = lc.max() - lc.min() + 1;
            return span > 0 && span <= Math.max(4096, 4L * taskRows) ? new OffsetCode(lc, def) : new NumberedCode(lc, def, taskRows);
        }

        /** Number of distinct codes, NULL included. */
        abstract long space();

        /** The value a code stands for. */
        abstract Object value(int code);

        /**
         * Code per listed row, {@code out[i]} for row {@code start + positions[i]}: {@code value code + 1},
         * or 0 for NULL. Each kind of code has its own loop, so no row pays a virtual call.
         */
        abstract void codes(int start, int[] positions, int count, int[] out);

        /** Sets the code of the NULL rows among the listed ones to 0. */
        final void clearNulls(int start, int[] positions, int count, int[] out) {
            if (nulls != null) {
                for (int i = 0; i < count; i++) {
                    if (nulls.isNull(start + positions[i])) {
                        out[i] = 0;
                    }
                }
            }
        }
    }

    /** A dictionary column: its codes. */
    private static final class DictionaryCode extends Code {
        private final StringColumn dictionary;

        DictionaryCode(StringColumn column) {
            super(column.codes());
            this.dictionary = column;
        }

        @Override
        long space() {
            return dictionary.dictionarySize() + 1L;
        }

        @Override
        Object value(int code) {
            return code == 0 ? null : dictionary.value(code - 1);
        }

        @Override
        void codes(int start, int[] positions, int count, int[] out) {
            column.gather(start, positions, count, buf);
            long[] v = buf;
            for (int i = 0; i < count; i++) {
                out[i] = (int) v[i] + 1;
            }
            clearNulls(start, positions, count, out);
        }
    }

    /** An integer-like column of narrow range: the offset from its minimum. */
    private static final class OffsetCode extends Code {
        private final long min;
        private final long space;
        private final ColumnDef def;

        OffsetCode(LongColumn column, ColumnDef def) {
            super(column);
            this.min = column.min();
            this.space = column.max() - min + 2;
            this.def = def;
        }

        @Override
        long space() {
            return space;
        }

        @Override
        Object value(int code) {
            return code == 0 ? null : SqlValues.ofLong(def.type(), min + code - 1);
        }

        @Override
        void codes(int start, int[] positions, int count, int[] out) {
            column.gather(start, positions, count, buf);
            long[] v = buf;
            long base = min - 1;
            for (int i = 0; i < count; i++) {
                out[i] = (int) (v[i] - base);
            }
            clearNulls(start, positions, count, out);
        }
    }

    /** An integer-like column of wide range: values numbered as they appear in the task. */
    private static final class NumberedCode extends Code {
        private final SlotMap numbers = new SlotMap();
        private final ColumnDef def;
        private final int space;

        NumberedCode(LongColumn column, ColumnDef def, int taskRows) {
            super(column);
            this.def = def;
            this.space = taskRows + 1;
        }

        @Override
        long space() {
            return space;
        }

        @Override
        Object value(int code) {
            return code == 0 ? null : SqlValues.ofLong(def.type(), numbers.key(code - 1));
        }

        @Override
        void codes(int start, int[] positions, int count, int[] out) {
            column.gather(start, positions, count, buf);
            long[] v = buf;
            if (nulls == null) {
                for (int i = 0; i < count; i++) {
                    out[i] = numbers.slot(v[i]) + 1;
                }
                return;
            }
            for (int i = 0; i < count; i++) {
                // A NULL row is not numbered: its stored value means nothing.
                out[i] = nulls.isNull(start + positions[i]) ? 0 : numbers.slot(v[i]) + 1;
            }
        }
    }

    /**
     * An expression of a group column: the column's codes renumbered by the expression's distinct results,
     * the expression computed the first time a code is met. Each column code, NULL's included, may give a
     * result of its own, besides the NULL result's code 0.
     */
    private static final class MappedCode extends Code {
        private final Code column;
        private final GroupExpression expression;
        /** Per column code, 1 + this code for it; 0 until the column code is met. */
        private int[] mapped = new int[64];
        private final List<Object> values = new ArrayList<>();
        private final Map<Object, Integer> numbers = new HashMap<>();

        MappedCode(Code column, GroupExpression expression) {
            super(column.column);
            this.column = column;
            this.expression = expression;
        }

        @Override
        long space() {
            return column.space() + 1;
        }

        @Override
        Object value(int code) {
            return code == 0 ? null : values.get(code - 1);
        }

        @Override
        void codes(int start, int[] positions, int count, int[] out) {
            column.codes(start, positions, count, out);
            for (int i = 0; i < count; i++) {
                int c = out[i];
                if (c >= mapped.length) {
                    mapped = Arrays.copyOf(mapped, Math.max(c + 1, mapped.length * 2));
                }
                if (mapped[c] == 0) {
                    mapped[c] = number(expression.apply(column.value(c))) + 1;
                }
                out[i] = mapped[c] - 1;
            }
        }

        /** The code of an expression result: 0 for NULL, else numbered as results appear. */
        private int number(Object result) {
            if (result == null) {
                return 0;
            }
            return numbers.computeIfAbsent(result, r -> {
                values.add(r);
                return values.size();
            });
        }
    }
}
