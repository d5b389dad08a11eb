package dev.facet.exporters.bop;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * Where an object would appear if nothing hid it, computed from its true shape rather than a
 * render: the convex hull of its projected surface points. Exact for boxes and planes (their
 * corners), close for spheres and cylinders (densely sampled outlines). Only for objects
 * wholly in front of the camera's near plane; meshes have no silhouette here (their
 * triangles are not loaded outside the renderer).
 */
final class Silhouette {
    private final double[][] hull;

    private Silhouette(double[][] hull) {
        this.hull = hull;
    }

    /** The silhouette, or null when it cannot be computed honestly (mesh, or crossing the near plane). */
    static Silhouette of(Shape shape, Matrix4dc worldFromObject, Camera camera) {
        List<Vector3d> points = surfacePoints(shape);
        if (points == null) {
            return null;
        }
        List<double[]> projected = new ArrayList<>();
        for (Vector3d p : points) {
            Vector3d c = camera.toCamera(worldFromObject.transformPosition(p));
            if (c.z < camera.near()) {
                return null;
            }
            projected.add(new double[] {camera.fx() * c.x / c.z + camera.cx(), camera.fy() * c.y / c.z + camera.cy()});
        }
        return new Silhouette(convexHull(projected));
    }

    /** Box [x, y, w, h] around the silhouette in the contract's pixel-corner convention; may reach outside the image. */
    int[] bbox() {
        double minU = Double.POSITIVE_INFINITY;
        double minV = Double.POSITIVE_INFINITY;
        double maxU = Double.NEGATIVE_INFINITY;
        double maxV = Double.NEGATIVE_INFINITY;
        for (double[] p : hull) {
            minU = Math.min(minU, p[0]);
            minV = Math.min(minV, p[1]);
            maxU = Math.max(maxU, p[0]);
            maxV = Math.max(maxV, p[1]);
        }
        // pixel centres are integers: pixel u covers [u - 0.5, u + 0.5)
        int x0 = (int) Math.floor(minU + 0.5);
        int y0 = (int) Math.floor(minV + 0.5);
        int x1 = (int) Math.floor(maxU + 0.5) + 1;
        int y1 = (int) Math.floor(maxV + 0.5) + 1;
        return new int[] {x0, y0, x1 - x0, y1 - y0};
    }

    /** Pixels of a width x height image whose centres lie inside the silhouette. */
    long pixelCount(int width, int height) {
        int[] b = bbox();
        long n = 0;
        for (int v = Math.max(0, b[1]); v < Math.min(height, b[1] + b[3]); v++) {
            for (int u = Math.max(0, b[0]); u < Math.min(width, b[0] + b[2]); u++) {
                if (contains(u, v)) {
                    n++;
                }
            }
        }
        return n;
    }

    private boolean contains(double u, double v) {
        if (hull.length < 3) {
            return false;
        }
        for (int i = 0; i < hull.length; i++) {
            double[] a = hull[i];
            double[] b = hull[(i + 1) % hull.length];
            if ((b[0] - a[0]) * (v - a[1]) - (b[1] - a[1]) * (u - a[0]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Vector3d> surfacePoints(Shape shape) {
        List<Vector3d> pts = new ArrayList<>();
        if (shape instanceof Shape.Box b) {
            for (int i = 0; i < 8; i++) {
                pts.add(new Vector3d((i & 1) == 0 ? -b.sx() / 2 : b.sx() / 2, (i & 2) == 0 ? -b.sy() / 2 : b.sy() / 2,
                        (i & 4) == 0 ? -b.sz() / 2 : b.sz() / 2));
            }
        } else if (shape instanceof Shape.Plane p) {
            for (int i = 0; i < 4; i++) {
                pts.add(new Vector3d((i & 1) == 0 ? -p.sx() / 2 : p.sx() / 2, 0, (i & 2) == 0 ? -p.sz() / 2 : p.sz() / 2));
            }
        } else if (shape instanceof Shape.Cylinder c) {
            for (int i = 0; i < 128; i++) {
                double a = 2 * Math.PI * i / 128;
                pts.add(new Vector3d(c.radius() * Math.cos(a), -c.height() / 2, c.radius() * Math.sin(a)));
                pts.add(new Vector3d(c.radius() * Math.cos(a), c.height() / 2, c.radius() * Math.sin(a)));
            }
        } else if (shape instanceof Shape.Sphere s) {
            for (int i = 0; i <= 48; i++) {
                double lat = Math.PI * i / 48 - Math.PI / 2;
                for (int j = 0; j < 96; j++) {
                    double lon = 2 * Math.PI * j / 96;
                    pts.add(new Vector3d(s.radius() * Math.cos(lat) * Math.cos(lon), s.radius() * Math.sin(lat),
                            s.radius() * Math.cos(lat) * Math.sin(lon)));
                }
            }
        } else {
            return null;
        }
        return pts;
    }

    /** Andrew's monotone chain; counter-clockwise in (u, v) maths orientation, i.e. the left-turn test above. */
    static double[][] convexHull(List<double[]> points) {
        double[][] p = points.toArray(new double[0][]);
        Arrays.sort(p, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        if (p.length < 3) {
            return p;
        }
        double[][] h = new double[2 * p.length][];
        int k = 0;
        for (double[] q : p) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], q) <= 0) {
                k--;
            }
            h[k++] = q;
        }
        for (int i = p.length - 2, t = k + 1; i >= 0; i--) {
            while (k >= t && cross(h[k - 2], h[k - 1], p[i]) <= 0) {
                k--;
            }
            h[k++] = p[i];
        }
        return Arrays.copyOf(h, k - 1);
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
