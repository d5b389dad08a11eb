package dev.facet.cli.bench;

import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import java.util.List;
import org.joml.Matrix4d;

/**
 * Prepared scenes played as one long sequence whose every frame moves on by a small step (each
 * object shifted and turned, the camera turned): what the layers over time (flow) need, with
 * the same objects at t and t+1 as in a real sequence, and no scene building timed.
 */
final class MovingReplay extends Replay {
    MovingReplay(Scenario scenario, List<Scene> scenes) {
        super(scenario, scenes);
    }

    @Override
    public Scene sceneAfter(long runSeed, long frame, ImageSize size) {
        return moved(scene(frame, 0, size));
    }

    @Override
    public int sequenceLength() {
        return Integer.MAX_VALUE;
    }

    /** {@code s} one step later: every object 1 cm along x and 2 degrees about its y axis, the camera 0.5 degrees. */
    static Scene moved(Scene s) {
        List<SceneObject> objects = s.objects().stream().map(o -> new SceneObject(o.instanceId(), o.category(),
                o.name(), new Matrix4d().translation(0.01, 0, 0).mul(o.worldFromObject()).rotateY(Math.toRadians(2)),
                o.shape(), o.material())).toList();
        Camera c = s.camera();
        Camera cam = c.withWorldToCamera(new Matrix4d(c.worldToCamera()).rotateY(Math.toRadians(0.5)));
        return new Scene(s.frame() + 1, s.seed(), s.timeS(), cam, objects, s.lighting(), s.background(),
                s.backgroundImage(), s.params(), s.rendering());
    }
}
