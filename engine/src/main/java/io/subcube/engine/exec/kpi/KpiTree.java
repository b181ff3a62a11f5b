package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The KPI logic tree of {@code kpi_tree} (DOMAIN.md §B5.2): nodes by code and each node's children. */
public final class KpiTree {

    private final Map<String, KpiNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<KpiNode>> children = new LinkedHashMap<>();

    KpiTree(List<KpiNode> rows) {
        for (KpiNode n : rows) {
            nodes.put(n.code(), n);
        }
        for (KpiNode n : rows) {
            if (n.parentCode() != null) {
                children.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
            }
        }
        // a fixed order, so equal contributions list the same way every time
        for (List<KpiNode> kids : children.values()) {
            kids.sort(Comparator.comparing(KpiNode::code));
        }
    }

    static KpiTree read(Table table) {
        List<KpiNode> rows = new ArrayList<>();
        for (Partition p : table.partitions()) {
            TableReader r = new TableReader(table, p);
            String[] code = r.strings("kpi_code");
            String[] parent = r.strings("parent_code");
            String[] kind = r.strings("formula_kind");
            Integer[] sign = r.ints("sign");
            BigDecimal[] weight = r.decimals("weight");
            String[] direction = r.strings("direction");
            String[] rollup = r.strings("rollup");
            String[] cause = r.strings("root_cause");
            String[] minLevel = r.strings("min_level");
            for (int i = 0; i < r.rows(); i++) {
                rows.add(new KpiNode(code[i], parent[i], kind[i], sign[i], weight[i].doubleValue(), direction[i],
                        rollup[i], cause[i], minLevel[i]));
            }
        }
        return new KpiTree(rows);
    }

    /** The node, or {@code null}. */
    public KpiNode node(String code) {
        return nodes.get(code);
    }

    /** The children in kpi_code order; empty for a leaf. */
    public List<KpiNode> children(String code) {
        return children.getOrDefault(code, List.of());
    }
}
