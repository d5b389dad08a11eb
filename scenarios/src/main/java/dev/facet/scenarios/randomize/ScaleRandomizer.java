package dev.facet.scenarios.randomize;

import dev.facet.scenarios.sample.NumberSampler;
import java.util.SplittableRandom;

/** A uniform scale factor for every copy of object template {@code objects[i]}. */
public record ScaleRandomizer(int index, NumberSampler scale) implements Randomizer {
    public String identity() {
        return "objects[" + index + "].scale";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        for (ObjectDraft d : f.objects) {
            if (d.template == index) {
                d.scale = scale.sample(rng, f.parameterValues());
            }
        }
    }
}
