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
 */
public record Scene(long frame, long seed, double timeS, Camera camera, List<SceneObject> objects,
                    Lighting lighting, Rgb background) {
    public Scene {
        objects = List.copyOf(objects);
        long distinct = objects.stream().mapToInt(SceneObject::instanceId).distinct().count();
        if (distinct != objects.size()) {
            throw new IllegalArgumentException("instance ids must be unique within a scene");
        }
    }
}
