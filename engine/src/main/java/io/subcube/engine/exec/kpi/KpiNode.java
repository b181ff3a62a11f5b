package io.subcube.engine.exec.kpi;

/**
 * One {@code kpi_tree} row (DOMAIN.md §B2.12): how this KPI relates to its children ({@code formulaKind}), how it
 * sits under its parent ({@code sign}, {@code weight}), which way is good ({@code direction}), how region levels
 * aggregate ({@code rollup}) and the finest region level it is kept at ({@code minLevel}).
 */
public record KpiNode(String code, String parentCode, String formulaKind, int sign, double weight, String direction,
                      String rollup, String rootCause, String minLevel) {

    public boolean isLeaf() {
        return "LEAF".equals(formulaKind);
    }

    /** Higher is better (direction UP); DOWN KPIs (churns, a competitor's adds) are better lower. */
    public boolean up() {
        return !"DOWN".equals(direction);
    }
}
