package io.subcube.engine.sql;

import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.ColumnType;
import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import io.subcube.engine.storage.index.ParentKeys;
import io.subcube.functions.ScoringParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * Schema {@code sys}: what the store holds and what it costs — {@code sys.tables}, {@code sys.columns}
 * (rows and heap bytes per column, with the physical encoding), {@code sys.partitions}, and the scoring
 * parameters the derived columns were computed with, {@code sys.parameters}.
 *
 * <p>Index bytes: {@code sys.columns.bytes} is the column's values alone, its {@code index_bytes} the
 * index over them (0 when none) and {@code index_kind} the newest partition's index (e.g.
 * {@code values(4)}, {@code range(4 slices)}; {@code parent(city_id, 112 keys)} for a column whose values
 * each determine one value of an indexed column, which then narrows its predicates; empty when none). {@code sys.tables.bytes} and
 * {@code sys.partitions.bytes} count everything, indexes included; {@code sys.tables.index_bytes} says how
 * much of it is indexes.
 */
public final class SysSchema extends AbstractSchema {

    private final Map<String, org.apache.calcite.schema.Table> tables = new LinkedHashMap<>();

    public SysSchema(Store store) {
        tables.put("tables", new MetaTable(List.of(
                col("table_name", ColumnType.VARCHAR), col("partitions", ColumnType.INTEGER),
                col("row_count", ColumnType.BIGINT), col("bytes", ColumnType.BIGINT),
                col("bytes_per_row", ColumnType.DOUBLE), col("index_bytes", ColumnType.BIGINT)),
                () -> tableRows(store)));
        tables.put("columns", new MetaTable(List.of(
                col("table_name", ColumnType.VARCHAR), col("column_name", ColumnType.VARCHAR),
                col("ordinal_position", ColumnType.INTEGER), col("data_type", ColumnType.VARCHAR),
                col("nullable", ColumnType.BOOLEAN), col("source", ColumnType.VARCHAR),
                col("encoding", ColumnType.VARCHAR), col("row_count", ColumnType.BIGINT),
                col("bytes", ColumnType.BIGINT), col("index_kind", ColumnType.VARCHAR),
                col("index_bytes", ColumnType.BIGINT)), () -> columnRows(store)));
        tables.put("partitions", new MetaTable(List.of(
                col("table_name", ColumnType.VARCHAR), col("month_id", ColumnType.INTEGER),
                col("row_count", ColumnType.BIGINT), col("bytes", ColumnType.BIGINT)),
                () -> partitionRows(store)));
        tables.put("parameters", new MetaTable(List.of(
                col("name", ColumnType.VARCHAR), col("setting", ColumnType.VARCHAR),
                col("section", ColumnType.VARCHAR), col("description", ColumnType.VARCHAR)),
                () -> parameterRows(store)));
    }

    @Override
    protected Map<String, org.apache.calcite.schema.Table> getTableMap() {
        return tables;
    }

    private static ColumnDef col(String name, ColumnType type) {
        return new ColumnDef(name, type, false, ColumnDef.Source.DERIVED, name);
    }

    private static List<Object[]> tableRows(Store store) {
        List<Object[]> rows = new ArrayList<>();
        for (Table t : store.tables().values()) {
            long bytes = t.bytes();
            rows.add(new Object[] {t.name(), t.partitions().size(), t.rows(), bytes,
                t.rows() == 0 ? 0.0 : (double) bytes / t.rows(), t.indexBytes()});
        }
        return rows;
    }

    /** What indexes column {@code i} of a partition: its own index, or the parent column it determines. */
    private static String indexKind(Table t, Partition p, int i) {
        if (p.index(i) != null) {
            return p.index(i).describe();
        }
        ParentKeys parents = p.parentKeys(i);
        return parents == null ? "" : "parent(" + t.columns().get(parents.parentColumn()).name() + ", "
                + parents.size() + " keys)";
    }

    private static List<Object[]> columnRows(Store store) {
        List<Object[]> rows = new ArrayList<>();
        for (Table t : store.tables().values()) {
            List<Partition> parts = t.partitions();
            for (int i = 0; i < t.columns().size(); i++) {
                ColumnDef c = t.columns().get(i);
                Partition newest = parts.isEmpty() ? null : parts.get(parts.size() - 1);
                String encoding = newest == null ? "" : newest.column(i).encoding();
                String index = newest == null ? "" : indexKind(t, newest, i);
                rows.add(new Object[] {t.name(), c.name(), i + 1, c.type().sqlName(), c.nullable(),
                    c.source().name(), encoding, t.rows(), t.columnBytes(i), index, t.indexBytes(i)});
            }
        }
        return rows;
    }

    private static List<Object[]> parameterRows(Store store) {
        List<Object[]> rows = new ArrayList<>();
        for (ScoringParameters.Entry e : store.parameters().entries()) {
            rows.add(new Object[] {e.key(), e.value(), e.section(), e.description()});
        }
        return rows;
    }

    private static List<Object[]> partitionRows(Store store) {
        List<Object[]> rows = new ArrayList<>();
        for (Table t : store.tables().values()) {
            for (Partition p : t.partitions()) {
                rows.add(new Object[] {t.name(), p.monthId(), (long) p.rows(), p.bytes()});
            }
        }
        return rows;
    }

    /** A small table computed from the store when scanned. */
    private static final class MetaTable extends AbstractTable implements ScannableTable {
        private final List<ColumnDef> columns;
        private final Supplier<List<Object[]>> rows;

        MetaTable(List<ColumnDef> columns, Supplier<List<Object[]>> rows) {
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory typeFactory) {
            return SqlTypes.rowType(typeFactory, columns);
        }

        @Override
        public Enumerable<Object[]> scan(DataContext root) {
            return Linq4j.asEnumerable(rows.get());
        }
    }
}
