package io.subcube.engine.sql;

import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.impl.AbstractSchema;

/** Schema {@code subcube}: every table of a {@link Store}. */
public final class StoreSchema extends AbstractSchema {

    private final Map<String, org.apache.calcite.schema.Table> tables = new LinkedHashMap<>();

    public StoreSchema(Store store) {
        for (Table t : store.tables().values()) {
            tables.put(t.name(), new SubcubeTable(t));
        }
    }

    @Override
    protected Map<String, org.apache.calcite.schema.Table> getTableMap() {
        return tables;
    }
}
