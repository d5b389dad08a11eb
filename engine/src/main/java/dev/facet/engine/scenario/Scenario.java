package dev.facet.engine.scenario;

import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import java.util.List;
import java.util.Map;

/**
 * Describes what to generate: given a frame index and its seed, a scene. Must be pure:
 * the same (frame, seed, size) gives the same scene in any process, in any order.
 */
public interface Scenario {

    String name();

    /** Every category this scenario can produce, in id order. */
    List<Category> categories();

    Scene scene(long frame, long frameSeed, ImageSize size);

    /** The resolved settings (every default filled in) as plain maps, lists, strings and numbers. */
    Map<String, Object> describe();

    /** What a run of this scenario does where the command line says nothing; none by default. */
    default RunDefaults defaults() {
        return RunDefaults.NONE;
    }
}
