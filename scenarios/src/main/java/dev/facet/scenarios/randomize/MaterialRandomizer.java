package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.MaterialSpec;
import java.util.SplittableRandom;

/** Colour, roughness, metalness and texture of every copy of object template {@code objects[i]}. */
public record MaterialRandomizer(int index, MaterialSpec spec) implements Randomizer {
    public String identity() {
        return "objects[" + index + "].material";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        for (ObjectDraft d : f.objects) {
            if (d.template == index) {
                d.material = Sampling.material(spec, rng, f.parameterValues());
            }
        }
    }
}
