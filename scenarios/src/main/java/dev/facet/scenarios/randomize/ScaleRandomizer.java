package dev.facet.scenarios.randomize;

import dev.facet.scenarios.sample.Num;
import java.util.SplittableRandom;

/** A uniform scale factor for every copy of object template {@code objects[i]}. */
public record ScaleRandomizer(int index, Num scale) implements Randomizer {
    public String identity() {
        return "objects[" + index + "].scale";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        for (Draft d : f.drafts) {
            if (d.template == index) {
                d.scale = scale.sample(rng, f.params());
            }
        }
    }
}
