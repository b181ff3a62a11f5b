package io.subcube.benchmarks.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianAndNearestRankP90InMilliseconds() {
        Stats odd = Stats.ofNanos(new long[] {5_000_000, 1_000_000, 3_000_000});
        assertEquals(3.0, odd.median());
        assertEquals(5.0, odd.p90());
        assertEquals(3, odd.calls());
        Stats even = Stats.ofNanos(new long[] {4_000_000, 1_000_000, 2_000_000, 3_000_000});
        assertEquals(2.5, even.median());
        assertEquals(4.0, even.p90());
        long[] ten = new long[10];
        for (int i = 0; i < 10; i++) {
            ten[i] = (i + 1) * 1_000_000L;
        }
        assertEquals(9.0, Stats.ofNanos(ten).p90(), "9 of 10 calls were at most this fast");
        assertEquals(7.0, Stats.ofNanos(new long[] {7_000_000}).p90());
        assertThrows(IllegalArgumentException.class, () -> Stats.ofNanos(new long[0]));
    }
}
