package dev.facet.scenarios.sweep;

import dev.facet.engine.spi.FrameRange;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.SweepSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a resolved sweep before {@link SweepPlan#of} expands it: every swept parameter is
 * declared, lists hold finite numbers (of one length for zip), random sweeps draw from
 * samplers, and the points times frames per point fit the frame numbers.
 */
public final class SweepChecks {
    private static final long LIMIT = FrameRange.LIMIT;

    private final FieldErrors errors;

    public SweepChecks(FieldErrors errors) {
        this.errors = errors;
    }

    /** Checks {@code s} (at {@code p}; nothing when null) against the declared parameters. */
    public void check(SweepSpec s, Set<String> declared, FieldPath p) {
        if (s == null) {
            return;
        }
        if (s.framesPerPoint() < 1) {
            throw errors.at(p.field("frames_per_point"), "expected an integer >= 1, got " + s.framesPerPoint());
        }
        Map<String, ?> params = s instanceof SweepSpec.Grid g ? g.params()
                : s instanceof SweepSpec.Zip z ? z.params() : ((SweepSpec.Random) s).params();
        if (params.isEmpty()) {
            throw errors.at(p.field("params"), "a sweep varies at least one parameter");
        }
        if (s.order() != null && !(s.order().size() == params.size() && new HashSet<>(s.order()).equals(params.keySet()))) {
            throw errors.at(p.field("order"), "order must name every swept parameter once: "
                    + String.join(", ", params.keySet()));
        }
        long points = 1;
        Integer zipLength = null;
        for (Map.Entry<String, ?> e : params.entrySet()) {
            FieldPath at = p.field("params").field(e.getKey());
            if (!declared.contains(e.getKey())) {
                throw errors.at(at, "'" + e.getKey() + "' is not a declared parameter; declare it with a default under"
                        + " `params:`" + (declared.isEmpty() ? "" : " (declared: " + String.join(", ", declared) + ")"));
            }
            if (e.getValue() instanceof List<?> values) {
                values(values, at);
                if (s instanceof SweepSpec.Grid) {
                    points *= values.size();
                } else if (zipLength == null) {
                    zipLength = values.size();
                    points = zipLength;
                } else if (zipLength != values.size()) {
                    throw errors.at(at, "zip needs lists of the same length: " + values.size() + " values here, "
                            + zipLength + " in the first list");
                }
            } else if (e.getValue() instanceof NumberSampler n) {
                if (n instanceof NumberSampler.Param) {
                    throw errors.at(at, "a random sweep draws from samplers, not from parameters");
                }
            } else {
                throw errors.at(at, "expected a list of numbers");
            }
            if (points > LIMIT) {
                throw errors.at(p.field("params"), "the sweep has more than " + LIMIT + " points");
            }
        }
        if (s instanceof SweepSpec.Random r) {
            if (r.n() < 1 || r.n() > LIMIT) {
                throw errors.at(p.field("n"), "expected an integer in [1, " + LIMIT + "], got " + r.n());
            }
            points = r.n();
        }
        if (points * s.framesPerPoint() > LIMIT) {
            throw errors.at(p.field("frames_per_point"), "the sweep has " + points + " points x " + s.framesPerPoint()
                    + " frames, more than the " + LIMIT + " frame numbers");
        }
    }

    private void values(List<?> values, FieldPath at) {
        if (values.isEmpty()) {
            throw errors.at(at, "expected at least one value");
        }
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (!(v instanceof Double d) || !Double.isFinite(d)) {
                throw errors.at(at.index(i), "expected a number, got " + v);
            }
        }
    }
}
