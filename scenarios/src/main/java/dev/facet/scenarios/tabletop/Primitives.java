package dev.facet.scenarios.tabletop;

import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Sampling of the primitives' shapes and materials. */
final class Primitives {
    static final Range BOX_EXTENT_M = new Range(0.1, 0.6);
    static final Range SPHERE_RADIUS_M = new Range(0.05, 0.3);
    static final Range CYLINDER_RADIUS_M = new Range(0.05, 0.25);
    static final Range CYLINDER_HEIGHT_M = new Range(0.1, 0.6);
    static final Range ROUGHNESS = new Range(0.1, 0.9);
    static final double METAL_PROBABILITY = 0.2;
    /** Colours are drawn in HSV (sRGB-encoded) and stored linear. */
    static final Range SATURATION = new Range(0.65, 1.0);
    static final Range VALUE = new Range(0.55, 1.0);

    private Primitives() {
    }

    static Kind drawKind(SplittableRandom rng) {
        Kind[] kinds = Kind.values();
        return kinds[rng.nextInt(kinds.length)];
    }

    static Shape drawShape(Kind kind, SplittableRandom rng) {
        return switch (kind) {
            case BOX -> new Shape.Box(BOX_EXTENT_M.draw(rng), BOX_EXTENT_M.draw(rng), BOX_EXTENT_M.draw(rng));
            case SPHERE -> new Shape.Sphere(SPHERE_RADIUS_M.draw(rng));
            case CYLINDER -> new Shape.Cylinder(CYLINDER_RADIUS_M.draw(rng), CYLINDER_HEIGHT_M.draw(rng));
        };
    }

    static Material drawMaterial(SplittableRandom rng) {
        double hue = rng.nextDouble();
        Rgb color = Rgb.fromHsv(hue, SATURATION.draw(rng), VALUE.draw(rng));
        double roughness = ROUGHNESS.draw(rng);
        double metalness = rng.nextDouble() < METAL_PROBABILITY ? 1.0 : 0.0;
        return new Material(color, roughness, metalness);
    }

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kinds", List.of("box", "sphere", "cylinder"));
        m.put("box_extent_m", BOX_EXTENT_M.describe());
        m.put("sphere_radius_m", SPHERE_RADIUS_M.describe());
        m.put("cylinder_radius_m", CYLINDER_RADIUS_M.describe());
        m.put("cylinder_height_m", CYLINDER_HEIGHT_M.describe());
        m.put("roughness", ROUGHNESS.describe());
        m.put("metal_probability", METAL_PROBABILITY);
        m.put("color_saturation", SATURATION.describe());
        m.put("color_value", VALUE.describe());
        return m;
    }
}
