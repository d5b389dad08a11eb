package dev.facet.analysis.refine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where to render next: {@code focus} of the points near failures, the rest from the
 * original distribution, all drawn from one seeded stream. A failure is a frame whose error is
 * in the worst quartile: at or above the 75th percentile, or above it when that is also the
 * lowest error (many frames tied at the bottom), every frame when all errors are equal. A point near it
 * takes a failing frame at random and moves each parameter by a normal jitter with standard
 * deviation {@link #JITTER} of that parameter's range, clamped to the range (and rounded for
 * whole-numbered parameters).
 *
 * @param points the new sweep's points, focus points first
 * @param failing the failing frames, in frame order
 */
public record Refinement(List<Map<String, Double>> points, List<Long> failing) {
    static final double JITTER = 0.05;

    static Refinement draw(Map<Long, Map<String, Double>> params, Map<Long, Double> errors, Map<String, Axis> axes,
                           int n, double focus, long seed) {
        List<Long> failing = failing(errors);
        SplittableRandom random = new SplittableRandom(seed);
        int near = (int) Math.round(focus * n);
        List<Map<String, Double>> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> p = new LinkedHashMap<>();
            Map<String, Double> at = i < near && !failing.isEmpty()
                    ? params.get(failing.get(random.nextInt(failing.size()))) : null;
            for (Axis a : axes.values()) {
                p.put(a.name(), at != null && at.containsKey(a.name())
                        ? a.fit(at.get(a.name()) + random.nextGaussian() * JITTER * a.range()) : a.draw(random));
            }
            points.add(p);
        }
        return new Refinement(points, failing);
    }

    /** The failing frames (see above); the 75th percentile interpolates linearly, as numpy's default. */
    static List<Long> failing(Map<Long, Double> errors) {
        double[] sorted = errors.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double q = Stats.quantile(sorted, 0.75);
        boolean bottom = q == sorted[0];
        List<Long> out = errors.entrySet().stream().filter(e -> bottom ? e.getValue() > q : e.getValue() >= q)
                .map(Map.Entry::getKey).sorted().toList();
        return out.isEmpty() ? errors.keySet().stream().sorted().toList() : out;
    }
}
