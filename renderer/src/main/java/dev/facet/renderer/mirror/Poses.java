package dev.facet.renderer.mirror;

import com.jme3.math.Quaternion;
import com.jme3.math.Transform;
import com.jme3.math.Vector3f;
import org.joml.Matrix3d;
import org.joml.Matrix4dc;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/** Converts the engine's double-precision poses into jME transforms. */
public final class Poses {
    private Poses() {
    }

    /** A rigid pose with optional scale, decomposed into translation, rotation and scale. */
    public static Transform transform(Matrix4dc m) {
        Vector3d t = m.getTranslation(new Vector3d());
        Vector3d s = m.getScale(new Vector3d());
        // JOML's getNormalizedRotation leaves the scale in the quaternion's length; jME's
        // picking (ray casts) then misses scaled objects. Divide the scale out of the columns.
        Matrix3d r = m.get3x3(new Matrix3d()).scale(1 / s.x, 1 / s.y, 1 / s.z);
        Quaterniond q = r.getUnnormalizedRotation(new Quaterniond()).normalize();
        return new Transform(
                new Vector3f((float) t.x, (float) t.y, (float) t.z),
                new Quaternion((float) q.x, (float) q.y, (float) q.z, (float) q.w),
                new Vector3f((float) s.x, (float) s.y, (float) s.z));
    }
}
