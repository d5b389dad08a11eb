package dev.facet.scenarios.randomize;

import dev.facet.engine.random.Streams;
import dev.facet.scenarios.script.SceneBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One frame while its randomizers run: the value of every scenario parameter, the scene
 * builder and the drafts of the frame's objects.
 */
public final class FrameDraft {
    private final long frameSeed;
    private final Map<String, Double> parameterValues;
    private final SceneBuilder scene;
    final List<ObjectDraft> objects = new ArrayList<>();
    private final Integer step;
    private final double fps;
    private final int sequenceFrames;

    /**
     * @param parameterValues every declared parameter's value in this frame: its default overlaid
     *                        with the frame's sweep point (the Scene records only the sweep point)
     */
    public FrameDraft(long frameSeed, Map<String, Double> parameterValues, SceneBuilder scene) {
        this(frameSeed, parameterValues, scene, null, 0, 1);
    }

    /**
     * A step of a sequence: {@code drawSeed} is the sequence's seed (every step draws the same),
     * {@code step} the frame's step in it, {@code fps} the steps per simulated second and
     * {@code sequenceFrames} the steps in the sequence.
     */
    public FrameDraft(long drawSeed, Map<String, Double> parameterValues, SceneBuilder scene, Integer step, double fps,
                      int sequenceFrames) {
        this.frameSeed = drawSeed;
        this.parameterValues = Map.copyOf(parameterValues);
        this.scene = scene;
        this.step = step;
        this.fps = fps;
        this.sequenceFrames = sequenceFrames;
    }

    /** The frame's step within its sequence, or null outside sequences. */
    public Integer step() {
        return step;
    }

    /** Steps per simulated second of the sequence (0 outside sequences). */
    public double fps() {
        return fps;
    }

    /** What frame-driven motion (an orbiting camera) counts: the step in a sequence, else the frame index. */
    long motionFrame() {
        return step != null ? step : scene.frame();
    }

    /** How far through its sequence the frame is: step / (frames - 1), from 0 to 1 (0 outside sequences). */
    double sequenceFraction() {
        return step == null || sequenceFrames < 2 ? 0 : step / (double) (sequenceFrames - 1);
    }

    /** Simulated seconds since the sequence began (0 outside sequences). */
    double sequenceTime() {
        return step != null ? step / fps : 0;
    }

    /** The stream of a randomizer (or of one of its parts): keyed by (frame seed, identity). */
    public SplittableRandom rng(String identity) {
        return Streams.stream(frameSeed, identity);
    }

    /** Every declared parameter's value in this frame (defaults overlaid with the sweep point). */
    public Map<String, Double> parameterValues() {
        return parameterValues;
    }

    public SceneBuilder scene() {
        return scene;
    }

    /** Turns the drafts into scene objects, in id order: pose = translation, yaw, pitch, roll, mesh scale. */
    public void finish() {
        objects.stream().filter(d -> !d.dropped).sorted((a, b) -> Integer.compare(a.id, b.id)).forEach(d -> {
            if (d.material == null) {
                throw new IllegalStateException("object " + d.name + " has no material: no randomizer drew one");
            }
            scene.add(d.id, d.category, d.name, d.scaledShape(), d.pose(), d.material);
        });
    }
}
