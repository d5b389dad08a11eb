package dev.facet.scenarios.sample;

import java.util.List;

/** The checks a sampler's values pass when it is built: finite numbers, min <= max, values and weights. */
final class SamplerChecks {
    private SamplerChecks() {
    }

    static void finite(Double v, String what) {
        if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }

    static void minAtMostMax(double min, double max) {
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
}
