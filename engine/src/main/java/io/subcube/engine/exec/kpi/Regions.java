package io.subcube.engine.exec.kpi;

import io.subcube.engine.storage.Partition;
import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The region hierarchy province → city → county → grid of the {@code region} table. */
public final class Regions {

    /** The levels from coarsest to finest. */
    public static final List<String> LEVELS = List.of("PROVINCE", "CITY", "COUNTY", "GRID");

    private final Map<Integer, RegionNode> nodes = new HashMap<>();
    private final Map<Integer, List<RegionNode>> children = new HashMap<>();

    Regions(List<RegionNode> rows) {
        for (RegionNode n : rows) {
            nodes.put(n.id(), n);
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        for (List<RegionNode> kids : children.values()) {
            kids.sort(Comparator.comparingInt(RegionNode::id));
        }
    }

    static Regions read(Table table) {
        List<RegionNode> rows = new ArrayList<>();
        for (Partition p : table.partitions()) {
            TableReader r = new TableReader(table, p);
            Integer[] id = r.ints("region_id");
            String[] name = r.strings("region_name");
            String[] level = r.strings("region_level");
            Integer[] parent = r.ints("parent_id");
            Integer[] city = r.ints("city_id");
            for (int i = 0; i < r.rows(); i++) {
                rows.add(new RegionNode(id[i], name[i], level[i], parent[i], city[i]));
            }
        }
        return new Regions(rows);
    }

    /** The region, or {@code null}. */
    public RegionNode node(int id) {
        return nodes.get(id);
    }

    /** The children in region_id order; empty for a grid. */
    public List<RegionNode> children(int id) {
        return children.getOrDefault(id, List.of());
    }

    /** 0 for PROVINCE … 3 for GRID; −1 for an unknown level. */
    public static int depth(String level) {
        return LEVELS.indexOf(level);
    }
}
