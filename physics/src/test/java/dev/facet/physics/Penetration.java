package dev.facet.physics;

import dev.facet.engine.scene.Shape;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/** Exact penetration depths (m, negative for a gap) of primitives against y = 0 and of sphere pairs. */
final class Penetration {
    private Penetration() {
    }

    /** How far the shape's lowest point lies below y = 0. */
    static double belowPlane(Shape shape, Matrix4d pose) {
        Vector3d c = pose.getTranslation(new Vector3d());
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
            Vector3d axis = pose.transformDirection(new Vector3d(0, 1, 0)).normalize();
            double ay = Math.abs(axis.y);
            double lowest = c.y - y.height() / 2 * ay - y.radius() * Math.sqrt(Math.max(0, 1 - ay * ay));
            return -lowest;
        }
        throw new IllegalArgumentException("no exact depth for " + shape.type());
    }

    /** Overlap of two spheres (0 or less when either is not a sphere). */
    static double spheres(Shape a, Matrix4d pa, Shape b, Matrix4d pb) {
        if (!(a instanceof Shape.Sphere sa) || !(b instanceof Shape.Sphere sb)) {
            return 0;
        }
        double d = pa.getTranslation(new Vector3d()).distance(pb.getTranslation(new Vector3d()));
        return sa.radius() + sb.radius() - d;
    }
}
