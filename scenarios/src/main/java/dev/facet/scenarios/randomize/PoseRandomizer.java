package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.ObjectPose;
import java.util.SplittableRandom;
import org.joml.Vector3d;

/**
 * The pose of every copy of object template {@code objects[i]}: a yaw for objects that rest
 * on the surface ({@link PlacementRandomizer} picks where), or a position and rotation.
 */
public record PoseRandomizer(int index, ObjectPose spec) implements Randomizer {
    public String identity() {
        return "objects[" + index + "].pose";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        for (ObjectDraft d : f.objects) {
            if (d.template != index) {
                continue;
            }
            if (spec instanceof ObjectPose.Surface s) {
                d.yawDeg = s.yaw().sample(rng, f.parameterValues());
            } else if (spec instanceof ObjectPose.Fixed x) {
                d.position = Sampling.vector(x.position(), rng, f.parameterValues());
                Vector3d r = Sampling.vector(x.rotation(), rng, f.parameterValues());
                d.yawDeg = r.x;
                d.pitchDeg = r.y;
                d.rollDeg = r.z;
            }
        }
    }
}
