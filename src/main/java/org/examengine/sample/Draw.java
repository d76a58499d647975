package org.examengine.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Draws from a {@link SplittableRandom} with arithmetic of our own, so the same seed gives the same file on any JDK. */
final class Draw {

    private Draw() {
    }

    static boolean chance(SplittableRandom r, double share) {
        return r.nextDouble() < share;
    }

    /** A standard normal, near enough: the sum of four uniforms, centred and scaled (never beyond ±3.5). */
    static double normal(SplittableRandom r) {
        return (r.nextDouble() + r.nextDouble() + r.nextDouble() + r.nextDouble() - 2.0) * Math.sqrt(3.0);
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Successes in {@code n} tries of chance {@code share} each. */
    static int binomial(SplittableRandom r, int n, double share) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (r.nextDouble() < share) {
                hits++;
            }
        }
        return hits;
    }

    static <T> T oneOf(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    static int between(SplittableRandom r, int low, int high) {
        return low + r.nextInt(high - low + 1);
    }
}
