package dev.facet.scenarios.sample;

import java.util.List;
import java.util.SplittableRandom;

/** The draws several samplers share: a weighted index and a standard normal. */
final class Draws {
    private Draws() {
    }

    /** An index drawn with the given weights (equal when null); always one draw. */
    static int weightedIndex(SplittableRandom rng, List<Double> weights, int n) {
        double u = rng.nextDouble();
        if (weights == null) {
            return Math.min(n - 1, (int) (u * n));
        }
        double total = weights.stream().mapToDouble(d -> d).sum();
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += weights.get(i);
            if (u * total < acc) {
                return i;
            }
        }
        return n - 1;
    }

    /** A standard normal draw (Box-Muller, two uniform draws). */
    static double standardNormal(SplittableRandom rng) {
        double u1 = 1 - rng.nextDouble();  // (0, 1]
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
