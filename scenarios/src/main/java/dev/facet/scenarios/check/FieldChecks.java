package dev.facet.scenarios.check;

import dev.facet.scenarios.sample.ColorSampler;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks of single values of a resolved scenario: numbers in a range over every value a
 * sampler (or a parameter, within its bounds) can give, vectors, extents, colours, counts
 * and names. The first problem is thrown, pointing at its field.
 */
final class FieldChecks {
    static final int MAX_COUNT = 1000;

    private final FieldErrors errors;
    private final Map<String, double[]> parameterBounds;

    FieldChecks(FieldErrors errors, Map<String, double[]> parameterBounds) {
        this.errors = errors;
        this.parameterBounds = parameterBounds;
    }

    RuntimeException err(FieldPath p, String problem) {
        return errors.at(p, problem);
    }

    /** Lowest and highest value {@code n} can give over the run. */
    double[] bounds(NumberSampler n) {
        return n.bounds(parameterBounds);
    }

    void count(FieldPath p, NumberSampler n) {
        range(p, n, 0, false, MAX_COUNT, false);
        boolean integral = n instanceof NumberSampler.Constant c ? c.value() == Math.rint(c.value())
                : n instanceof NumberSampler.Choice c ? c.values().stream().allMatch(v -> v == Math.rint(v))
                : n instanceof NumberSampler.IntRange || n instanceof NumberSampler.Param;
        if (!integral) {
            throw err(p, "a count is a whole number: a constant, int_range, choice of whole numbers or $parameter");
        }
    }

    void color(FieldPath p, ColorSampler c) {
        for (Map.Entry<String, NumberSampler> e : c.channels().entrySet()) {
            range(p.append(e.getKey()), e.getValue(), 0, false, 1, false);
        }
    }

    void category(FieldPath p, String name) {
        if (name == null || name.isBlank()) {
            throw err(p, "expected a non-empty category name");
        }
    }

    void vector(FieldPath p, List<NumberSampler> v) {
        if (v == null || v.size() != 3 || v.stream().anyMatch(Objects::isNull)) {
            throw err(p, "expected [x, y, z], got " + (v == null ? "nothing" : v.size() + " values"));
        }
        for (int i = 0; i < 3; i++) {
            finite(p.index(i), v.get(i));
        }
    }

    void extents(FieldPath p, List<Double> v, int n) {
        coordinates(p, v, n);
        for (int i = 0; i < n; i++) {
            if (!(v.get(i) > 0)) {
                throw err(p.index(i), "expected a number > 0, got " + fmt(v.get(i)));
            }
        }
    }

    void coordinates(FieldPath p, List<Double> v, int n) {
        if (v.size() != n || v.stream().anyMatch(Objects::isNull)) {
            throw err(p, "expected " + n + " numbers, got " + v.size());
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v.get(i))) {
                throw err(p.index(i), "expected a finite number");
            }
        }
    }

    void positive(FieldPath p, Double v) {
        if (v == null || !(v > 0) || Double.isInfinite(v)) {
            throw err(p, "expected a number > 0, got " + fmt(v));
        }
    }

    void finite(FieldPath p, Double v) {
        if (!Double.isFinite(v)) {
            throw err(p, "expected a finite number");
        }
    }

    void finite(FieldPath p, NumberSampler n) {
        range(p, n, -Double.MAX_VALUE, false, Double.MAX_VALUE, false);
    }

    /** A number >= 0 (no upper bound). */
    void atLeastZero(FieldPath p, NumberSampler n) {
        range(p, n, 0, false, Double.MAX_VALUE, false);
    }

    /** A number > 0 (no upper bound). */
    void aboveZero(FieldPath p, NumberSampler n) {
        range(p, n, 0, true, Double.MAX_VALUE, false);
    }

    /** Every value {@code n} can take lies in the interval (open or closed at each end). */
    void range(FieldPath p, NumberSampler n, double lo, boolean loOpen, double hi, boolean hiOpen) {
        double[] b = bounds(n);
        boolean ok = (loOpen ? b[0] > lo : b[0] >= lo) && (hiOpen ? b[1] < hi : b[1] <= hi);
        if (ok) {
            return;
        }
        String interval = hi == Double.MAX_VALUE
                ? (lo == -Double.MAX_VALUE ? "a finite number" : "a number " + (loOpen ? "> " : ">= ") + fmt(lo))
                : "a number in " + (loOpen ? "(" : "[") + fmt(lo) + ", " + fmt(hi) + (hiOpen ? ")" : "]");
        if (n instanceof NumberSampler.Constant c) {
            throw err(p, "expected " + interval + ", got " + fmt(c.value()));
        }
        String reach = b[0] == b[1] ? fmt(b[0]) : "[" + fmt(b[0]) + ", " + fmt(b[1]) + "]";
        throw err(p, "expected " + interval + ", but the " + (n instanceof NumberSampler.Param ? "parameter" : "sampler")
                + " can give " + reach);
    }

    /**
     * Checks a keyframe time (a number >= 0, later than every value the previous keyframe's
     * time can take) and returns the latest value it can take.
     */
    double keyframeTime(NumberSampler t, FieldPath at, double previous) {
        if (t == null) {
            throw err(at, "expected a time in seconds, >= 0");
        }
        atLeastZero(at, t);
        double[] b = bounds(t);
        if (!(b[0] > previous)) {
            throw err(at, "keyframes come in increasing time: this one can be at " + fmt(b[0])
                    + " s, not after the one before (up to " + fmt(previous) + " s)");
        }
        return b[1];
    }

    /** A number as messages write it: whole numbers without a fraction. */
    static String fmt(Double v) {
        if (v == null) {
            return "nothing";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return Double.toString(v);
    }

    /** A long path cut to its last 77 characters. */
    static String shortName(String path) {
        return path.length() > 80 ? "..." + path.substring(path.length() - 77) : path;
    }
}
