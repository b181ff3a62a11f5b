package io.subcube.datasets.schema;

/**
 * One column of a §B2 table.
 *
 * @param name     lower-case SQL name
 * @param type     SQL type
 * @param nullable whether NULL may occur
 * @param source   where the value comes from (DOMAIN.md §B2 "src")
 * @param doc      one-line meaning, for the schema document
 */
public record ColumnDef(String name, ColumnType type, boolean nullable, Source source, String doc) {

    /** Where a column's values come from. */
    public enum Source {
        /** Loaded from files or generated. */
        RAW,
        /** Copied from a dimension table; checked against it at load. */
        COPY,
        /** Derived at load time by a §B3 function (DOMAIN.md §B2.16). */
        DERIVED
    }

    public ColumnDef {
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("column names are lower case: " + name);
        }
    }
}
