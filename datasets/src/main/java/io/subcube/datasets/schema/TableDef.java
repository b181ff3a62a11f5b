package io.subcube.datasets.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the §B2 schema: its columns in order, its key, and whether it is partitioned by month.
 * Monthly tables are stored and written one partition per {@code month_id}; the others are a single
 * partition.
 */
public final class TableDef {

    private final String name;
    private final String doc;
    private final boolean monthly;
    private final Origin origin;
    private final List<ColumnDef> columns;
    private final List<String> key;
    private final Map<String, Integer> index = new HashMap<>();

    /** Whether rows are generated and carried by files, or computed at load from other tables. */
    public enum Origin {
        /** Produced by the generator, written to and read from files. */
        GENERATED,
        /** Computed at load from other tables (DOMAIN.md §B2.16); never read from files. */
        DERIVED
    }

    TableDef(String name, String doc, boolean monthly, Origin origin, List<ColumnDef> columns, List<String> key) {
        this.name = name;
        this.origin = origin;
        this.doc = doc;
        this.monthly = monthly;
        this.columns = List.copyOf(columns);
        this.key = List.copyOf(key);
        for (int i = 0; i < columns.size(); i++) {
            if (index.put(columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException(name + ": duplicate column " + columns.get(i).name());
            }
        }
        for (String k : key) {
            indexOf(k);
        }
        if (monthly) {
            indexOf("month_id");
        }
    }

    public String name() {
        return name;
    }

    public String doc() {
        return doc;
    }

    /** Partitioned by its {@code month_id} column. */
    public boolean monthly() {
        return monthly;
    }

    /** All columns, derived ones included. */
    public List<ColumnDef> columns() {
        return columns;
    }

    /** The columns that files and the generator carry (raw and copied, not derived), in table order.
     * Empty for a {@link Origin#DERIVED} table. */
    public List<ColumnDef> storedColumns() {
        List<ColumnDef> out = new ArrayList<>();
        if (origin == Origin.DERIVED) {
            return List.of();
        }
        for (ColumnDef c : columns) {
            if (c.source() != ColumnDef.Source.DERIVED) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    public Origin origin() {
        return origin;
    }

    public List<String> key() {
        return key;
    }

    public ColumnDef column(String columnName) {
        return columns.get(indexOf(columnName));
    }

    /** Position of a column; throws naming the table and column when there is none. */
    public int indexOf(String columnName) {
        Integer i = index.get(columnName);
        if (i == null) {
            throw new IllegalArgumentException("table " + name + " has no column " + columnName);
        }
        return i;
    }

    public boolean hasColumn(String columnName) {
        return index.containsKey(columnName);
    }

    @Override
    public String toString() {
        return name;
    }
}
