package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Environment;
import dev.facet.scenarios.spec.EnvironmentSpec;
import java.util.SplittableRandom;

/** Which environment map lights the frame, how strongly, and its rotation about y. */
public record EnvironmentRandomizer(EnvironmentSpec spec) implements Randomizer {
    public String identity() {
        return "lighting.environment";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        f.scene().environment(new Environment(spec.image().sample(rng), Math.max(0, spec.intensity().sample(rng, f.parameterValues())),
                spec.rotation().sample(rng, f.parameterValues()), spec.background()));
    }
}
