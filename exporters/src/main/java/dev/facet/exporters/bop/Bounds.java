package dev.facet.exporters.bop;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Shape;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * The pixels a primitive's silhouette can reach: its bounding box in its own frame, cut at the
 * camera's near plane (corners in front plus the edges' crossings of the plane), projected and
 * widened by a pixel, within the BOP enlarged canvas.
 */
final class Bounds {
    private Bounds() {
    }

    /** [u0, v0, u1, v1), within -width..2 width and -height..2 height; empty (u1 == u0) when nothing is in front. */
    static int[] region(Shape shape, Matrix4dc cameraFromObject, Camera camera) {
        double[] h = halfExtents(shape);
        Vector3d[] c = new Vector3d[8];
        for (int i = 0; i < 8; i++) {
            c[i] = cameraFromObject.transformPosition(new Vector3d((i & 1) == 0 ? -h[0] : h[0],
                    (i & 2) == 0 ? -h[1] : h[1], (i & 4) == 0 ? -h[2] : h[2]));
        }
        double near = camera.near();
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int i = 0; i < 8; i++) {
            if (c[i].z >= near) {
                widen(box, c[i], camera);
            }
            for (int bit = 1; bit < 8; bit <<= 1) {
                int j = i | bit;
                if (j != i && (c[i].z >= near) != (c[j].z >= near)) {
                    double s = (near - c[i].z) / (c[j].z - c[i].z);
                    widen(box, new Vector3d(c[i]).lerp(c[j], s).setComponent(2, near), camera);
                }
            }
        }
        int w = camera.width();
        int ht = camera.height();
        if (box[0] > box[2]) {
            return new int[] {0, 0, 0, 0};
        }
        int u0 = (int) Math.max(-w, Math.floor(box[0]) - 1);
        int v0 = (int) Math.max(-ht, Math.floor(box[1]) - 1);
        int u1 = (int) Math.min(2L * w, Math.ceil(box[2]) + 2);
        int v1 = (int) Math.min(2L * ht, Math.ceil(box[3]) + 2);
        return u1 <= u0 || v1 <= v0 ? new int[] {0, 0, 0, 0} : new int[] {u0, v0, u1, v1};
    }

    private static void widen(double[] box, Vector3d p, Camera camera) {
        double u = camera.fx() * p.x / p.z + camera.cx();
        double v = camera.fy() * p.y / p.z + camera.cy();
        box[0] = Math.min(box[0], u);
        box[1] = Math.min(box[1], v);
        box[2] = Math.max(box[2], u);
        box[3] = Math.max(box[3], v);
    }

    private static double[] halfExtents(Shape shape) {
        if (shape instanceof Shape.Box b) {
            return new double[] {b.sx() / 2, b.sy() / 2, b.sz() / 2};
        } else if (shape instanceof Shape.Sphere s) {
            return new double[] {s.radius(), s.radius(), s.radius()};
        } else if (shape instanceof Shape.Cylinder c) {
            return new double[] {c.radius(), c.height() / 2, c.radius()};
        } else if (shape instanceof Shape.Plane p) {
            return new double[] {p.sx() / 2, 0, p.sz() / 2};
        }
        throw new IllegalArgumentException("no bounds for " + shape.type());
    }
}
