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
        return sceneToRender(runSeed, frame, size, sceneInRun(runSeed, frame, size));
    }

    /** As {@link #sceneToRender(long, long, ImageSize)}, for {@code scene}, frame {@code frame} already built. */
    default Scene sceneToRender(long runSeed, long frame, ImageSize size, Scene scene) {
        if (scene.rendering().motionBlur() == null || scene.step() == null || sequenceLength() < 2) {
            return scene;
        }
        long other = scene.step() + 1 < sequenceLength() ? frame + 1 : frame - 1;
        return scene.withShutterEnd(sceneInRun(runSeed, other, size));
    }

    /**
     * The scene one step after frame {@code frame} of a run seeded with {@code runSeed}: step t+1 of the
     * frame's sequence, also after its last step (the world simulated one step beyond), so that layers
     * over time (flow) exist for every frame. Its meta fields (frame, step, time) are those of t+1,
     * and when step t+1 is in the sequence it equals {@code sceneInRun(runSeed, frame + 1, size)}: the
     * run loop uses it as that frame's scene rather than building it twice.
     * Still frames have no next step: the default refuses, which is what {@link #sequenceLength()} 1 means.
     */
    default Scene sceneAfter(long runSeed, long frame, ImageSize size) {
        throw new NoNextStep(name());
    }

    /** Asked for the scene after a still frame: a user mistake (flow of a scenario without sequences). */
    final class NoNextStep extends IllegalArgumentException implements dev.facet.engine.spi.UserMistake {
        public NoNextStep(String scenario) {
            super("scenario " + scenario + " has still frames, so it has no flow: flow and flow_valid describe the"
                    + " motion from step t to t+1 of a sequence; add sequence: {frames: N, fps: F} to the scenario"
                    + " or leave flow out of outputs");
        }
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
