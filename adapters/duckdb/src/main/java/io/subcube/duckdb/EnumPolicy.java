package io.subcube.duckdb;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Chooses the VARCHAR columns that a {@link DuckDbPeer} declares as DuckDB ENUM types, the way the
 * benchmarks compare against DuckDB at its best on low-cardinality dimensions.
 */
public abstract class EnumPolicy {

    private EnumPolicy() {
    }

    /** Every column stays VARCHAR (the default, and what differential tests use). */
    public static EnumPolicy none() {
        return new EnumPolicy() {
            @Override
            boolean chooses(String table, String column, LongSupplier distinctValues) {
                return false;
            }

            @Override
            public String toString() {
                return "none";
            }
        };
    }

    /** Exactly the listed columns, each written {@code table.column}. */
    public static EnumPolicy columns(Collection<String> qualifiedColumns) {
        Set<String> chosen = Set.copyOf(qualifiedColumns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        return new EnumPolicy() {
            @Override
            boolean chooses(String table, String column, LongSupplier distinctValues) {
                return chosen.contains(table + "." + column);
            }

            @Override
            public String toString() {
                return "columns " + chosen;
            }
        };
    }

    /** Every VARCHAR column of a generated table with at most {@code maxDistinct} distinct values. */
    public static EnumPolicy lowCardinality(int maxDistinct) {
        if (maxDistinct < 1) {
            throw new IllegalArgumentException("maxDistinct must be >= 1: " + maxDistinct);
        }
        return new EnumPolicy() {
            @Override
            boolean chooses(String table, String column, LongSupplier distinctValues) {
                return distinctValues.getAsLong() <= maxDistinct;
            }

            @Override
            public String toString() {
                return "at most " + maxDistinct + " distinct values";
            }
        };
    }

    /**
     * Whether the column becomes an ENUM; {@code distinctValues} counts its distinct non-NULL values
     * in the loaded table and is called only by policies that need it (counting scans the column).
     */
    abstract boolean chooses(String table, String column, LongSupplier distinctValues);
}
