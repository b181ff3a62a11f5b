package io.subcube.engine.load.kpi;

import java.util.Arrays;

/**
 * subscriber_id → grid (region index) for one month: a plain array over the id range when the ids are dense
 * (as generated: 1..N, then joiners), else an open-addressing map.
 */
final class SubscriberHomes {

    private final long minId;
    private final int[] dense;
    private final LongIntMap sparse;

    SubscriberHomes(long minId, long maxId, int rows) {
        this.minId = minId;
        long span = maxId - minId + 1;
        if (rows > 0 && span > 0 && span <= 4L * rows + 1024) {
            dense = new int[(int) span];
            Arrays.fill(dense, -1);
            sparse = null;
        } else {
            dense = null;
            sparse = new LongIntMap(rows);
        }
    }

    /** Records a subscriber's grid; false when the subscriber already has one. */
    boolean put(long id, int grid) {
        if (dense == null) {
            return sparse.put(id, grid);
        }
        int i = (int) (id - minId);
        if (dense[i] >= 0) {
            return false;
        }
        dense[i] = grid;
        return true;
    }

    /** The subscriber's grid, or −1. */
    int get(long id) {
        if (dense == null) {
            return sparse.get(id);
        }
        long i = id - minId;
        return i < 0 || i >= dense.length ? -1 : dense[(int) i];
    }
}
