package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * A row filter over one table's columns, with SQL three-valued logic: each node is TRUE, FALSE or
 * UNKNOWN per row and a row passes when the root is TRUE. Column references are table column
 * positions; literals are already in the column's storage domain: {@code Long} for integer-like columns
 * (DECIMAL unscaled at the column's scale, DATE as epoch days, BOOLEAN as 0/1), {@code Double} for
 * DOUBLE and {@code String} for VARCHAR. This is the one filter representation of the engine.
 */
public sealed interface Filter {

    /** Comparison operators of a column against a literal. */
    enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The operator with its operands swapped ({@code 3 < x} is {@code x > 3}). */
        public Op flip() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }

    /** The SQL truth tests {@code IS [NOT] TRUE/FALSE}, which never return UNKNOWN. */
    enum TruthTest {
        IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE
    }

    /** All children TRUE. */
    record And(List<Filter> children) implements Filter {
        public And {
            children = List.copyOf(children);
        }
    }

    /** Any child TRUE. */
    record Or(List<Filter> children) implements Filter {
        public Or {
            children = List.copyOf(children);
        }
    }

    /** Negation; UNKNOWN stays UNKNOWN. */
    record Not(Filter child) implements Filter {
    }

    /** {@code column op value}; UNKNOWN on a NULL row. */
    record Compare(int column, Op op, Object value) implements Filter {
    }

    /**
     * {@code column op ?index}, or {@code column op function(?index)}: a comparison with the value of statement
     * parameter {@code index}, or with a function of it, which is not known when the query is planned.
     * {@link #bind} replaces it by an ordinary filter before the query runs; execution rejects an unbound one.
     * The SQL layer compares with a function of a parameter only to narrow a scan by what a join condition
     * implies (§B4 Q9b), so its binder makes the comparison TRUE where the function is not defined for the value.
     *
     * @param function {@code null} to compare with the parameter's value itself
     */
    record Param(int column, Op op, int index, ParamFunction function) implements Filter {

        /** {@code column op ?index}. */
        public Param(int column, Op op, int index) {
            this(column, op, index, null);
        }

        /** The value compared with, as EXPLAIN prints it: {@code ?0}, {@code MONTH_ADD(?0, -1)}. */
        public String operand() {
            return function == null ? "?" + index : function.describe("?" + index);
        }
    }

    /**
     * A deterministic function of one statement parameter's value, computed when the parameter is bound (the
     * SQL layer's scalar functions, §B4 Q9b's {@code MONTH_ADD(?0, -1)}). Implementations have value equality:
     * filters are compared when plans are.
     */
    interface ParamFunction {

        /**
         * The function's value for the parameter value {@code value} (both as the SQL layer hands parameter
         * values over: Integer, Long, BigDecimal, Double, String, Boolean, or {@code null} for NULL).
         *
         * @throws RuntimeException when the function is not defined for {@code value}
         */
        Object apply(Object value);

        /** The function applied to {@code argument}, in SQL: {@code MONTH_ADD(?0, -1)}. */
        String describe(String argument);
    }

    /** {@code column IN (values)}; UNKNOWN on a NULL row. */
    record In(int column, List<Object> values) implements Filter {
        public In {
            values = List.copyOf(values);
        }
    }

    /** {@code column IS NULL}; never UNKNOWN. */
    record IsNull(int column) implements Filter {
    }

    /** {@code column LIKE pattern [ESCAPE escape]} on a VARCHAR column; UNKNOWN on a NULL row. */
    record Like(int column, String pattern, String escape) implements Filter {
    }

    /** {@code child IS [NOT] TRUE/FALSE}. */
    record Truth(Filter child, TruthTest test) implements Filter {
    }

    /**
     * {@code column IN (SELECT keyColumn FROM table WHERE filter)}: a semi-join with another table (§B4 Q7),
     * resolved to a key set ({@link InKeys}, or {@link In} for VARCHAR keys) before the query runs, once its own
     * parameters are bound.
     */
    record SemiJoin(int column, Table table, int keyColumn, Filter filter) implements Filter {
    }

    /** {@code column IN keys}, the keys in the column's storage domain. */
    record InKeys(int column, LongKeySet keys) implements Filter {
    }

    /** A constant TRUE, FALSE, or UNKNOWN ({@code value == null}). */
    record Constant(Boolean value) implements Filter {
    }

    Constant TRUE = new Constant(Boolean.TRUE);
    Constant FALSE = new Constant(Boolean.FALSE);

    /** The conjunction of the filters, flattening nested ANDs and dropping TRUE; TRUE for none. */
    static Filter and(List<Filter> filters) {
        List<Filter> flat = new ArrayList<>();
        for (Filter f : filters) {
            if (f instanceof And a) {
                flat.addAll(a.children());
            } else if (!TRUE.equals(f)) {
                flat.add(f);
            }
        }
        return flat.isEmpty() ? TRUE : flat.size() == 1 ? flat.get(0) : new And(flat);
    }

    /** Whether some {@link Param} leaf, here or in a semi-join's filter, still waits for a value. */
    default boolean hasParams() {
        return anyLeaf(leaf -> leaf instanceof Param || leaf instanceof SemiJoin s && s.filter().hasParams());
    }

    /** Whether some leaf (anything but AND, OR, NOT and truth tests) satisfies {@code test}. */
    default boolean anyLeaf(java.util.function.Predicate<Filter> test) {
        if (this instanceof And a) {
            return a.children().stream().anyMatch(c -> c.anyLeaf(test));
        } else if (this instanceof Or o) {
            return o.children().stream().anyMatch(c -> c.anyLeaf(test));
        } else if (this instanceof Not n) {
            return n.child().anyLeaf(test);
        } else if (this instanceof Truth t) {
            return t.child().anyLeaf(test);
        }
        return test.test(this);
    }

    /**
     * This filter with every {@link Param} leaf replaced by {@code binder}'s filter for it, which puts the
     * parameter's value into the column's storage domain as a literal would be.
     */
    default Filter bind(Function<Param, Filter> binder) {
        return mapLeaves(leaf -> leaf instanceof Param p ? binder.apply(p) : leaf);
    }

    /** This filter with each leaf (anything but AND, OR, NOT and truth tests) replaced by {@code f}'s result. */
    default Filter mapLeaves(Function<Filter, Filter> f) {
        if (this instanceof And a) {
            return new And(a.children().stream().map(c -> c.mapLeaves(f)).toList());
        } else if (this instanceof Or o) {
            return new Or(o.children().stream().map(c -> c.mapLeaves(f)).toList());
        } else if (this instanceof Not n) {
            return new Not(n.child().mapLeaves(f));
        } else if (this instanceof Truth t) {
            return new Truth(t.child().mapLeaves(f), t.test());
        }
        return f.apply(this);
    }

    /**
     * This filter over other column positions: every column reference {@code c} becomes {@code to(c)} (a
     * semi-join's inner filter keeps its own table's positions).
     */
    default Filter remapColumns(IntUnaryOperator to) {
        return mapLeaves(leaf -> {
            if (leaf instanceof Compare c) {
                return new Compare(to.applyAsInt(c.column()), c.op(), c.value());
            } else if (leaf instanceof Param p) {
                return new Param(to.applyAsInt(p.column()), p.op(), p.index(), p.function());
            } else if (leaf instanceof In in) {
                return new In(to.applyAsInt(in.column()), in.values());
            } else if (leaf instanceof IsNull n) {
                return new IsNull(to.applyAsInt(n.column()));
            } else if (leaf instanceof Like l) {
                return new Like(to.applyAsInt(l.column()), l.pattern(), l.escape());
            } else if (leaf instanceof SemiJoin s) {
                return new SemiJoin(to.applyAsInt(s.column()), s.table(), s.keyColumn(), s.filter());
            } else if (leaf instanceof InKeys k) {
                return new InKeys(to.applyAsInt(k.column()), k.keys());
            }
            return leaf;
        });
    }

    /** The column positions this filter reads (not those of a semi-join's inner filter). */
    default BitSet columns() {
        BitSet used = new BitSet();
        remapColumns(c -> {
            used.set(c);
            return c;
        });
        return used;
    }

    /** Readable form with column names and literals in SQL terms, as EXPLAIN prints it. */
    default String describe(List<ColumnDef> columns) {
        if (this instanceof And a) {
            return join("AND", a.children(), columns);
        } else if (this instanceof Or o) {
            return join("OR", o.children(), columns);
        } else if (this instanceof Not n) {
            return "NOT(" + n.child().describe(columns) + ")";
        } else if (this instanceof Compare c) {
            return columns.get(c.column()).name() + " " + c.op().symbol() + " " + literal(columns.get(c.column()), c.value());
        } else if (this instanceof Param p) {
            return columns.get(p.column()).name() + " " + p.op().symbol() + " " + p.operand();
        } else if (this instanceof In in) {
            StringJoiner j = new StringJoiner(", ", columns.get(in.column()).name() + " IN (", ")");
            for (Object v : in.values()) {
                j.add(literal(columns.get(in.column()), v));
            }
            return j.toString();
        } else if (this instanceof IsNull n) {
            return columns.get(n.column()).name() + " IS NULL";
        } else if (this instanceof SemiJoin sj) {
            List<ColumnDef> inner = sj.table().columns();
            return columns.get(sj.column()).name() + " IN (SELECT " + inner.get(sj.keyColumn()).name() + " FROM "
                    + sj.table().name() + (TRUE.equals(sj.filter()) ? "" : " WHERE " + sj.filter().describe(inner)) + ")";
        } else if (this instanceof InKeys k) {
            return columns.get(k.column()).name() + " IN (" + k.keys().size() + " keys)";
        } else if (this instanceof Like l) {
            return columns.get(l.column()).name() + " LIKE " + quote(l.pattern())
                    + (l.escape() == null ? "" : " ESCAPE " + quote(l.escape()));
        } else if (this instanceof Truth t) {
            return "(" + t.child().describe(columns) + ") " + t.test().name().replace('_', ' ');
        }
        Boolean k = ((Constant) this).value();
        return k == null ? "UNKNOWN" : k.toString().toUpperCase(Locale.ROOT);
    }

    private static String join(String op, List<Filter> children, List<ColumnDef> names) {
        StringJoiner j = new StringJoiner(" " + op + " ", "(", ")");
        for (Filter f : children) {
            j.add(f.describe(names));
        }
        return j.toString();
    }

    private static String literal(ColumnDef column, Object v) {
        if (v instanceof String s) {
            return quote(s);
        }
        return switch (column.type().kind()) {
            case DECIMAL -> BigDecimal.valueOf((Long) v, column.type().scale()).toPlainString();
            case DATE -> "DATE '" + LocalDate.ofEpochDay((Long) v) + "'";
            case BOOLEAN -> ((Long) v) != 0 ? "TRUE" : "FALSE";
            default -> String.valueOf(v);
        };
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
