package io.subcube.engine.exec;

import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.DoubleColumn;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns a {@link Filter} into {@link VectorFilter} nodes bound to one partition's columns. String
 * predicates become sets of dictionary codes here, once per partition, so rows are only ever tested
 * on integer codes.
 */
final class FilterCompiler {

    private final Partition partition;

    private FilterCompiler(Partition partition) {
        this.partition = partition;
    }

    static VectorFilter compile(Filter filter, Partition partition) {
        return new FilterCompiler(partition).node(filter);
    }

    private VectorFilter node(Filter f) {
        if (f instanceof Filter.And a) {
            return new VectorFilter.And(nodes(a.children()));
        } else if (f instanceof Filter.Or o) {
            return new VectorFilter.Or(nodes(o.children()));
        } else if (f instanceof Filter.Not n) {
            return new VectorFilter.Not(node(n.child()));
        } else if (f instanceof Filter.Truth t) {
            return new VectorFilter.Truth(node(t.child()), t.test());
        } else if (f instanceof Filter.Constant k) {
            return new VectorFilter.Constant(k.value());
        } else if (f instanceof Filter.IsNull n) {
            return new VectorFilter.IsNull(partition.column(n.column()).nulls());
        } else if (f instanceof Filter.Compare c) {
            return compare(partition.column(c.column()), c.op(), c.value());
        } else if (f instanceof Filter.In in) {
            return in(partition.column(in.column()), in.values());
        } else if (f instanceof Filter.Like l) {
            return like(column(l.column(), StringColumn.class), l.pattern(), l.escape());
        } else if (f instanceof Filter.InKeys k) {
            return new VectorFilter.LongSet(column(k.column(), LongColumn.class), k.keys());
        } else if (f instanceof Filter.SemiJoin s) {
            throw new IllegalStateException("semi-join with " + s.table().name() + " was not resolved");
        } else if (f instanceof Filter.Param p) {
            throw new IllegalStateException("statement parameter ?" + p.index() + " was not bound");
        }
        throw new IllegalArgumentException("unsupported filter " + f);
    }

    private VectorFilter[] nodes(List<Filter> filters) {
        VectorFilter[] out = new VectorFilter[filters.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node(filters.get(i));
        }
        return out;
    }

    private <T extends Column> T column(int index, Class<T> kind) {
        Column c = partition.column(index);
        if (!kind.isInstance(c)) {
            throw new IllegalArgumentException("column " + index + " is " + c.getClass().getSimpleName()
                    + ", filter needs " + kind.getSimpleName());
        }
        return kind.cast(c);
    }

    private static VectorFilter compare(Column column, Filter.Op op, Object value) {
        if (column instanceof LongColumn lc) {
            return new VectorFilter.LongCompare(lc, op, (Long) value);
        } else if (column instanceof DoubleColumn dc) {
            return new VectorFilter.DoubleCompare(dc, op, (Double) value);
        }
        StringColumn sc = (StringColumn) column;
        String s = (String) value;
        int size = sc.dictionary().length;
        int found = sc.lookup(s);
        int at = found >= 0 ? found : -found - 1;
        // Codes are in value order, so every comparison is a code range [lo, hi).
        int lo;
        int hi;
        switch (op) {
            case EQ -> { lo = at; hi = found >= 0 ? at + 1 : at; }
            case LT -> { lo = 0; hi = at; }
            case LE -> { lo = 0; hi = found >= 0 ? at + 1 : at; }
            case GT -> { lo = found >= 0 ? at + 1 : at; hi = size; }
            case GE -> { lo = at; hi = size; }
            default -> {
                long[] all = new long[size - (found >= 0 ? 1 : 0)];
                for (int code = 0, k = 0; code < size; code++) {
                    if (code != found) {
                        all[k++] = code;
                    }
                }
                return new VectorFilter.LongSet(sc.codes(), all);
            }
        }
        long[] codes = new long[Math.max(0, hi - lo)];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = lo + i;
        }
        return new VectorFilter.LongSet(sc.codes(), codes);
    }

    private static VectorFilter in(Column column, List<Object> values) {
        if (column instanceof LongColumn lc) {
            TreeSet<Long> set = new TreeSet<>();
            for (Object v : values) {
                set.add((Long) v);
            }
            return new VectorFilter.LongSet(lc, set.stream().mapToLong(Long::longValue).toArray());
        } else if (column instanceof DoubleColumn dc) {
            double[] set = values.stream().mapToDouble(v -> (Double) v).distinct().sorted().toArray();
            return new VectorFilter.DoubleSet(dc, set);
        }
        StringColumn sc = (StringColumn) column;
        TreeSet<Long> codes = new TreeSet<>();
        for (Object v : values) {
            int code = sc.lookup((String) v);
            if (code >= 0) {
                codes.add((long) code);
            }
        }
        return new VectorFilter.LongSet(sc.codes(), codes.stream().mapToLong(Long::longValue).toArray());
    }

    private static VectorFilter like(StringColumn column, String pattern, String escape) {
        Pattern regex = likeToRegex(pattern, escape);
        String[] dict = column.dictionary();
        long[] codes = new long[dict.length];
        int k = 0;
        for (int code = 0; code < dict.length; code++) {
            if (regex.matcher(dict[code]).matches()) {
                codes[k++] = code;
            }
        }
        return new VectorFilter.LongSet(column.codes(), Arrays.copyOf(codes, k));
    }

    /** SQL LIKE as a regular expression: {@code %} any sequence, {@code _} one character. */
    static Pattern likeToRegex(String pattern, String escape) {
        if (escape != null && escape.length() != 1) {
            throw new IllegalArgumentException("LIKE escape must be one character: '" + escape + "'");
        }
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (escape != null && ch == escape.charAt(0)) {
                if (i + 1 >= pattern.length()) {
                    throw new IllegalArgumentException("LIKE pattern ends with the escape character: '"
                            + pattern + "'");
                }
                literal.append(pattern.charAt(++i));
            } else if (ch == '%' || ch == '_') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(ch == '%' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
