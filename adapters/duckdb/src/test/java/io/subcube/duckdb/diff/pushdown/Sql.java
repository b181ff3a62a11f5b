package io.subcube.duckdb.diff.pushdown;

import io.subcube.datasets.schema.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text with literal slots, written either with every literal inline (for DuckDB, and for Subcube's plain
 * statements) or with the bindable ones as {@code ?} and their values listed for a PreparedStatement.
 */
final class Sql {

    /** A literal; {@code bindAs} is the JDBC type it is bound as, or null when it is always written inline. */
    private record Literal(Object value, ColumnType bindAs) {
    }

    private final List<Object> parts;

    private Sql(List<Object> parts) {
        this.parts = Collections.unmodifiableList(parts);
    }

    static Sql text(String text) {
        return new Sql(List.of(text));
    }

    /** A literal that a prepared form binds as a parameter of the column type {@code type}. */
    static Sql value(Object value, ColumnType type) {
        return new Sql(List.of(new Literal(value, type)));
    }

    /**
     * A literal always written inline: one whose type is not the compared column's (a fraction against an
     * INTEGER column), which a parameter typed from that column would convert.
     */
    static Sql inline(Object value) {
        return new Sql(List.of(new Literal(value, null)));
    }

    /** The concatenation of strings and {@link Sql} pieces. */
    static Sql of(Object... pieces) {
        List<Object> parts = new ArrayList<>();
        for (Object p : pieces) {
            if (p instanceof Sql s) {
                parts.addAll(s.parts);
            } else if (p instanceof String t) {
                parts.add(t);
            } else {
                throw new IllegalArgumentException("not SQL: " + p);
            }
        }
        return new Sql(parts);
    }

    static Sql join(String separator, List<Sql> items) {
        List<Object> pieces = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                pieces.add(separator);
            }
            pieces.add(items.get(i));
        }
        return of(pieces.toArray());
    }

    /** Every literal inline. */
    String inline() {
        return render(false);
    }

    /** Bindable literals as {@code ?}, in the order {@link #parameters()} lists their values. */
    String parameterized() {
        return render(true);
    }

    /** The JDBC values of the bindable literals: Integer, Long, BigDecimal, Double, String, Boolean, java.sql.Date. */
    List<Object> parameters() {
        List<Object> values = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Literal l && l.bindAs() != null) {
                values.add(jdbcValue(l));
            }
        }
        return values;
    }

    private String render(boolean parameterized) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Literal l) {
                b.append(parameterized && l.bindAs() != null ? "?" : literal(l.value()));
            } else {
                b.append(p);
            }
        }
        return b.toString();
    }

    /** The value as a SQL literal both engines read with the same meaning. */
    static String literal(Object v) {
        if (v == null) {
            return "NULL";
        } else if (v instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        } else if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        } else if (v instanceof LocalDate d) {
            return "DATE '" + d + "'";
        } else if (v instanceof Double d) {
            // an approximate literal, so that both engines read the exact double (not a DECIMAL then converted)
            String s = Double.toString(d);
            return s.contains("E") ? s : s + "E0";
        } else if (v instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        throw new IllegalArgumentException("no literal for " + v.getClass().getSimpleName() + " " + v);
    }

    private static Object jdbcValue(Literal l) {
        Object v = l.value();
        if (v == null) {
            return null;
        }
        return switch (l.bindAs().kind()) {
            case INTEGER -> Math.toIntExact(((Number) v).longValue());
            case BIGINT -> ((Number) v).longValue();
            case DATE -> java.sql.Date.valueOf((LocalDate) v);
            default -> v;
        };
    }

    @Override
    public String toString() {
        return inline();
    }
}
