package dev.facet.scenarios.motion;

import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/** Exact penetration depths (m; negative: a gap) from a scene's shapes and poses, as the meta records them. */
final class Penetration {
    private Penetration() {
    }

    /** How far the object's lowest point lies below y = 0 (primitives only). */
    static double belowPlane(SceneObject o) {
        Matrix4dc pose = o.worldFromObject();
        Vector3d c = pose.getTranslation(new Vector3d());
        Shape shape = o.shape();
        if (shape instanceof Shape.Sphere s) {
            return s.radius() - c.y;
        } else if (shape instanceof Shape.Box b) {
            double lowest = Double.MAX_VALUE;
            for (int i = 0; i < 8; i++) {
                Vector3d p = pose.transformPosition(new Vector3d((i & 1) == 0 ? -b.sx() / 2 : b.sx() / 2,
                        (i & 2) == 0 ? -b.sy() / 2 : b.sy() / 2, (i & 4) == 0 ? -b.sz() / 2 : b.sz() / 2));
                lowest = Math.min(lowest, p.y);
            }
            return -lowest;
        } else if (shape instanceof Shape.Cylinder y) {
            double ay = Math.abs(pose.transformDirection(new Vector3d(0, 1, 0)).normalize().y);
            return -(c.y - y.height() / 2 * ay - y.radius() * Math.sqrt(Math.max(0, 1 - ay * ay)));
        }
        throw new IllegalArgumentException("no exact depth for " + shape.type());
    }

    /** How far two spheres overlap (0 when either is not a sphere). */
    static double spheres(SceneObject a, SceneObject b) {
        if (!(a.shape() instanceof Shape.Sphere sa) || !(b.shape() instanceof Shape.Sphere sb)) {
            return 0;
        }
        return sa.radius() + sb.radius() - a.worldFromObject().getTranslation(new Vector3d())
                .distance(b.worldFromObject().getTranslation(new Vector3d()));
    }
}
