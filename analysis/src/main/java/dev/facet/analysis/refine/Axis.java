package dev.facet.analysis.refine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One swept parameter's original distribution: uniform over its listed {@code values} (grid
 * and zip sweeps) or over [lo, hi] (random sweeps); {@code integer} when every value it took
 * was a whole number, so that drawn values are rounded (a count stays a count).
 */
record Axis(String name, double lo, double hi, boolean integer, List<Double> values) {

    double range() {
        return hi - lo;
    }

    /** A value from the original distribution. */
    double draw(SplittableRandom random) {
        if (values != null && !values.isEmpty()) {
            return values.get(random.nextInt(values.size()));
        }
        return fit(lo + random.nextDouble() * (hi - lo));
    }

    /** {@code v} clamped to [lo, hi], rounded when the parameter is whole-numbered. */
    double fit(double v) {
        double c = Math.max(lo, Math.min(hi, v));
        return integer ? Math.rint(c) : c;
    }

    /** As recorded in {@code derived_from.parameters}, so later rounds keep the first round's distribution. */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", lo);
        m.put("max", hi);
        m.put("integer", integer);
        if (values != null) {
            m.put("values", values);
        }
        return m;
    }
}
