package io.subcube.engine.exec;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import java.util.List;

/**
 * Runs a {@link QuerySpec}'s filter and projection over a table, partition by partition and a vector of
 * rows at a time, and hands out the passing rows. The filter goes through {@link PassingRows}: partitions
 * the indexes rule out are skipped, and so are vectors without a candidate row. Only the projected
 * columns are decoded, and only for the rows that passed, by {@link ValueReader}s.
 */
public final class RowCursor {

    private final Table table;
    private final QuerySpec spec;
    private final int width;
    private final Object[][] rows = new Object[Vectors.SIZE][];
    private int partitionIndex = -1;
    private PassingRows passing;
    private ValueReader[] readers;
    private int buffered;
    private int served;
    private Object[] current;

    public RowCursor(Table table, QuerySpec spec) {
        this.table = table;
        this.spec = spec;
        this.width = spec.columnCount();
    }

    /** Moves to the next passing row; false when there is none. */
    public boolean next() {
        while (served == buffered) {
            if (!fill()) {
                current = null;
                return false;
            }
        }
        current = rows[served];
        rows[served++] = null;
        return true;
    }

    /** The current row, one value per projected column. */
    public Object[] current() {
        return current;
    }

    private boolean fill() {
        while (passing == null || !passing.next()) {
            if (++partitionIndex >= table.partitions().size()) {
                return false;
            }
            open(table.partitions().get(partitionIndex));
        }
        int from = passing.start();
        int k = passing.count();
        int[] positions = passing.positions();
        for (int i = 0; i < k; i++) {
            rows[i] = new Object[width];
        }
        if (k > 0) {
            for (int c = 0; c < width; c++) {
                readers[c].read(from, positions, k, rows, c);
            }
        }
        buffered = k;
        served = 0;
        return true;
    }

    private void open(Partition p) {
        passing = new PassingRows(PartitionPruning.mayPass(spec.filter(), p) ? spec.filter() : Filter.FALSE, p, 0,
                p.rows());
        List<ColumnDef> defs = table.columns();
        readers = new ValueReader[width];
        for (int c = 0; c < width; c++) {
            int col = spec.column(c);
            readers[c] = ValueReader.of(defs.get(col), p.column(col));
        }
    }
}
