package io.subcube.engine.exec.kpi;

/** One {@code region} row (DOMAIN.md §B2.4): what the drill-down needs of it. */
public record RegionNode(int id, String name, String level, Integer parentId, Integer cityId) {
}
