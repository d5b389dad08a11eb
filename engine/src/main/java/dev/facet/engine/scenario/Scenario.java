package dev.facet.engine.scenario;

import dev.facet.engine.random.Streams;
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

    /**
     * Frame {@code frame} of a run seeded with {@code runSeed}: what the run loop calls. By default
     * the scene of the frame's own seed; scenarios whose frames share draws (sequences) override it.
     */
    default Scene sceneInRun(long runSeed, long frame, ImageSize size) {
        return scene(frame, Streams.frameSeed(runSeed, frame), size);
    }

    /**
     * Frame {@code frame} of a run as the renderer gets it: {@link #sceneInRun}, and when its
     * rendering asks for motion blur and it is a step of a sequence, with the scene where its
     * shutter closes attached ({@link Scene#withShutterEnd}): the sequence's next step, or the
     * previous one for its last step (the blur then trails back in time).
     */
    default Scene sceneToRender(long runSeed, long frame, ImageSize size) {
        Scene scene = sceneInRun(runSeed, frame, size);
        if (scene.rendering().motionBlur() == null || scene.step() == null || sequenceLength() < 2) {
            return scene;
        }
        long other = scene.step() + 1 < sequenceLength() ? frame + 1 : frame - 1;
        return scene.withShutterEnd(sceneInRun(runSeed, other, size));
    }

    /**
     * How many consecutive frames make one unit of this scenario (a sequence), 1 when frames stand
     * alone. Frame k belongs to unit {@code k / sequenceLength()}; splitting a run (shards, resume)
     * on unit boundaries keeps each unit's simulation in one piece.
     */
    default int sequenceLength() {
        return 1;
    }

    /** The resolved settings (every default filled in) as plain maps, lists, strings and numbers. */
    Map<String, Object> describe();

    /** What a run of this scenario does where the command line says nothing; none by default. */
    default RunDefaults defaults() {
        return RunDefaults.NONE;
    }
}
