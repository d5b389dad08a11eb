package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Light;
import dev.facet.scenarios.spec.LightSpec;
import java.util.SplittableRandom;
import org.joml.Vector3d;

/** Position, colour and intensity (and for spots, aim and cone) of light {@code lighting.lights[j]}. */
public record LightRandomizer(int index, LightSpec spec) implements Randomizer {
    public String identity() {
        return "lighting.lights[" + index + "]";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        var p = f.parameterValues();
        if (spec instanceof LightSpec.Point x) {
            f.scene().light(new Light.Point(Sampling.vector(x.position(), rng, p),
                    x.color().sample(rng, p), Math.max(0, x.intensity().sample(rng, p))));
        } else if (spec instanceof LightSpec.Spot x) {
            {
                Vector3d position = Sampling.vector(x.position(), rng, p);
                Vector3d direction = Sampling.vector(x.target(), rng, p).sub(position);
                if (direction.lengthSquared() < 1e-12) {
                    direction.set(0, -1, 0);
                }
                double inner = x.innerAngle().sample(rng, p);
                double outer = x.outerAngle().sample(rng, p);
                f.scene().light(new Light.Spot(position, direction, x.color().sample(rng, p),
                        Math.max(0, x.intensity().sample(rng, p)), Math.min(inner, outer), outer));
            }
        }
    }
}
