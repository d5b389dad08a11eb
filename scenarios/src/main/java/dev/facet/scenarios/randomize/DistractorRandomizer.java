package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.spec.DistractorSpec;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The number and kind of distractors: primitives or meshes of random size, material and
 * yaw, resting on the surface among the objects. Distractor j has id {@code firstId + j}.
 */
public record DistractorRandomizer(DistractorSpec spec, Category category, int firstId, int maxCount,
                                   Map<String, Shape.Mesh> meshes) implements Randomizer {
    public String identity() {
        return "distractors";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        Map<String, Double> p = f.parameterValues();
        int count = (int) Math.max(0, Math.min(maxCount, Math.round(spec.count().sample(rng, p))));
        for (int j = 0; j < count; j++) {
            String kind = spec.kinds().sample(rng);
            double size = spec.size().sample(rng, p);
            Shape shape;
            double scale = 1;
            switch (kind) {
                case "box" -> shape = new Shape.Box(size * (0.5 + 0.5 * rng.nextDouble()), size * (0.5 + 0.5 * rng.nextDouble()), size);
                case "sphere" -> shape = new Shape.Sphere(size / 2);
                case "cylinder" -> shape = new Shape.Cylinder(size / 4 + size / 4 * rng.nextDouble(), size);
                default -> {
                    Shape.Mesh m = meshes.get(kind);
                    shape = m;
                    double extent = Math.max(m.max().x() - m.min().x(), Math.max(m.max().y() - m.min().y(),
                            m.max().z() - m.min().z()));
                    scale = extent > 0 ? size / extent : 1;
                }
            }
            ObjectDraft d = new ObjectDraft(firstId + j, category, category.name() + "_" + (firstId + j), -1, true, shape,
                    Sampling.material(spec.material(), rng, p));
            d.scale = scale;
            d.yawDeg = 360 * rng.nextDouble();
            f.objects.add(d);
        }
    }
}
