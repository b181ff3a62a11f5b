package io.subcube.datasets.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on figures that must fall in a range (shares, medians, rates). */
public final class RangeAssertions {

    private RangeAssertions() {
    }

    /** Asserts lo ≤ actual ≤ hi, naming the figure and its range when it is not. */
    public static void assertWithin(String what, double actual, double lo, double hi) {
        assertTrue(actual >= lo && actual <= hi, what + " = " + actual + " outside [" + lo + ", " + hi + "]");
    }
}
