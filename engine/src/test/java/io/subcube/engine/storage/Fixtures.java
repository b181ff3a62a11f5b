package io.subcube.engine.storage;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds small stores from rows written as Java values, for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Appends rows (one value per stored column: Number, BigDecimal, String, LocalDate, Boolean or null)
     * as one partition of the table.
     */
    public static void add(StoreBuilder builder, TableDef table, int monthId, List<Object[]> rows) {
        List<ColumnDef> cols = table.storedColumns();
        ColumnBatch b = new ColumnBatch(table, Math.max(1, rows.size()));
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            if (row.length != cols.size()) {
                throw new IllegalArgumentException(table + " row of " + row.length + " values, table has "
                        + cols.size() + " stored columns");
            }
            for (int c = 0; c < cols.size(); c++) {
                set(b, c, r, cols.get(c), row[c]);
            }
        }
        b.setSize(rows.size());
        try {
            DatasetSink.PartitionSink sink = builder.openPartition(table, monthId);
            sink.append(b);
            sink.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void set(ColumnBatch b, int c, int r, ColumnDef col, Object v) {
        if (v == null) {
            b.setNull(c, r);
            return;
        }
        switch (col.type().kind()) {
            case VARCHAR -> b.strings(c)[r] = (String) v;
            case DOUBLE -> b.doubles(c)[r] = ((Number) v).doubleValue();
            case DECIMAL -> b.longs(c)[r] = ((BigDecimal) v).setScale(col.type().scale()).unscaledValue().longValueExact();
            case DATE -> b.longs(c)[r] = ((LocalDate) v).toEpochDay();
            case BOOLEAN -> b.longs(c)[r] = ((Boolean) v) ? 1 : 0;
            default -> b.longs(c)[r] = ((Number) v).longValue();
        }
    }
}
