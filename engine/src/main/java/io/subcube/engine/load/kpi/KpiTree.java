package io.subcube.engine.load.kpi;

import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The kpi_tree rows (DOMAIN.md §B2.12, §B5.2) as arrays indexed by KPI, with parent and children links. */
final class KpiTree {

    final int size;
    final String[] code;
    final int[] parent;
    final int[][] children;
    final String[] nameZh;
    final String[] nameEn;
    final String[] formula;
    final int[] sign;
    /** Weight at scale 4. */
    final long[] weight;
    final String[] unit;
    final String[] rollup;
    final String[] rootCause;
    final String[] source;
    /** {@link Regions#GRID} or {@link Regions#CITY}. */
    final int[] minLevel;
    private final Map<String, Integer> index = new HashMap<>();

    private KpiTree(TableReader t) {
        size = t.rows();
        code = new String[size];
        parent = new int[size];
        children = new int[size][];
        nameZh = new String[size];
        nameEn = new String[size];
        formula = new String[size];
        sign = new int[size];
        weight = new long[size];
        unit = new String[size];
        rollup = new String[size];
        rootCause = new String[size];
        source = new String[size];
        minLevel = new int[size];
        for (int k = 0; k < size; k++) {
            code[k] = t.string("kpi_code", k);
            if (index.put(code[k], k) != null) {
                throw new IllegalArgumentException("kpi_tree: kpi_code " + code[k] + " twice");
            }
            nameZh[k] = t.string("kpi_name_zh", k);
            nameEn[k] = t.string("kpi_name_en", k);
            formula[k] = t.string("formula_kind", k);
            sign[k] = (int) t.number("sign", k, 1);
            weight[k] = t.number("weight", k, Dec4.ONE);
            unit[k] = t.string("unit", k);
            rollup[k] = t.string("rollup", k);
            rootCause[k] = t.string("root_cause", k);
            source[k] = t.string("source", k);
            String level = t.string("min_level", k);
            minLevel[k] = Regions.level(level, "kpi_tree.min_level of " + code[k]);
            if (!List.of("SUM", "RATIO", "NONE").contains(rollup[k])) {
                throw new IllegalArgumentException("kpi_tree: rollup of " + code[k] + " is " + rollup[k]
                        + "; expected SUM, RATIO or NONE");
            }
        }
        List<List<Integer>> kids = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            kids.add(new ArrayList<>());
        }
        for (int k = 0; k < size; k++) {
            String p = t.string("parent_code", k);
            parent[k] = p == null ? -1 : indexOf(p);
            if (p != null && parent[k] < 0) {
                throw new IllegalArgumentException("kpi_tree: parent " + p + " of " + code[k] + " is not a KPI");
            }
            if (parent[k] >= 0) {
                kids.get(parent[k]).add(k);
            }
        }
        for (int k = 0; k < size; k++) {
            children[k] = kids.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        postOrder();
    }

    static KpiTree of(Table kpiTree) {
        return new KpiTree(new TableReader(kpiTree));
    }

    /** The KPI's index, or −1. */
    int indexOf(String kpiCode) {
        Integer k = index.get(kpiCode);
        return k == null ? -1 : k;
    }

    /** The KPI's index; an error naming it when kpi_tree lacks it. */
    int require(String kpiCode) {
        int k = indexOf(kpiCode);
        if (k < 0) {
            throw new IllegalArgumentException("kpi_tree has no KPI " + kpiCode);
        }
        return k;
    }

    /** True when the KPI's value is the sum or product of its children (formula_kind SUM or PRODUCT). */
    boolean arithmetic(int k) {
        return children[k].length > 0 && (formula[k].equals("SUM") || formula[k].equals("PRODUCT"));
    }

    /** The KPI itself or its highest ancestor reached through SUM and PRODUCT parents only. */
    int arithmeticRoot(int k) {
        while (parent[k] >= 0 && arithmetic(parent[k])) {
            k = parent[k];
        }
        return k;
    }

    /** Every KPI, children before their parents. */
    int[] postOrder() {
        int[] out = new int[size];
        int[] n = {0};
        for (int k = 0; k < size; k++) {
            if (parent[k] < 0) {
                visit(k, out, n);
            }
        }
        if (n[0] != size) {
            throw new IllegalArgumentException("kpi_tree has a cycle");
        }
        return out;
    }

    private void visit(int k, int[] out, int[] n) {
        for (int c : children[k]) {
            visit(c, out, n);
        }
        out[n[0]++] = k;
    }

    /** Tree order: each root followed by its descendants depth first, as kpi_tree lists them. */
    int[] preOrder() {
        int[] out = new int[size];
        int n = 0;
        List<Integer> stack = new ArrayList<>();
        for (int k = size - 1; k >= 0; k--) {
            if (parent[k] < 0) {
                stack.add(k);
            }
        }
        while (!stack.isEmpty()) {
            int k = stack.remove(stack.size() - 1);
            out[n++] = k;
            for (int c = children[k].length - 1; c >= 0; c--) {
                stack.add(children[k][c]);
            }
        }
        return out;
    }
}
