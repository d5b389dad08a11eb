package dev.facet.engine.scene;

/** Surface appearance: base colour (linear), roughness and metalness in [0, 1]. */
public record Material(Rgb color, double roughness, double metalness) {
    public Material {
        if (!(roughness >= 0 && roughness <= 1) || !(metalness >= 0 && metalness <= 1)) {
            throw new IllegalArgumentException("roughness and metalness must lie in [0, 1]");
        }
    }
}
