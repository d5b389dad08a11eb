package dev.facet.renderer;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Rays through pixel centres against the exact shapes of a scene (boxes, spheres, cylinders
 * and planes as the contract defines them, not their triangles), from the camera's K,
 * world_to_camera and the objects' poses alone: no jME, no rasteriser.
 */
final class AnalyticRays {
    private final Scene scene;
    private final Camera camera;
    private final Matrix4d cameraToWorld;

    /** The first surface on a ray: which object, its z-depth, its normal in the camera frame and point in the world. */
    record Hit(SceneObject object, double depth, Vector3d cameraNormal, Vector3d world, double cosIncidence) {
    }

    AnalyticRays(Scene scene) {
        this.scene = scene;
        camera = scene.camera();
        cameraToWorld = new Matrix4d(camera.worldToCamera()).invertAffine();
    }

    /** The first hit of the ray through pixel centre (u, v), OpenCV convention; null when it meets nothing. */
    Hit cast(double u, double v) {
        Vector3d dirCam = new Vector3d((u - camera.cx()) / camera.fx(), (v - camera.cy()) / camera.fy(), 1);
        Vector3d origin = camera.position();
        Vector3d dir = cameraToWorld.transformDirection(new Vector3d(dirCam)).normalize();
        Hit best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (SceneObject o : scene.objects()) {
            Matrix4d objectFromWorld = new Matrix4d(o.worldFromObject()).invertAffine();
            Vector3d ro = objectFromWorld.transformPosition(new Vector3d(origin));
            Vector3d rd = objectFromWorld.transformDirection(new Vector3d(dir));
            double[] tn = intersect(o.shape(), ro, rd);
            if (tn != null && tn[0] < bestT) {
                bestT = tn[0];
                Vector3d nObj = new Vector3d(tn[1], tn[2], tn[3]);
                Vector3d nWorld = o.worldFromObject().transformDirection(nObj, new Vector3d()).normalize();
                if (nWorld.dot(dir) > 0) {
                    nWorld.negate();  // a back face (the plane from below) turns toward the camera
                }
                Vector3d world = new Vector3d(dir).mul(tn[0]).add(origin);
                Vector3d nCam = camera.worldToCamera().transformDirection(nWorld, new Vector3d()).normalize();
                best = new Hit(o, camera.toCamera(world).z, nCam, world, -nWorld.dot(dir));
            }
        }
        return best;
    }

    /** {t, nx, ny, nz} of the nearest hit in front of the origin in the object frame, or null. */
    static double[] intersect(Shape shape, Vector3d o, Vector3d d) {
        if (shape instanceof Shape.Box b) {
            return box(o, d, b.sx() / 2, b.sy() / 2, b.sz() / 2);
        } else if (shape instanceof Shape.Sphere s) {
            return sphere(o, d, s.radius());
        } else if (shape instanceof Shape.Cylinder c) {
            return cylinder(o, d, c.radius(), c.height() / 2);
        } else if (shape instanceof Shape.Plane p) {
            if (d.y == 0) {
                return null;
            }
            double t = -o.y / d.y;
            double x = o.x + t * d.x;
            double z = o.z + t * d.z;
            return t > 0 && Math.abs(x) <= p.sx() / 2 && Math.abs(z) <= p.sz() / 2 ? new double[] {t, 0, 1, 0} : null;
        }
        throw new IllegalArgumentException("no analytic form for " + shape.type());
    }

    private static double[] box(Vector3d o, Vector3d d, double hx, double hy, double hz) {
        double[] h = {hx, hy, hz};
        double[] oo = {o.x, o.y, o.z};
        double[] dd = {d.x, d.y, d.z};
        double tNear = Double.NEGATIVE_INFINITY;
        double tFar = Double.POSITIVE_INFINITY;
        int axis = -1;
        double sign = 0;
        for (int a = 0; a < 3; a++) {
            if (dd[a] == 0) {
                if (Math.abs(oo[a]) > h[a]) {
                    return null;
                }
                continue;
            }
            double t1 = (-h[a] - oo[a]) / dd[a];
            double t2 = (h[a] - oo[a]) / dd[a];
            double lo = Math.min(t1, t2);
            if (lo > tNear) {
                tNear = lo;
                axis = a;
                sign = dd[a] > 0 ? -1 : 1;
            }
            tFar = Math.min(tFar, Math.max(t1, t2));
        }
        if (tNear > tFar || tNear <= 0 || axis < 0) {
            return null;
        }
        double[] n = new double[3];
        n[axis] = sign;
        return new double[] {tNear, n[0], n[1], n[2]};
    }

    private static double[] sphere(Vector3d o, Vector3d d, double r) {
        double b = o.dot(d);
        double c = o.lengthSquared() - r * r;
        double disc = b * b - c;
        if (disc < 0) {
            return null;
        }
        double t = -b - Math.sqrt(disc);
        if (t <= 0) {
            return null;
        }
        Vector3d p = new Vector3d(d).mul(t).add(o).div(r);
        return new double[] {t, p.x, p.y, p.z};
    }

    /** A cylinder along y: the side and both caps. */
    private static double[] cylinder(Vector3d o, Vector3d d, double r, double hh) {
        double best = Double.POSITIVE_INFINITY;
        double[] n = null;
        double a = d.x * d.x + d.z * d.z;
        if (a > 0) {
            double b = o.x * d.x + o.z * d.z;
            double c = o.x * o.x + o.z * o.z - r * r;
            double disc = b * b - a * c;
            if (disc >= 0) {
                double t = (-b - Math.sqrt(disc)) / a;
                double y = o.y + t * d.y;
                if (t > 0 && Math.abs(y) <= hh) {
                    best = t;
                    n = new double[] {(o.x + t * d.x) / r, 0, (o.z + t * d.z) / r};
                }
            }
        }
        if (d.y != 0) {
            for (double cap : new double[] {-hh, hh}) {
                double t = (cap - o.y) / d.y;
                double x = o.x + t * d.x;
                double z = o.z + t * d.z;
                if (t > 0 && t < best && x * x + z * z <= r * r) {
                    best = t;
                    n = new double[] {0, Math.signum(cap), 0};
                }
            }
        }
        return n == null ? null : new double[] {best, n[0], n[1], n[2]};
    }
}
