package dev.facet.engine.scene;

/**
 * What the renderer can draw, the one home of its limits: scenario validation refuses a
 * scenario past them before anything renders, and the renderer re-checks them.
 */
public final class RenderLimits {
    /** Point and spot lights in one scene: the renderer compiles this count into its shaders. */
    public static final int MAX_LIGHTS = 8;
    /**
     * The widest or tallest image a texture, background or environment map may be: a
     * conservative limit every GL driver Facet runs on meets (the renderer also checks the
     * driver's own GL_MAX_TEXTURE_SIZE when it loads one). The same as {@link ImageSize#MAX}.
     */
    public static final int MAX_TEXTURE_SIZE = ImageSize.MAX;

    private RenderLimits() {
    }
}
