package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Material;
import dev.facet.scenarios.spec.MaterialSpec;
import dev.facet.scenarios.sample.NumberSampler;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Vector3d;

/** Draws composite values (vectors, materials) from the samplers of a file scenario. */
final class Sampling {
    private Sampling() {
    }

    static Vector3d vector(List<NumberSampler> v, SplittableRandom rng, Map<String, Double> params) {
        return new Vector3d(v.get(0).sample(rng, params), v.get(1).sample(rng, params), v.get(2).sample(rng, params));
    }

    static Material material(MaterialSpec m, SplittableRandom rng, Map<String, Double> params) {
        return new Material(m.color().sample(rng, params), clamp01(m.roughness().sample(rng, params)),
                clamp01(m.metalness().sample(rng, params)), m.texture() == null ? null : m.texture().sample(rng),
                m.textureScale().sample(rng, params));
    }

    private static double clamp01(double x) {
        return Math.min(1, Math.max(0, x));
    }
}
