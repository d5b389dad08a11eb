package dev.facet.scenarios.randomize;

import dev.facet.engine.random.Streams;
import dev.facet.scenarios.script.SceneBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Matrix4d;

/** One frame while its randomizers run: the parameter values, the scene builder and the object drafts. */
public final class FrameDraft {
    private final long frameSeed;
    private final Map<String, Double> params;
    private final SceneBuilder scene;
    final List<Draft> drafts = new ArrayList<>();

    public FrameDraft(long frameSeed, Map<String, Double> params, SceneBuilder scene) {
        this.frameSeed = frameSeed;
        this.params = Map.copyOf(params);
        this.scene = scene;
    }

    /** The stream of a randomizer (or of one of its parts): keyed by (frame seed, identity). */
    public SplittableRandom rng(String identity) {
        return Streams.stream(frameSeed, identity);
    }

    public Map<String, Double> params() {
        return params;
    }

    public SceneBuilder scene() {
        return scene;
    }

    public List<Draft> drafts() {
        return drafts;
    }

    /** Turns the drafts into scene objects, in id order: pose = translation, yaw, pitch, roll, mesh scale. */
    public void finish() {
        drafts.stream().filter(d -> !d.dropped).sorted((a, b) -> Integer.compare(a.id, b.id)).forEach(d -> {
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
