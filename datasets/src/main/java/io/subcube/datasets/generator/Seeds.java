package io.subcube.datasets.generator;

import java.util.SplittableRandom;

/** Seed mixing (splitmix64 finaliser) for the generator's independent streams. */
final class Seeds {

    /** Seed of the tables that do not depend on {@code --seed} (geography, plans, channels, fit, policies). */
    static final long FIXED = 0x5B_C0BE_2008_0901L;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SUBSCRIBER_SALT = 0x243F6A8885A308D3L;
    private static final long JOINER_SALT = 0x13198A2E03707344L;
    private static final long SHOCK_SALT = 0xA4093822299F31D0L;
    private static final long SERVICE_MONTH_SALT = 0x082EFA98EC4E6C89L;

    private Seeds() {
    }

    /** The splitmix64 finaliser: a bijective, well-mixing function of 64 bits. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long mix(long a, long b) {
        return mix64(mix64(a) + (b + 1) * GOLDEN);
    }

    /** Seed of subscriber {@code id}'s own stream. */
    static long subscriber(long seed, long id) {
        return mix(seed ^ SUBSCRIBER_SALT, id);
    }

    /** Stream of the joiner count of chunk {@code chunk} in month index {@code month}. */
    static SplittableRandom joiners(long seed, long chunk, int month) {
        return new SplittableRandom(mix(mix(seed ^ JOINER_SALT, chunk), month));
    }

    /** Stream of the joiner shocks of one month. */
    static SplittableRandom shocks(long seed, int monthId) {
        return new SplittableRandom(mix(seed ^ SHOCK_SALT, monthId));
    }

    /** Stream of the reported service figures. */
    static SplittableRandom serviceMonth(long seed) {
        return new SplittableRandom(mix(seed ^ SERVICE_MONTH_SALT, 0));
    }
}
