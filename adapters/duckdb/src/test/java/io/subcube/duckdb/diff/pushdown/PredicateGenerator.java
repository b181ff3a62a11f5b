package io.subcube.duckdb.diff.pushdown;

import io.subcube.datasets.schema.ColumnType;
import io.subcube.datasets.schema.ColumnType.Kind;
import io.subcube.duckdb.compare.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded random WHERE trees over one table: AND / OR / NOT nested to a given depth over leaves on every column
 * type the table has, each leaf's type drawn first so that rare types (DATE, DOUBLE) get their share, nullable
 * columns preferred half the time. Literals are values the data holds, its minimum and maximum, values just
 * outside them, and values it does not hold (gaps, finer scales than the column's, far out of range). About one
 * leaf in ten is an expression the engine cannot push (a scoring function, arithmetic, a string function, a
 * CASE over a nullable column, two columns compared), which leaves the query partly pushable. Each leaf reports what it exercises (e.g. {@code "DECIMAL BETWEEN"}) to {@code notes}.
 */
final class PredicateGenerator {

    /** A predicate and whether a nullable column occurs in it, so that NOT over it exercises three-valued logic. */
    record Predicate(Sql sql, boolean nullable) {
    }

    /** A literal value, and whether a prepared statement may bind it as a parameter of the column's type. */
    private record Value(Object value, boolean bindable) {
    }

    private static final String[] COMPARISONS = {"=", "<>", "<", "<=", ">", ">="};
    private static final String[] TRUTH_TESTS = {"IS TRUE", "IS NOT TRUE", "IS FALSE", "IS NOT FALSE"};

    private final SampledTable table;
    private final SplittableRandom rnd;
    private final Consumer<String> notes;
    private final Map<Kind, List<ColumnValues>> byKind = new EnumMap<>(Kind.class);

    PredicateGenerator(SampledTable table, SplittableRandom rnd, Consumer<String> notes) {
        this.table = table;
        this.rnd = rnd;
        this.notes = notes;
        for (Kind k : Kind.values()) {
            List<ColumnValues> columns = table.columns(k);
            if (!columns.isEmpty()) {
                byKind.put(k, columns);
            }
        }
    }

    /** A tree of depth at most {@code maxDepth} (0 = a single leaf). */
    Predicate tree(int maxDepth) {
        return node(0, maxDepth);
    }

    private Predicate node(int depth, int maxDepth) {
        if (depth == maxDepth || (depth > 0 && rnd.nextInt(100) < 30)) {
            return leaf();
        }
        if (rnd.nextInt(100) < 20) {
            Predicate inner = node(depth + 1, maxDepth);
            note(inner.nullable() ? "NOT over a nullable column" : "NOT");
            return new Predicate(Sql.of("NOT (", inner.sql(), ")"), inner.nullable());
        }
        String op = rnd.nextBoolean() ? "AND" : "OR";
        note(op);
        List<Sql> children = new ArrayList<>();
        boolean nullable = false;
        for (int i = rnd.nextInt(4) == 0 ? 3 : 2; i > 0; i--) {
            Predicate child = node(depth + 1, maxDepth);
            children.add(child.sql());
            nullable |= child.nullable();
        }
        return new Predicate(Sql.of("(", Sql.join(" " + op + " ", children), ")"), nullable);
    }

    private Predicate leaf() {
        if (rnd.nextInt(100) < 10) {
            return computed();
        }
        List<Kind> kinds = List.copyOf(byKind.keySet());
        Kind kind = kinds.get(rnd.nextInt(kinds.size()));
        ColumnValues c = column(byKind.get(kind));
        Sql sql = switch (kind) {
            case BOOLEAN -> bool(c);
            case VARCHAR -> rnd.nextInt(100) < 35 ? like(c) : compare(c);
            default -> compare(c);
        };
        if (kind != Kind.BOOLEAN && rnd.nextInt(100) < 8) {
            String test = TRUTH_TESTS[rnd.nextInt(TRUTH_TESTS.length)];
            note("(comparison) " + test);
            sql = Sql.of("(", sql, ") " + test);
        }
        return new Predicate(sql, c.column().nullable());
    }

    /** One of the columns, a nullable one half the time when there are some. */
    private ColumnValues column(List<ColumnValues> columns) {
        List<ColumnValues> nullable = columns.stream().filter(c -> c.column().nullable()).toList();
        List<ColumnValues> from = !nullable.isEmpty() && rnd.nextBoolean() ? nullable : columns;
        return from.get(rnd.nextInt(from.size()));
    }

    // ---- leaves the engine can push

    private Sql compare(ColumnValues c) {
        String col = c.name();
        int nullWeight = c.column().nullable() ? 8 : 3;
        int r = rnd.nextInt(86 + 2 * nullWeight);
        Sql sql;
        String op;
        if (r < 50) {
            op = COMPARISONS[r % COMPARISONS.length];
            sql = Sql.of(col + " " + op + " ", literal(c, value(c)));
        } else if (r < 60) {
            op = "BETWEEN";
            sql = between(c, op);
        } else if (r < 66) {
            op = "NOT BETWEEN";
            sql = between(c, op);
        } else if (r < 76) {
            op = "IN";
            sql = Sql.of(col + " IN (", list(c), ")");
        } else if (r < 83) {
            op = "NOT IN";
            sql = Sql.of(col + " NOT IN (", list(c), ")");
        } else if (r < 86) {
            op = "= NULL";
            sql = Sql.of(col + " = ", Sql.value(null, c.type()));
        } else if (r < 86 + nullWeight) {
            op = "IS NULL";
            sql = Sql.text(col + " IS NULL");
        } else {
            op = "IS NOT NULL";
            sql = Sql.text(col + " IS NOT NULL");
        }
        noteLeaf(c, op);
        return sql;
    }

    private Sql between(ColumnValues c, String op) {
        Value a = value(c);
        Value b = value(c);
        // mostly low to high; sometimes reversed, which selects nothing (no SYMMETRIC)
        if ((Values.ORDER.compare(a.value(), b.value()) > 0) == (rnd.nextInt(100) < 85)) {
            Value t = a;
            a = b;
            b = t;
        }
        return Sql.of(c.name() + " " + op + " ", literal(c, a), " AND ", literal(c, b));
    }

    /**
     * An IN list. A list holding a value of another type (a fraction for an integer column) is written all
     * inline: a BIGINT parameter beside a fraction makes Calcite type the list DECIMAL(19,0) and round the
     * fraction (a known engine bug, see PushdownEdgeCasesDifferentialTest).
     */
    private Sql list(ColumnValues c) {
        List<Value> values = new ArrayList<>();
        for (int i = 1 + rnd.nextInt(5); i > 0; i--) {
            values.add(value(c));
        }
        boolean bindable = values.stream().allMatch(Value::bindable);
        List<Sql> items = new ArrayList<>();
        for (Value v : values) {
            items.add(bindable ? literal(c, v) : Sql.inline(v.value()));
        }
        if (rnd.nextInt(100) < 10) {
            note("NULL in an IN list");
            items.add(bindable ? Sql.value(null, c.type()) : Sql.inline(null));
        }
        return Sql.join(", ", items);
    }

    private Sql bool(ColumnValues c) {
        String col = c.name();
        int r = rnd.nextInt(12);
        String op;
        Sql sql;
        switch (r) {
            case 0 -> {
                op = "bare";
                sql = Sql.text(col);
            }
            case 1 -> {
                op = "NOT bare";
                sql = Sql.text("NOT " + col);
            }
            case 2, 3 -> {
                op = r == 2 ? "=" : "<>";
                sql = Sql.of(col + " " + op + " ", Sql.value(rnd.nextBoolean(), c.type()));
            }
            case 4, 5, 6, 7 -> {
                op = TRUTH_TESTS[r - 4];
                sql = Sql.text(col + " " + op);
            }
            case 8 -> {
                op = "IN";
                sql = Sql.of(col + " IN (", Sql.value(rnd.nextBoolean(), c.type()), ")");
            }
            case 9 -> {
                op = "= NULL";
                sql = Sql.of(col + " = ", Sql.value(null, c.type()));
            }
            default -> {
                op = r == 10 ? "IS NULL" : "IS NOT NULL";
                sql = Sql.text(col + " " + op);
            }
        }
        noteLeaf(c, op);
        return sql;
    }

    private Sql like(ColumnValues c) {
        String v = (String) present(c);
        String pattern;
        String escape = null;
        int n = v.length();
        switch (v.isEmpty() ? 6 : rnd.nextInt(9)) {
            case 0 -> pattern = v.substring(0, 1 + rnd.nextInt(n)) + "%";
            case 1 -> pattern = "%" + v.substring(rnd.nextInt(n));
            case 2 -> {
                int from = rnd.nextInt(n);
                pattern = "%" + v.substring(from, from + 1 + rnd.nextInt(n - from)) + "%";
            }
            case 3 -> pattern = underscores(v);
            case 4 -> pattern = v;
            case 5 -> pattern = v.toLowerCase(Locale.ROOT) + "%";
            case 6 -> pattern = List.of("%", "_%", "%_%_%", "___", "%~%").get(rnd.nextInt(5));
            default -> {
                if (v.contains("_") || v.contains("%")) {
                    escape = "\\";
                    String escaped = v.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
                    pattern = escaped.substring(0, escaped.lastIndexOf('\\') + 2) + "%";
                } else {
                    pattern = underscores(v);
                }
            }
        }
        String op = rnd.nextInt(100) < 35 ? "NOT LIKE" : "LIKE";
        noteLeaf(c, op + (escape == null ? "" : " ESCAPE"));
        return escape == null ? Sql.of(c.name() + " " + op + " ", Sql.value(pattern, c.type()))
                : Sql.of(c.name() + " " + op + " ", Sql.inline(pattern), " ESCAPE ", Sql.inline(escape));
    }

    private String underscores(String v) {
        char[] chars = v.toCharArray();
        for (int i = 1 + rnd.nextInt(2); i > 0; i--) {
            chars[rnd.nextInt(chars.length)] = '_';
        }
        return new String(chars);
    }

    // ---- leaves the engine cannot push

    private Predicate computed() {
        List<ColumnValues> numeric = table.columns(Kind.INTEGER, Kind.BIGINT, Kind.DECIMAL, Kind.DOUBLE);
        List<ColumnValues> varchar = table.columns(Kind.VARCHAR);
        List<ColumnValues> nullable = table.columns().stream()
                .filter(c -> c.column().nullable() && !c.distinct().isEmpty() && c.type().kind() != Kind.BOOLEAN)
                .toList();
        int r = rnd.nextInt(5);
        String op = COMPARISONS[rnd.nextInt(COMPARISONS.length)];
        note("computed (not pushable)");
        if (r == 0 && !table.computed().isEmpty()) {
            SampledTable.Computed f = table.computed().get(rnd.nextInt(table.computed().size()));
            ColumnValues c = table.column(f.valuesOf());
            return new Predicate(Sql.of(f.expression() + " " + op + " ", literal(c, value(c))), false);
        }
        if (r == 1 && !nullable.isEmpty()) {
            // CASE, not COALESCE: COALESCE(x, c) compared with k where c fails the comparison is a known engine
            // bug (NULL rows compare as 0, see PushdownEdgeCasesDifferentialTest)
            ColumnValues c = nullable.get(rnd.nextInt(nullable.size()));
            return new Predicate(Sql.of("CASE WHEN " + c.name() + " IS NULL THEN ", Sql.inline(present(c)), " ELSE "
                    + c.name() + " END " + op + " ", literal(c, value(c))), false);
        }
        if (r == 2 && !varchar.isEmpty()) {
            ColumnValues c = varchar.get(rnd.nextInt(varchar.size()));
            String v = (String) present(c);
            Sql sql = rnd.nextBoolean()
                    ? Sql.of("CHAR_LENGTH(" + c.name() + ") " + op + " ", Sql.value((long) v.length(), ColumnType.INTEGER))
                    : Sql.of("SUBSTRING(" + c.name() + " FROM 1 FOR 2) " + op + " ",
                            Sql.value(v.substring(0, Math.min(2, v.length())), c.type()));
            return new Predicate(sql, c.column().nullable());
        }
        ColumnValues a = numeric.get(rnd.nextInt(numeric.size()));
        if (r == 3) {
            ColumnValues b = numeric.get(rnd.nextInt(numeric.size()));
            return new Predicate(Sql.text(a.name() + " " + op + " " + b.name()),
                    a.column().nullable() || b.column().nullable());
        }
        return new Predicate(Sql.of(a.name() + " + 1 " + op + " ", literal(a, value(a))), a.column().nullable());
    }

    // ---- literals

    private Sql literal(ColumnValues c, Value v) {
        return v.bindable() ? Sql.value(v.value(), c.type()) : Sql.inline(v.value());
    }

    private Object present(ColumnValues c) {
        return c.distinct().get(rnd.nextInt(c.distinct().size()));
    }

    /** A value held, the minimum or maximum, one just outside them, or one the column does not hold. */
    private Value value(ColumnValues c) {
        int r = rnd.nextInt(100);
        if (r < 50) {
            return new Value(present(c), true);
        } else if (r < 62) {
            return new Value(c.min(), true);
        } else if (r < 74) {
            return new Value(c.max(), true);
        } else if (r < 86) {
            return new Value(outside(c, rnd.nextBoolean()), true);
        }
        return absent(c);
    }

    /** The nearest value below the minimum or above the maximum, in the column's own type. */
    private static Object outside(ColumnValues c, boolean below) {
        Object v = below ? c.min() : c.max();
        int sign = below ? -1 : 1;
        return switch (c.type().kind()) {
            case INTEGER, BIGINT -> (Long) v + sign;
            case DECIMAL -> ((BigDecimal) v).add(BigDecimal.ONE.movePointLeft(c.type().scale()).multiply(BigDecimal.valueOf(sign)));
            case DOUBLE -> below ? Math.nextDown((Double) v) : Math.nextUp((Double) v);
            case DATE -> ((LocalDate) v).plusDays(sign);
            case VARCHAR -> below ? "" : v + "~";
            case BOOLEAN -> v;
        };
    }

    /** A value between held ones, at a finer scale than the column's, or far out of its range. */
    private Value absent(ColumnValues c) {
        Object v = present(c);
        int r = rnd.nextInt(3);
        switch (c.type().kind()) {
            case INTEGER, BIGINT -> {
                if (r == 0) {
                    note(c.type().kind() + " compared with a fraction");
                    return new Value(BigDecimal.valueOf((Long) v).add(new BigDecimal("0.5")), false);
                } else if (r == 1) {
                    return new Value(far(), false);
                }
                Set<Object> held = c.asSet();
                long gap = (Long) v;
                while (held.contains(gap)) {
                    gap++;
                }
                return new Value(gap, true);
            }
            case DECIMAL -> {
                BigDecimal d = (BigDecimal) v;
                if (r == 0) {
                    note("DECIMAL compared with a finer scale");
                    return new Value(d.add(new BigDecimal("5").movePointLeft(c.type().scale() + 1)), true);
                } else if (r == 1) {
                    return new Value(far(), false);
                }
                Set<Object> held = c.asSet();
                BigDecimal step = BigDecimal.ONE.movePointLeft(c.type().scale());
                while (held.contains(d)) {
                    d = d.add(step);
                }
                return new Value(d, true);
            }
            case DOUBLE -> {
                double d = (Double) v;
                if (r == 1) {
                    return new Value(rnd.nextBoolean() ? 1e300 : -1e300, true);
                }
                return new Value(r == 0 ? d + 0.5 : Math.nextUp(d), true);
            }
            case DATE -> {
                LocalDate d = (LocalDate) v;
                if (r == 1) {
                    return new Value(rnd.nextBoolean() ? LocalDate.of(1900, 1, 1) : LocalDate.of(2100, 12, 31), true);
                }
                Set<Object> held = c.asSet();
                while (held.contains(d)) {
                    d = d.plusDays(1);
                }
                return new Value(d, true);
            }
            case VARCHAR -> {
                String s = (String) v;
                return new Value(switch (r) {
                    case 0 -> s.toLowerCase(Locale.ROOT);
                    case 1 -> s.substring(0, s.length() - 1);
                    default -> rnd.nextBoolean() ? "NO_SUCH_VALUE" : s + " ";
                }, true);
            }
            default -> {
                return new Value(v, true);
            }
        }
    }

    /**
     * A value far outside every column's data, as an INTEGER literal. Not one of BIGINT size: with today's
     * 19-digit DECIMAL limit, Calcite types a list holding a BIGINT literal and a fraction as DECIMAL(19,0) and
     * rounds the fraction (a known engine bug, see PushdownEdgeCasesDifferentialTest), and rejects a BIGINT
     * literal compared with a DECIMAL(p,4) column.
     */
    private long far() {
        return rnd.nextBoolean() ? 2_000_000_000L : -2_000_000_000L;
    }

    private void noteLeaf(ColumnValues c, String op) {
        note(op);
        note(c.type().kind() + " " + op);
        note(c.type().kind().name());
        if (c.column().nullable()) {
            note("nullable " + c.type().kind());
        }
    }

    private void note(String what) {
        notes.accept(what);
    }
}
