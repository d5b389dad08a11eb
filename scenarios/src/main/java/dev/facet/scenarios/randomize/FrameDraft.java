package dev.facet.scenarios.randomize;

import dev.facet.engine.random.Streams;
import dev.facet.scenarios.script.SceneBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Matrix4d;

/**
 * One frame while its randomizers run: the value of every scenario parameter, the scene
 * builder and the drafts of the frame's objects.
 */
public final class FrameDraft {
    private final long frameSeed;
    private final Map<String, Double> parameterValues;
    private final SceneBuilder scene;
    final List<ObjectDraft> objects = new ArrayList<>();

    /**
     * @param parameterValues every declared parameter's value in this frame: its default overlaid
     *                        with the frame's sweep point (the Scene records only the sweep point)
     */
    public FrameDraft(long frameSeed, Map<String, Double> parameterValues, SceneBuilder scene) {
        this.frameSeed = frameSeed;
        this.parameterValues = Map.copyOf(parameterValues);
        this.scene = scene;
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
            Matrix4d pose = new Matrix4d().translation(d.position)
                    .rotateY(Math.toRadians(d.yawDeg)).rotateX(Math.toRadians(d.pitchDeg))
                    .rotateZ(Math.toRadians(d.rollDeg)).scale(d.meshScale());
            scene.add(d.id, d.category, d.name, d.scaledShape(), pose, d.material);
        });
    }
}
