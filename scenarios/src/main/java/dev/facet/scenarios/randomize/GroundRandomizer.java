package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.spec.GroundSpec;

/** The ground plane at y = 0 and its material. */
public record GroundRandomizer(GroundSpec spec, Category category, int id) implements Randomizer {
    public String identity() {
        return "ground";
    }

    public void apply(FrameDraft f) {
        f.objects.add(new ObjectDraft(id, category, category.name(), -2, false,
                new Shape.Plane(spec.size().get(0), spec.size().get(1)),
                Sampling.material(spec.material(), f.rng(identity()), f.parameterValues())));
    }
}
