package dev.facet.scenarios.sweep;

import dev.facet.engine.random.Streams;
import dev.facet.scenarios.spec.SweepSpec;
import dev.facet.scenarios.sample.Num;
import java.util.ArrayList;
import java.util.Collections;
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
public record SweepPlan(List<Map<String, Double>> points, int framesPerPoint, boolean swept) {
    public SweepPlan {
        points = List.copyOf(points.stream().map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p))).toList());
        if (points.isEmpty() || framesPerPoint < 1) {
            throw new IllegalArgumentException("a sweep needs at least one point and frames_per_point >= 1");
        }
    }

    public static final SweepPlan NONE = new SweepPlan(List.of(Map.of()), 1, false);

    public static SweepPlan of(SweepSpec spec) {
        if (spec == null) {
            return NONE;
        }
        int fpp = spec.framesPerPoint() != null ? spec.framesPerPoint() : 1;
        if (spec instanceof SweepSpec.Grid g) {
            return new SweepPlan(grid(ordered(g.order(), g.params())), fpp, true);
        } else if (spec instanceof SweepSpec.Zip z) {
            return new SweepPlan(zip(ordered(z.order(), z.params())), fpp, true);
        }
        SweepSpec.Random r = (SweepSpec.Random) spec;
        return new SweepPlan(random(r.n(), r.seed() != null ? r.seed() : 0, ordered(r.order(), r.params())), fpp, true);
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

    static List<Map<String, Double>> random(int n, long seed, Map<String, Num> params) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long pointSeed = Streams.frameSeed(seed, i);
            Map<String, Double> p = new LinkedHashMap<>();
            for (Map.Entry<String, Num> e : params.entrySet()) {
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
