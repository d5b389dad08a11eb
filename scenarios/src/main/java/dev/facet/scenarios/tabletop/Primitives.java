package dev.facet.scenarios.tabletop;

import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.sample.NumberSampler.Uniform;
import java.util.SplittableRandom;

/** Sampling of the primitives' shapes and materials. */
final class Primitives {
    static final Uniform BOX_EXTENT_M = new Uniform(0.1, 0.6);
    static final Uniform SPHERE_RADIUS_M = new Uniform(0.05, 0.3);
    static final Uniform CYLINDER_RADIUS_M = new Uniform(0.05, 0.25);
    static final Uniform CYLINDER_HEIGHT_M = new Uniform(0.1, 0.6);
    static final Uniform ROUGHNESS = new Uniform(0.1, 0.9);
    static final double METAL_PROBABILITY = 0.2;
    /** Colours are drawn in HSV (sRGB-encoded) and stored linear. */
    static final Uniform SATURATION = new Uniform(0.65, 1.0);
    static final Uniform VALUE = new Uniform(0.55, 1.0);

    private Primitives() {
    }

    static Kind drawKind(SplittableRandom rng) {
        Kind[] kinds = Kind.values();
        return kinds[rng.nextInt(kinds.length)];
    }

    static Shape drawShape(Kind kind, SplittableRandom rng) {
        return switch (kind) {
            case BOX -> new Shape.Box(BOX_EXTENT_M.sample(rng), BOX_EXTENT_M.sample(rng), BOX_EXTENT_M.sample(rng));
            case SPHERE -> new Shape.Sphere(SPHERE_RADIUS_M.sample(rng));
            case CYLINDER -> new Shape.Cylinder(CYLINDER_RADIUS_M.sample(rng), CYLINDER_HEIGHT_M.sample(rng));
        };
    }

    static Material drawMaterial(SplittableRandom rng) {
        double hue = rng.nextDouble();
        Rgb color = Rgb.fromHsv(hue, SATURATION.sample(rng), VALUE.sample(rng));
        double roughness = ROUGHNESS.sample(rng);
        double metalness = rng.nextDouble() < METAL_PROBABILITY ? 1.0 : 0.0;
        return new Material(color, roughness, metalness);
    }
}
