package dev.facet.engine.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * The world between a motion-blurred frame's instant and where its shutter closes
 * ({@link Scene#shutterEnd()}): object poses and the camera pose interpolated, translation
 * linearly, rotation by slerp, scale linearly. Exact for the constant velocities and spins of
 * {@code motion} over one step; a chord of an orbit or a physics trajectory otherwise. An
 * object present at only one end stays where the frame has it. Lights, materials and sizes
 * stay the frame's own.
 */
public final class ShutterScenes {
    private ShutterScenes() {
    }

    /** The scene a fraction {@code f} (0 = the frame's instant, 1 = shutter end's) of the way to its shutter end. */
    public static Scene at(Scene open, double f) {
        Scene end = open.shutterEnd();
        if (end == null || f == 0) {
            return open.withShutterEnd(null);
        }
        Map<Integer, Matrix4dc> to = new HashMap<>();
        for (SceneObject o : end.objects()) {
            to.put(o.instanceId(), o.worldFromObject());
        }
        List<SceneObject> objects = new ArrayList<>(open.objects().size());
        for (SceneObject o : open.objects()) {
            Matrix4dc b = to.get(o.instanceId());
            objects.add(b == null ? o : new SceneObject(o.instanceId(), o.category(), o.name(),
                    blend(o.worldFromObject(), b, f), o.shape(), o.material()));
        }
        Camera c = open.camera();
        Matrix4d cameraToWorld = blend(new Matrix4d(c.worldToCamera()).invertAffine(),
                new Matrix4d(end.camera().worldToCamera()).invertAffine(), f);
        Camera camera = c.withWorldToCamera(cameraToWorld.invertAffine());  // keeps the lens: sub-frames use its wide view
        return new Scene(open.frame(), open.seed(), open.timeS(), camera, objects, open.lighting(), open.background(),
                open.backgroundImage(), open.params(), open.rendering(), open.sequence(), open.step(), null);
    }

    /** A rigid transform with scale, {@code f} of the way from {@code a} to {@code b}. */
    static Matrix4d blend(Matrix4dc a, Matrix4dc b, double f) {
        Vector3d ta = a.getTranslation(new Vector3d());
        Vector3d tb = b.getTranslation(new Vector3d());
        Vector3d sa = a.getScale(new Vector3d());
        Vector3d sb = b.getScale(new Vector3d());
        Quaterniond ra = a.getNormalizedRotation(new Quaterniond());
        Quaterniond rb = b.getNormalizedRotation(new Quaterniond());
        return new Matrix4d().translationRotateScale(ta.lerp(tb, f), ra.slerp(rb, f), sa.lerp(sb, f));
    }
}
