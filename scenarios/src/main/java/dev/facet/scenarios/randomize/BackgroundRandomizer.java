package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.BackgroundSpec;
import java.util.SplittableRandom;

/** The background colour and image. */
public record BackgroundRandomizer(BackgroundSpec spec) implements Randomizer {
    public String identity() {
        return "background";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        f.scene().background(spec.color().sample(rng, f.parameterValues()));
        if (spec.image() != null) {
            f.scene().backgroundImage(spec.image().sample(rng));
        }
    }
}
