package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.spec.ObjectPose;
import dev.facet.scenarios.spec.ObjectSpec;
import dev.facet.scenarios.spec.ShapeSpec;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How many copies of object template {@code objects[i]} a frame holds and the shape of
 * each (sizes, or which mesh file). Copy j has instance id {@code firstId + j} in every frame.
 */
public record SpawnRandomizer(int index, ObjectSpec spec, Category category, int firstId, int maxCount,
                              Map<String, Shape.Mesh> meshes) implements Randomizer {
    public String identity() {
        return "objects[" + index + "]";
    }

    public void apply(FrameDraft f) {
        TemplateCopies.add(f, identity(), spec, maxCount, (j, rng) -> new ObjectDraft(firstId + j, category,
                spec.name() + "_" + (firstId + j), index, spec.pose() instanceof ObjectPose.Surface,
                shape(spec.shape(), rng, f.parameterValues()), null));  // the material comes from MaterialRandomizer
    }

    private Shape shape(ShapeSpec s, SplittableRandom rng, Map<String, Double> p) {
        if (s instanceof ShapeSpec.Box b) {
            return new Shape.Box(b.size().get(0).sample(rng, p), b.size().get(1).sample(rng, p),
                    b.size().get(2).sample(rng, p));
        } else if (s instanceof ShapeSpec.Sphere x) {
            return new Shape.Sphere(x.radius().sample(rng, p));
        } else if (s instanceof ShapeSpec.Cylinder c) {
            return new Shape.Cylinder(c.radius().sample(rng, p), c.height().sample(rng, p));
        }
        return meshes.get(((ShapeSpec.Mesh) s).file().sample(rng));
    }

    /** The most copies {@code count} can ask for. */
    public static int maxCount(NumberSampler count, Map<String, double[]> paramBounds) {
        return (int) Math.max(0, Math.round(count.bounds(paramBounds)[1]));
    }
}
