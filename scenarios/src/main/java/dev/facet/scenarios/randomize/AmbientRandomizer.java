package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.AmbientSpec;
import java.util.SplittableRandom;

/** Sky and ground colours of the ambient light and its intensity. */
public record AmbientRandomizer(AmbientSpec spec) implements Randomizer {
    public String identity() {
        return "lighting.ambient";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        f.scene().ambient(spec.skyColor().sample(rng, f.parameterValues()), spec.groundColor().sample(rng, f.parameterValues()),
                Math.max(0, spec.intensity().sample(rng, f.parameterValues())));
    }
}
