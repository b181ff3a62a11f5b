package io.subcube.datasets.schema;

import java.util.Objects;

/** SQL type of a column: its kind plus precision and scale for DECIMAL. */
public final class ColumnType {

    /** The kinds of value a Subcube column holds and how each travels in a {@code ColumnBatch}. */
    public enum Kind {
        /** 32-bit integer, carried as {@code long}. */
        INTEGER,
        /** 64-bit integer, carried as {@code long}. */
        BIGINT,
        /** IEEE double, carried as {@code double}. */
        DOUBLE,
        /** Exact decimal, carried as an unscaled {@code long} at the column's scale. */
        DECIMAL,
        /** Character string, carried as {@code String}. */
        VARCHAR,
        /** Calendar date, carried as days since 1970-01-01 in a {@code long}. */
        DATE,
        /** Boolean, carried as 0 or 1 in a {@code long}. */
        BOOLEAN
    }

    public static final ColumnType INTEGER = new ColumnType(Kind.INTEGER, 0, 0);
    public static final ColumnType BIGINT = new ColumnType(Kind.BIGINT, 0, 0);
    public static final ColumnType DOUBLE = new ColumnType(Kind.DOUBLE, 0, 0);
    public static final ColumnType VARCHAR = new ColumnType(Kind.VARCHAR, 0, 0);
    public static final ColumnType DATE = new ColumnType(Kind.DATE, 0, 0);
    public static final ColumnType BOOLEAN = new ColumnType(Kind.BOOLEAN, 0, 0);
    /** Money per row. */
    public static final ColumnType MONEY = decimal(12, 2);
    /** Money aggregates. */
    public static final ColumnType MONEY_TOTAL = decimal(18, 2);
    /** Scores in [0, 100]. */
    public static final ColumnType SCORE = decimal(5, 2);
    /** Shares in [0, 1]. */
    public static final ColumnType SHARE = decimal(5, 4);

    private final Kind kind;
    private final int precision;
    private final int scale;

    private ColumnType(Kind kind, int precision, int scale) {
        this.kind = kind;
        this.precision = precision;
        this.scale = scale;
    }

    /** DECIMAL(precision, scale); precision at most 18 so unscaled values fit a {@code long}. */
    public static ColumnType decimal(int precision, int scale) {
        if (precision < 1 || precision > 18 || scale < 0 || scale > precision) {
            throw new IllegalArgumentException("unsupported DECIMAL(" + precision + "," + scale + ")");
        }
        return new ColumnType(Kind.DECIMAL, precision, scale);
    }

    public Kind kind() {
        return kind;
    }

    public int precision() {
        return precision;
    }

    public int scale() {
        return scale;
    }

    /** True when values travel as {@code long} (everything but DOUBLE and VARCHAR). */
    public boolean isLongBacked() {
        return kind != Kind.DOUBLE && kind != Kind.VARCHAR;
    }

    /** The type as SQL spells it, e.g. {@code DECIMAL(12,2)}. */
    public String sqlName() {
        return kind == Kind.DECIMAL ? "DECIMAL(" + precision + "," + scale + ")" : kind.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnType t && t.kind == kind && t.precision == precision && t.scale == scale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, precision, scale);
    }

    @Override
    public String toString() {
        return sqlName();
    }
}
