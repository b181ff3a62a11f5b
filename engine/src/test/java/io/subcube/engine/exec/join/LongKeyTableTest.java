package io.subcube.engine.exec.join;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongKeyTableTest {

    private static List<Integer> rowsOf(LongKeyTable table, long key) {
        List<Integer> rows = new ArrayList<>();
        for (int r = table.find(key); r >= 0; r = table.nextOf(r)) {
            rows.add(r);
        }
        return rows;
    }

    @Test
    void findsEveryRowOfAKeyInBuildOrder() {
        long[] keys = {7, -3, 7, Long.MAX_VALUE, 0, 7, Long.MIN_VALUE, -3};
        LongKeyTable table = new LongKeyTable(keys, keys.length);
        assertEquals(List.of(0, 2, 5), rowsOf(table, 7));
        assertEquals(List.of(1, 7), rowsOf(table, -3));
        assertEquals(List.of(3), rowsOf(table, Long.MAX_VALUE));
        assertEquals(List.of(6), rowsOf(table, Long.MIN_VALUE));
        assertEquals(List.of(4), rowsOf(table, 0));
        assertEquals(List.of(), rowsOf(table, 8));
    }

    @Test
    void onlyTheFirstNKeysAreBuilt() {
        LongKeyTable table = new LongKeyTable(new long[] {1, 2, 3, 4}, 2);
        assertEquals(List.of(1), rowsOf(table, 2));
        assertEquals(List.of(), rowsOf(table, 3));
        assertEquals(List.of(), rowsOf(new LongKeyTable(new long[0], 0), 0));
    }

    @Test
    void agreesWithAScanOnRandomKeys() {
        Random random = new Random(42);
        long[] keys = new long[5_000];
        for (int i = 0; i < keys.length; i++) {
            // Clustered ids with collisions, as subscriber ids of a city are.
            keys[i] = 1_000_000L + random.nextInt(3_000) * 64L;
        }
        LongKeyTable table = new LongKeyTable(keys, keys.length);
        for (int probe = 0; probe < 2_000; probe++) {
            long key = 1_000_000L + random.nextInt(3_500) * 64L;
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    expected.add(i);
                }
            }
            assertEquals(expected, rowsOf(table, key), "key " + key);
        }
    }
}
