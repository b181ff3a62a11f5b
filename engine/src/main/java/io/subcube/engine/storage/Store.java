package io.subcube.engine.storage;

import io.subcube.functions.ScoringParameters;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable set of loaded tables, shared by every connection that opened the same data. A store is
 * complete when it is published: a failed load never yields a half-filled store.
 */
public final class Store {

    private final String description;
    private final ScoringParameters parameters;
    private final Map<String, Table> tables;

    public Store(String description, ScoringParameters parameters, Collection<Table> tables) {
        this.description = description;
        this.parameters = parameters;
        Map<String, Table> m = new LinkedHashMap<>();
        for (Table t : tables) {
            m.put(t.name(), t);
        }
        this.tables = Collections.unmodifiableMap(m);
    }

    /** Where the data came from, e.g. "default dataset (100000 subscribers x 10 months)". */
    public String description() {
        return description;
    }

    /** The scoring parameters the derived columns were computed with (DOMAIN.md [P], G5). */
    public ScoringParameters parameters() {
        return parameters;
    }

    public Map<String, Table> tables() {
        return tables;
    }

    /** The table, or {@code null}. */
    public Table table(String name) {
        return tables.get(name);
    }

    public long bytes() {
        long b = 0;
        for (Table t : tables.values()) {
            b += t.bytes();
        }
        return b;
    }
}
