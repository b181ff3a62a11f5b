package io.subcube.engine.load.kpi;

import io.subcube.engine.storage.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The region hierarchy (DOMAIN.md §B2.4) as arrays indexed by region, ordered by level (grids first) and id. */
final class Regions {

    static final int GRID = 0;
    static final int COUNTY = 1;
    static final int CITY = 2;
    static final int PROVINCE = 3;
    static final List<String> LEVELS = List.of("GRID", "COUNTY", "CITY", "PROVINCE");
    private static final int MAX_ID = 100_000_000;

    final int size;
    final int[] id;
    final int[] level;
    /** Parent region index, −1 for the province. */
    final int[] parent;
    final int[][] children;
    /** city_id of the region, −1 when NULL (the province). */
    final int[] cityId;
    final String[] name;
    private final int[] indexById;
    private final int[][] atLevel = new int[LEVELS.size()][];

    private Regions(TableReader t) {
        size = t.rows();
        long[][] rows = new long[size][];
        String[][] text = new String[size][];
        for (int r = 0; r < size; r++) {
            String lvl = t.string("region_level", r);
            rows[r] = new long[] {level(lvl, "region.region_level"), t.number("region_id", r, -1),
                t.number("parent_id", r, -1), t.number("city_id", r, -1), r};
            text[r] = new String[] {t.string("region_name", r)};
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> rows[a][0] != rows[b][0] ? Long.compare(rows[a][0], rows[b][0])
                : Long.compare(rows[a][1], rows[b][1]));
        id = new int[size];
        level = new int[size];
        parent = new int[size];
        cityId = new int[size];
        name = new String[size];
        int maxId = 0;
        for (int i = 0; i < size; i++) {
            long[] row = rows[order[i]];
            if (row[1] < 0 || row[1] >= MAX_ID) {
                throw new IllegalArgumentException("region: region_id " + row[1] + " outside [0, " + MAX_ID + ")");
            }
            level[i] = (int) row[0];
            id[i] = (int) row[1];
            cityId[i] = (int) row[3];
            name[i] = text[order[i]][0];
            maxId = Math.max(maxId, id[i]);
        }
        indexById = new int[maxId + 1];
        Arrays.fill(indexById, -1);
        for (int i = 0; i < size; i++) {
            if (indexById[id[i]] >= 0) {
                throw new IllegalArgumentException("region: region_id " + id[i] + " twice");
            }
            indexById[id[i]] = i;
        }
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            long p = rows[order[i]][2];
            parent[i] = p < 0 ? -1 : indexOf((int) p);
            if (p >= 0 && (parent[i] < 0 || level[parent[i]] != level[i] + 1)) {
                throw new IllegalArgumentException("region " + id[i] + ": parent " + p
                        + " is not a region one level up");
            }
            if (p < 0 && level[i] != PROVINCE) {
                throw new IllegalArgumentException("region " + id[i] + " (" + LEVELS.get(level[i]) + ") has no parent");
            }
            if (parent[i] >= 0) {
                kids.get(parent[i]).add(i);
            }
        }
        children = new int[size][];
        for (int i = 0; i < size; i++) {
            children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        for (int l = 0; l < LEVELS.size(); l++) {
            final int lv = l;
            atLevel[l] = java.util.stream.IntStream.range(0, size).filter(i -> level[i] == lv).toArray();
        }
    }

    static Regions of(Table region) {
        return new Regions(new TableReader(region));
    }

    /** Index of a level name; an error naming {@code what} otherwise. */
    static int level(String name, String what) {
        int l = LEVELS.indexOf(name);
        if (l < 0) {
            throw new IllegalArgumentException(what + ": unknown level '" + name + "'; expected one of " + LEVELS);
        }
        return l;
    }

    /** The region's index, or −1. */
    int indexOf(int regionId) {
        return regionId >= 0 && regionId < indexById.length ? indexById[regionId] : -1;
    }

    /** Indexes of the regions of a level, by id. */
    int[] atLevel(int level) {
        return atLevel[level];
    }
}
