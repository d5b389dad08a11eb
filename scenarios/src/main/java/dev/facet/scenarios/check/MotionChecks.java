package dev.facet.scenarios.check;

import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.MotionSpec;
import dev.facet.scenarios.spec.ObjectKeyframe;
import dev.facet.scenarios.spec.ObjectSpec;
import dev.facet.scenarios.spec.PhysicsSpec;
import dev.facet.scenarios.spec.PlacementSpec;
import dev.facet.scenarios.spec.ScenarioSpec;
import dev.facet.scenarios.sweep.SweepPlan;
import java.util.List;

/**
 * Checks what moves: the sequence (length, fps, and that a sweep point covers whole
 * sequences), physics placement and each object's motion and physics.
 */
final class MotionChecks {
    /** Most steps per sequence: a frame rendered alone simulates from its sequence's start. */
    static final int MAX_SEQUENCE = 10_000;

    private final FieldErrors errors;
    private final FieldChecks values;

    MotionChecks(FieldErrors errors, FieldChecks values) {
        this.errors = errors;
        this.values = values;
    }

    void check(ScenarioSpec f, SweepPlan sweep) {
        FieldPath root = FieldPath.ROOT;
        if (f.sequence() != null) {
            FieldPath s = root.field("sequence");
            Integer n = f.sequence().frames();
            if (n == null || n < 1 || n > MAX_SEQUENCE) {
                throw errors.at(s.field("frames"), "expected an integer in [1, " + MAX_SEQUENCE + "], got " + n);
            }
            values.positive(s.field("fps"), f.sequence().fps());
            if (sweep.swept() && sweep.framesPerPoint() % n != 0) {
                throw errors.at(root.field("sweep").field("frames_per_point"), "a sweep point covers whole sequences: "
                        + "frames_per_point must be a multiple of sequence.frames (" + n + "), got "
                        + sweep.framesPerPoint());
            }
        }
        placement(f.placement(), root.field("placement"));
        for (int i = 0; i < f.objects().size(); i++) {
            object(f.objects().get(i), root.field("objects").index(i));
        }
    }

    private void placement(PlacementSpec p, FieldPath at) {
        if (p.kind() != null && !p.kind().equals("surface") && !p.physics()) {
            throw errors.at(at.field("kind"), "expected surface or physics, got '" + p.kind() + "'");
        }
        if (p.physics()) {
            if (!(p.dropHeight() >= 0) || Double.isInfinite(p.dropHeight())) {
                throw errors.at(at.field("drop_height"), "expected a number >= 0, got " + FieldChecks.fmt(p.dropHeight()));
            }
            values.positive(at.field("max_time"), p.maxTime());
            if (p.maxTime() > 600) {
                throw errors.at(at.field("max_time"), "expected at most 600 simulated seconds, got " + p.maxTime());
            }
        }
    }

    private void keyframes(MotionSpec m, FieldPath at) {
        if (m.velocity() != null || m.spin() != null) {
            throw errors.at(at.field(m.velocity() != null ? "velocity" : "spin"), "give either keyframes or "
                    + "velocity and spin, not both");
        }
        List<ObjectKeyframe> keys = m.keyframes();
        FieldPath list = at.field("keyframes");
        if (keys.isEmpty() || keys.size() > CameraPathChecks.MAX_KEYFRAMES) {
            throw errors.at(list, "expected 1 to " + CameraPathChecks.MAX_KEYFRAMES + " keyframes, got " + keys.size());
        }
        double previous = -1;
        for (int i = 0; i < keys.size(); i++) {
            ObjectKeyframe k = keys.get(i);
            if (k == null) {
                throw errors.at(list.index(i), "expected a keyframe {t, position, rotation}");
            }
            previous = values.keyframeTime(k.t(), list.index(i).field("t"), previous);
            values.vector(list.index(i).field("position"), k.position());
            values.vector(list.index(i).field("rotation"), k.rotation());
        }
    }

    private void object(ObjectSpec o, FieldPath p) {
        MotionSpec m = o.motion();
        if (m != null && m.keyframes() != null) {
            keyframes(m, p.field("motion"));
        } else if (m != null) {
            values.vector(p.field("motion").field("velocity"), m.velocity());
            values.vector(p.field("motion").field("spin"), m.spin());
        }
        PhysicsSpec x = o.physics();
        if (x != null) {
            values.atLeastZero(p.field("physics").field("friction"), x.friction());
            values.range(p.field("physics").field("restitution"), x.restitution(), 0, false, 1, false);
            values.aboveZero(p.field("physics").field("density"), x.density());
        }
    }
}
