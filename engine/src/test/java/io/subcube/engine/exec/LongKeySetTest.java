package io.subcube.engine.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Membership in both forms of the set, dense keys (a bitset) and keys spread wide (binary search). */
class LongKeySetTest {

    @Test
    void membershipAgreesWithATreeSetInBothForms() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (long spread : new long[] {3, 1L << 24, Long.MAX_VALUE / 4}) {
            TreeSet<Long> reference = new TreeSet<>();
            for (int i = 0; i < 5_000; i++) {
                reference.add(rnd.nextLong(-spread, spread));
            }
            long[] keys = reference.stream().mapToLong(Long::longValue).toArray();
            LongKeySet set = LongKeySet.ofSorted(keys);
            assertEquals(keys.length, set.size());
            assertEquals(keys[0], set.min());
            assertEquals(keys[keys.length - 1], set.max());
            assertArrayEquals(keys, set.keys());
            for (long k : keys) {
                assertTrue(set.contains(k), k + " in the set");
            }
            for (int i = 0; i < 20_000; i++) {
                long x = rnd.nextLong(-2 * spread, 2 * spread);
                assertEquals(reference.contains(x), set.contains(x), "spread " + spread + ", " + x);
            }
        }
    }

    @Test
    void theEmptySetHoldsNothing() {
        LongKeySet empty = LongKeySet.ofSorted(new long[0]);
        assertFalse(empty.contains(0));
        assertFalse(empty.contains(1));
        assertTrue(empty.min() > empty.max());
    }

    @Test
    void keysMustBeSortedAndDistinct() {
        assertThrows(IllegalArgumentException.class, () -> LongKeySet.ofSorted(new long[] {1, 3, 2}));
        assertThrows(IllegalArgumentException.class, () -> LongKeySet.ofSorted(new long[] {1, 1}));
    }
}
