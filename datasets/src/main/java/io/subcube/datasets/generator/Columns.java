package io.subcube.datasets.generator;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import java.util.List;

/** Positions of columns among a table's stored columns, the layout of the batches the generator fills. */
final class Columns {

    private Columns() {
    }

    /** Position of {@code name} among the stored columns of {@code table}; throws when it is not stored. */
    static int stored(TableDef table, String name) {
        List<ColumnDef> cols = table.storedColumns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(table.name() + " stores no column " + name);
    }
}
