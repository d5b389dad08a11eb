package dev.facet.engine.scene;

/** What a scene has where its scenario says nothing: one home for the default colours and frame rate. */
public final class SceneDefaults {
    /** Frames per second: frame k shows simulated time k / FPS. */
    public static final double FPS = 30.0;
    public static final Rgb SUN_COLOR = new Rgb(1.0, 0.93, 0.82);
    public static final Rgb SKY_COLOR = new Rgb(0.45, 0.65, 1.0);
    /** The colour the ground reflects up into shadows (ambient from below). */
    public static final Rgb AMBIENT_GROUND_COLOR = new Rgb(0.22, 0.17, 0.12);
    /** Colour of pixels that show no object. */
    public static final Rgb BACKGROUND = new Rgb(0.24, 0.62, 0.83);

    private SceneDefaults() {
    }
}
