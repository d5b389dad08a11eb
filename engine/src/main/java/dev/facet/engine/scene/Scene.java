package dev.facet.engine.scene;

import java.util.List;

/**
 * Everything one frame shows, as plain data: the renderer mirrors it, the meta file is
 * written from it, so metadata cannot disagree with what was drawn.
 *
 * @param frame global frame index
 * @param seed the frame's seed, derived from the run seed and the frame index
 * @param timeS simulated time of the frame in seconds
 * @param background colour of pixels that show no object (linear RGB)
 * @param backgroundImage an image (absolute path) stretched over the pixels that show no
 *                        object, or null; an environment map shown as background wins over both
 * @param params the sweep point this frame belongs to (parameter name to value), empty outside sweeps
 * @param rendering how the colour image is made (anti-aliasing, tone mapping, shadows, camera effects)
 * @param sequence index of the sequence this frame belongs to, or null outside sequences
 * @param step the frame's step within its sequence (0 first), or null outside sequences
 * @param shutterEnd the scene where the shutter of a motion-blurred frame closes (the
 *                   sequence's next step, or its previous one for a sequence's last step), or
 *                   null: only colour is averaged towards it, labels belong to this scene
 */
public record Scene(long frame, long seed, double timeS, Camera camera, List<SceneObject> objects,
                    Lighting lighting, Rgb background, String backgroundImage, java.util.Map<String, Object> params,
                    Rendering rendering, @OptionalField Long sequence, @OptionalField Integer step,
                    @OptionalField Scene shutterEnd) {
    public Scene {
        rendering = rendering == null ? Rendering.DEFAULT : rendering;
        if ((sequence == null) != (step == null)) {
            throw new IllegalArgumentException("a frame of a sequence has both a sequence and a step, got "
                    + sequence + " and " + step);
        }
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        objects = List.copyOf(objects);
        long distinct = objects.stream().mapToInt(SceneObject::instanceId).distinct().count();
        if (distinct != objects.size()) {
            throw new IllegalArgumentException("instance ids must be unique within a scene");
        }
    }

    /** A scene without motion blur. */
    public Scene(long frame, long seed, double timeS, Camera camera, List<SceneObject> objects,
                 Lighting lighting, Rgb background, String backgroundImage, java.util.Map<String, Object> params,
                 Rendering rendering, Long sequence, Integer step) {
        this(frame, seed, timeS, camera, objects, lighting, background, backgroundImage, params, rendering, sequence,
                step, null);
    }

    /** This scene with the shutter closing at {@code end} (null: no motion blur). */
    public Scene withShutterEnd(Scene end) {
        return new Scene(frame, seed, timeS, camera, objects, lighting, background, backgroundImage, params, rendering,
                sequence, step, end);
    }

    /** This scene drawn with other settings. */
    public Scene withRendering(Rendering r) {
        return new Scene(frame, seed, timeS, camera, objects, lighting, background, backgroundImage, params, r,
                sequence, step, shutterEnd);
    }

    /** A scene rendered with the default settings. */
    public Scene(long frame, long seed, double timeS, Camera camera, List<SceneObject> objects,
                 Lighting lighting, Rgb background, String backgroundImage, java.util.Map<String, Object> params) {
        this(frame, seed, timeS, camera, objects, lighting, background, backgroundImage, params, Rendering.DEFAULT);
    }

    /** A scene outside any sequence. */
    public Scene(long frame, long seed, double timeS, Camera camera, List<SceneObject> objects,
                 Lighting lighting, Rgb background, String backgroundImage, java.util.Map<String, Object> params,
                 Rendering rendering) {
        this(frame, seed, timeS, camera, objects, lighting, background, backgroundImage, params, rendering, null, null);
    }

    /** A scene with a plain background colour, outside any sweep. */
    public Scene(long frame, long seed, double timeS, Camera camera, List<SceneObject> objects,
                 Lighting lighting, Rgb background) {
        this(frame, seed, timeS, camera, objects, lighting, background, null, java.util.Map.of());
    }
}
