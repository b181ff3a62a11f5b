package io.subcube.datasets.generator;

import io.subcube.datasets.batch.ColumnBatch;
import io.subcube.datasets.batch.DatasetSink;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.TableDef;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a small table given as Java values in stored-column order (Integer/Long, BigDecimal or a
 * decimal string for DECIMAL, Boolean, String, LocalDate, Double, or null), written as one partition.
 * Only for the fixed dimension tables, where convenience beats speed.
 */
final class Rows {

    private final TableDef table;
    private final List<ColumnDef> columns;
    private final List<Object[]> rows = new ArrayList<>();

    Rows(TableDef table) {
        this.table = table;
        this.columns = table.storedColumns();
    }

    Rows add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table.name() + ": " + values.length + " values for "
                    + columns.size() + " columns");
        }
        rows.add(values);
        return this;
    }

    void write(DatasetSink sink, int monthId) throws IOException {
        DatasetSink.PartitionSink partition = sink.openPartition(table, monthId);
        int capacity = Math.max(1, Math.min(4096, rows.size()));
        ColumnBatch batch = new ColumnBatch(table, capacity);
        for (Object[] row : rows) {
            if (batch.isFull()) {
                partition.append(batch);
                batch.clear();
            }
            int r = batch.size();
            for (int c = 0; c < columns.size(); c++) {
                set(batch, c, r, row[c]);
            }
            batch.setSize(r + 1);
        }
        if (batch.size() > 0) {
            partition.append(batch);
        }
        partition.finish();
    }

    private void set(ColumnBatch batch, int c, int r, Object v) {
        ColumnDef def = columns.get(c);
        if (v == null) {
            batch.setNull(c, r);
            return;
        }
        switch (def.type().kind()) {
            case INTEGER, BIGINT -> batch.longs(c)[r] = ((Number) v).longValue();
            case BOOLEAN -> batch.longs(c)[r] = ((Boolean) v) ? 1 : 0;
            case DATE -> batch.longs(c)[r] = ((LocalDate) v).toEpochDay();
            case DECIMAL -> {
                BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
                batch.longs(c)[r] = d.setScale(def.type().scale()).unscaledValue().longValueExact();
            }
            case DOUBLE -> batch.doubles(c)[r] = ((Number) v).doubleValue();
            case VARCHAR -> batch.strings(c)[r] = (String) v;
            default -> throw new IllegalStateException(def.type().toString());
        }
    }
}
