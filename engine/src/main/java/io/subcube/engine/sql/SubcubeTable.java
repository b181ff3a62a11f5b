package io.subcube.engine.sql;

import io.subcube.engine.exec.QuerySpec;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.util.ImmutableBitSet;

/** A stored table as Calcite sees it: it plans as a {@link SubcubeQuery} that rules push work into. */
public final class SubcubeTable extends AbstractTable implements TranslatableTable {

    private final Table table;

    public SubcubeTable(Table table) {
        this.table = table;
    }

    public Table table() {
        return table;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        return SqlTypes.rowType(typeFactory, table.columns());
    }

    @Override
    public Statistic getStatistic() {
        List<Integer> key = new ArrayList<>();
        for (String k : table.def().key()) {
            int i = table.indexOf(k);
            if (i < 0) {
                return Statistics.of(table.rows(), List.of());
            }
            key.add(i);
        }
        return Statistics.of(table.rows(), List.of(ImmutableBitSet.of(key)));
    }

    /**
     * A plain logical scan, so Calcite's field trimming narrows it with projections and its metadata
     * describes the whole table; {@link SubcubeRules#SCAN} then turns it into a {@link SubcubeQuery}.
     */
    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
        return LogicalTableScan.create(context.getCluster(), relOptTable, context.getTableHints());
    }

    /** The query that reads every column and row of this table. */
    SubcubeQuery scanAll(RelOptCluster cluster, RelOptTable relOptTable) {
        return new SubcubeQuery(cluster, cluster.traitSetOf(Convention.NONE), relOptTable, this,
                QuerySpec.scanAll(table.name(), table.columns().size()), null);
    }
}
