package io.subcube.engine.load.kpi;

import java.util.SplittableRandom;

/**
 * The independent random streams of kpi_month and alert, mixed from the dataset seed as the generator's
 * {@code Seeds} does (splitmix64 finaliser) with salts of their own, so they never coincide with the
 * generator's streams or each other; normal draws use {@link StrictMath} so every JVM gives the same values.
 */
final class KpiSeeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SYNTH_SALT = 0x452821E638D01377L;
    private static final long TARGET_SALT = 0xBE5466CF34E90C6CL;
    private static final long ALERT_SALT = 0xC0AC29B7C97C50DDL;

    private KpiSeeds() {
    }

    /** The stream of a SYNTH KPI's draws for one region and month. */
    static SplittableRandom synth(long seed, int monthId, int regionId, String kpi) {
        return stream(seed ^ SYNTH_SALT, monthId, regionId, kpi);
    }

    /** The stream of a target's U(0.95, 1.15) factor for one region and month. */
    static SplittableRandom target(long seed, int monthId, int regionId, String kpi) {
        return stream(seed ^ TARGET_SALT, monthId, regionId, kpi);
    }

    /** The stream of an alert's synthetic workflow status and cause. */
    static SplittableRandom alert(long seed, long alertId) {
        return new SplittableRandom(mix(seed ^ ALERT_SALT, alertId));
    }

    /** N(mean, sd) clipped to [low, high]. */
    static double normal(SplittableRandom r, double mean, double sd, double low, double high) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        double z = StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        return Math.max(low, Math.min(high, mean + sd * z));
    }

    /** U(low, high). */
    static double uniform(SplittableRandom r, double low, double high) {
        return low + (high - low) * r.nextDouble();
    }

    private static SplittableRandom stream(long salted, int monthId, int regionId, String kpi) {
        return new SplittableRandom(mix(mix(mix(salted, monthId), regionId), fnv1a(kpi)));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long mix(long a, long b) {
        return mix64(mix64(a) + (b + 1) * GOLDEN);
    }

    private static long fnv1a(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }
}
