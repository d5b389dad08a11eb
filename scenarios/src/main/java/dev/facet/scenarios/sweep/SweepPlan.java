package dev.facet.scenarios.sweep;

import dev.facet.engine.random.Streams;
import dev.facet.scenarios.spec.SweepSpec;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expanded points of a sweep, in order, each rendered for {@code framesPerPoint}
 * consecutive frames: frame k belongs to point {@code k / framesPerPoint}. Without a
 * sweep there is one empty point that every frame belongs to.
 *
 * <ul>
 *   <li>grid: the cartesian product, the first parameter varying slowest;</li>
 *   <li>zip: the i-th value of every list together;</li>
 *   <li>random: n points, parameter {@code p} of point i drawn from the stream
 *       ({@code Streams.frameSeed(sweep seed, i)}, {@code "sweep.params.p"}), so points do not
 *       depend on the run seed and adding a parameter leaves the others' values alone.</li>
 * </ul>
 */
public final class SweepPlan {
    public static final SweepPlan NONE = new SweepPlan(List.of(Map.of()), 1, false, Map.of());

    private final List<Map<String, Double>> points;
    private final int framesPerPoint;
    private final boolean swept;
    /** Lowest and highest value each swept parameter can take: its listed values, or its sampler's bounds. */
    private final Map<String, double[]> reach;

    SweepPlan(List<Map<String, Double>> points, int framesPerPoint, boolean swept, Map<String, double[]> reach) {
        this.points = List.copyOf(points.stream().map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList());
        if (this.points.isEmpty() || framesPerPoint < 1) {
            throw new IllegalArgumentException("a sweep needs at least one point and frames_per_point >= 1");
        }
        this.framesPerPoint = framesPerPoint;
        this.swept = swept;
        this.reach = Map.copyOf(reach);
    }

    /** The expanded sweep of a resolved (and checked: see {@link SweepChecks}) spec; {@link #NONE} without one. */
    public static SweepPlan of(SweepSpec spec) {
        if (spec == null) {
            return NONE;
        }
        int fpp = spec.framesPerPoint() != null ? spec.framesPerPoint() : 1;
        Map<String, double[]> reach = new LinkedHashMap<>();
        if (spec instanceof SweepSpec.Grid g) {
            g.params().forEach((k, v) -> reach.put(k, listed(v)));
            return new SweepPlan(grid(ordered(g.order(), g.params())), fpp, true, reach);
        } else if (spec instanceof SweepSpec.Zip z) {
            z.params().forEach((k, v) -> reach.put(k, listed(v)));
            return new SweepPlan(zip(ordered(z.order(), z.params())), fpp, true, reach);
        }
        SweepSpec.Random r = (SweepSpec.Random) spec;
        r.params().forEach((k, v) -> reach.put(k, v.bounds(Map.of())));
        return new SweepPlan(random(r.n(), r.seed() != null ? r.seed() : 0, ordered(r.order(), r.params())), fpp, true,
                reach);
    }

    private static double[] listed(List<Double> values) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            b[0] = Math.min(b[0], v);
            b[1] = Math.max(b[1], v);
        }
        return b;
    }

    /**
     * Lowest and highest value of every parameter over the run: its default and every value
     * the sweep can give it. Range checks and instance-id allocation both read these.
     */
    public Map<String, double[]> parameterBounds(Map<String, Double> defaults) {
        Map<String, double[]> b = new HashMap<>();
        defaults.forEach((k, v) -> b.put(k, new double[] {v, v}));
        reach.forEach((k, r) -> {
            double[] x = b.computeIfAbsent(k, n -> new double[] {r[0], r[1]});
            x[0] = Math.min(x[0], r[0]);
            x[1] = Math.max(x[1], r[1]);
        });
        return b;
    }

    /** The sweep's points in order; one empty point without a sweep. */
    public List<Map<String, Double>> points() {
        return points;
    }

    /** How many consecutive frames show each point. */
    public int framesPerPoint() {
        return framesPerPoint;
    }

    /** True when the scenario has a sweep. */
    public boolean swept() {
        return swept;
    }

    /** The parameters in expansion order: {@code order} when given, else as the map holds them. */
    static <V> Map<String, V> ordered(List<String> order, Map<String, V> params) {
        if (order == null) {
            return params;
        }
        Map<String, V> out = new LinkedHashMap<>();
        order.forEach(name -> out.put(name, params.get(name)));
        return out;
    }

    /** How many frames the sweep holds: points times frames per point. */
    public long frames() {
        return (long) points.size() * framesPerPoint;
    }

    public int pointIndex(long frame) {
        return (int) ((frame / framesPerPoint) % points.size());
    }

    public Map<String, Double> point(long frame) {
        return points.get(pointIndex(frame));
    }

    static List<Map<String, Double>> grid(Map<String, List<Double>> params) {
        List<Map<String, Double>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Double>> e : params.entrySet()) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> prefix : out) {
                for (Double v : e.getValue()) {
                    Map<String, Double> p = new LinkedHashMap<>(prefix);
                    p.put(e.getKey(), v);
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    static List<Map<String, Double>> zip(Map<String, List<Double>> params) {
        int n = params.values().stream().mapToInt(List::size).max().orElse(0);
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> p = new LinkedHashMap<>();
            for (Map.Entry<String, List<Double>> e : params.entrySet()) {
                p.put(e.getKey(), e.getValue().get(i));
            }
            out.add(p);
        }
        return out;
    }

    static List<Map<String, Double>> random(int n, long seed, Map<String, NumberSampler> params) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long pointSeed = Streams.frameSeed(seed, i);
            Map<String, Double> p = new LinkedHashMap<>();
            for (Map.Entry<String, NumberSampler> e : params.entrySet()) {
                p.put(e.getKey(), e.getValue().sample(Streams.stream(pointSeed, "sweep.params." + e.getKey()), Map.of()));
            }
            out.add(p);
        }
        return out;
    }

    /** A point's values for a frame's meta: whole numbers as integers. */
    public static Map<String, Object> asParams(Map<String, Double> point) {
        Map<String, Object> out = new LinkedHashMap<>();
        point.forEach((k, v) -> out.put(k, v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) v.longValue() : v));
        return out;
    }
}
