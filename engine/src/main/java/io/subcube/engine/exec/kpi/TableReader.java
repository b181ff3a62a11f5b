package io.subcube.engine.exec.kpi;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.Column;
import io.subcube.engine.storage.LongColumn;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.StringColumn;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;

/**
 * Reads named columns of one partition of a small table into Java arrays, NULL kept as {@code null}. The KPI
 * tables are small (kpi_month is about 40,000 rows a month), so boxed values cost nothing worth a faster path.
 */
final class TableReader {

    private final Table table;
    private final Partition partition;

    TableReader(Table table, Partition partition) {
        this.table = table;
        this.partition = partition;
    }

    int rows() {
        return partition.rows();
    }

    String[] strings(String column) {
        StringColumn c = (StringColumn) column(column);
        String[] out = new String[rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = c.get(r);
        }
        return out;
    }

    Integer[] ints(String column) {
        LongColumn c = (LongColumn) column(column);
        Integer[] out = new Integer[rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = c.isNull(r) ? null : Math.toIntExact(c.get(r));
        }
        return out;
    }

    /** A BOOLEAN column (stored as 0/1). */
    Boolean[] booleans(String column) {
        LongColumn c = (LongColumn) column(column);
        Boolean[] out = new Boolean[rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = c.isNull(r) ? null : c.get(r) != 0;
        }
        return out;
    }

    /** A DECIMAL column: unscaled longs at the column's declared scale. */
    BigDecimal[] decimals(String column) {
        LongColumn c = (LongColumn) column(column);
        int scale = def(column).type().scale();
        BigDecimal[] out = new BigDecimal[rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = c.isNull(r) ? null : BigDecimal.valueOf(c.get(r), scale);
        }
        return out;
    }

    private ColumnDef def(String column) {
        return table.columns().get(position(column));
    }

    private Column column(String column) {
        return partition.column(position(column));
    }

    private int position(String column) {
        int i = table.indexOf(column);
        if (i < 0) {
            throw new IllegalStateException("table " + table.name() + " has no column " + column);
        }
        return i;
    }
}
