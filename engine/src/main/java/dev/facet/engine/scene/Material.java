package dev.facet.engine.scene;

/**
 * Surface appearance: base colour (linear), roughness and metalness in [0, 1], and an
 * optional image texture that multiplies the base colour.
 *
 * @param texture absolute path of an image file (PNG/JPEG), or null
 * @param textureScale how many times the texture repeats across the surface's UV range
 */
public record Material(Rgb color, double roughness, double metalness, String texture, double textureScale) {
    public Material {
        if (!(roughness >= 0 && roughness <= 1) || !(metalness >= 0 && metalness <= 1)) {
            throw new IllegalArgumentException("roughness and metalness must lie in [0, 1]");
        }
        if (!(textureScale > 0)) {
            throw new IllegalArgumentException("texture scale must be positive");
        }
    }

    /** An untextured material. */
    public Material(Rgb color, double roughness, double metalness) {
        this(color, roughness, metalness, null, 1);
    }
}
