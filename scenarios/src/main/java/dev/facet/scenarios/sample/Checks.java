package dev.facet.scenarios.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Small shared checks and helpers of the samplers. */
final class Checks {
    private Checks() {
    }

    static void finite(Double v, String what) {
        if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }

    static void ordered(double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min must not exceed max, got min " + min + " > max " + max);
        }
    }

    static <T> List<T> nonEmpty(List<T> values, String what) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " must hold at least one value");
        }
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(what + " must not hold null");
            }
        }
        return List.copyOf(values);
    }

    static List<Double> weights(List<Double> weights, int n) {
        if (weights == null) {
            return null;
        }
        if (weights.size() != n) {
            throw new IllegalArgumentException("weights must have one entry per value: " + weights.size()
                    + " weights for " + n + " values");
        }
        double sum = 0;
        for (Double w : weights) {
            if (w == null || !(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite numbers >= 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        return List.copyOf(weights);
    }

    /** An index drawn with the given weights (equal when null); always one draw. */
    static int pick(SplittableRandom rng, List<Double> weights, int n) {
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
    static double gaussian(SplittableRandom rng) {
        double u1 = 1 - rng.nextDouble();  // (0, 1]
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** An unmodifiable map that keeps the order its entries are given in. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> ordered(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (V) kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
