package dev.facet.renderer.amodal;

import com.jme3.bounding.BoundingBox;
import com.jme3.bounding.BoundingSphere;
import com.jme3.bounding.BoundingVolume;
import com.jme3.math.Vector3f;
import dev.facet.engine.scene.Camera;
import org.joml.Vector3d;

/**
 * The pixels an object can cover: the corners of its world bounds in front of the near plane,
 * and the crossings of the near plane by the box's edges, projected through the camera's K and
 * widened by a pixel. Image pixel coordinates, half-open [u0, u1) x [v0, v1), not clipped.
 */
record ScreenRect(int u0, int v0, int u1, int v1) {
    static final ScreenRect EMPTY = new ScreenRect(0, 0, 0, 0);

    boolean isEmpty() {
        return u1 <= u0 || v1 <= v0;
    }

    ScreenRect intersect(int x0, int y0, int x1, int y1) {
        ScreenRect r = new ScreenRect(Math.max(u0, x0), Math.max(v0, y0), Math.min(u1, x1), Math.min(v1, y1));
        return r.isEmpty() ? EMPTY : r;
    }

    ScreenRect union(ScreenRect o) {
        if (isEmpty()) {
            return o;
        }
        return o.isEmpty() ? this : new ScreenRect(Math.min(u0, o.u0), Math.min(v0, o.v0), Math.max(u1, o.u1),
                Math.max(v1, o.v1));
    }

    /** Whether it reaches outside the {@code width} x {@code height} image. */
    boolean leaves(int width, int height) {
        return !isEmpty() && (u0 < 0 || v0 < 0 || u1 > width || v1 > height);
    }

    /** The rectangle of {@code bound} (world coordinates) seen by {@code camera}; empty when nothing is in front. */
    static ScreenRect of(BoundingVolume bound, Camera camera) {
        Vector3f c = bound.getCenter();
        float ex;
        float ey;
        float ez;
        if (bound instanceof BoundingBox b) {
            ex = b.getXExtent();
            ey = b.getYExtent();
            ez = b.getZExtent();
        } else if (bound instanceof BoundingSphere s) {
            ex = ey = ez = s.getRadius();
        } else {
            throw new IllegalArgumentException("unknown bounding volume " + bound);
        }
        // widened by a hair, so that float bounds (of a flat plane, say) still enclose the triangles
        double[] h = {ex * 1.001 + 1e-4, ey * 1.001 + 1e-4, ez * 1.001 + 1e-4};
        Vector3d[] corner = new Vector3d[8];
        for (int i = 0; i < 8; i++) {
            corner[i] = camera.toCamera(new Vector3d(c.x + ((i & 1) == 0 ? -h[0] : h[0]),
                    c.y + ((i & 2) == 0 ? -h[1] : h[1]), c.z + ((i & 4) == 0 ? -h[2] : h[2])));
        }
        double near = camera.near();
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int i = 0; i < 8; i++) {
            if (corner[i].z >= near) {
                widen(box, corner[i], camera);
            }
            for (int bit = 1; bit < 8; bit <<= 1) {
                int j = i | bit;
                if (j != i && (corner[i].z >= near) != (corner[j].z >= near)) {
                    double s = (near - corner[i].z) / (corner[j].z - corner[i].z);
                    widen(box, new Vector3d(corner[i]).lerp(corner[j], s).setComponent(2, near), camera);
                }
            }
        }
        if (!(box[0] <= box[2])) {
            return EMPTY;
        }
        // far beyond the BOP canvas nothing is counted: clamp so that int arithmetic stays safe
        double limitU = 4.0 * camera.width();
        double limitV = 4.0 * camera.height();
        return new ScreenRect((int) clamp(Math.floor(box[0]) - 1, limitU), (int) clamp(Math.floor(box[1]) - 1, limitV),
                (int) clamp(Math.ceil(box[2]) + 2, limitU), (int) clamp(Math.ceil(box[3]) + 2, limitV));
    }

    private static double clamp(double x, double limit) {
        return Math.max(-limit, Math.min(limit, x));
    }

    private static void widen(double[] box, Vector3d p, Camera camera) {
        double u = camera.fx() * p.x / p.z + camera.cx();
        double v = camera.fy() * p.y / p.z + camera.cy();
        box[0] = Math.min(box[0], u);
        box[1] = Math.min(box[1], v);
        box[2] = Math.max(box[2], u);
        box[3] = Math.max(box[3], v);
    }
}
