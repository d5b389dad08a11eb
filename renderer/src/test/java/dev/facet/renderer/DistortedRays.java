package dev.facet.renderer;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * An independent reference for frames of distorted cameras: rays through distorted pixel
 * centres, found by inverting OpenCV's published models with this class's own methods
 * (OpenCV's fixed-point iteration for radial-tangential, bisection on the angle for
 * Kannala-Brandt), intersected analytically with the scene's planes, boxes and spheres.
 * Uses neither the renderer nor the engine's distortion code.
 */
final class DistortedRays {
    private final Camera camera;
    private final Matrix4d cameraToWorld;
    private final List<Matrix4d> objectFromWorld = new ArrayList<>();
    private final List<SceneObject> objects;

    /** @param face which face of a box was hit (+-1..3 by axis and side), 0 for other shapes */
    record Hit(int instanceId, double depth, Shape shape, int face) {
    }

    DistortedRays(Scene scene) {
        camera = scene.camera();
        cameraToWorld = new Matrix4d(camera.worldToCamera()).invertAffine();
        objects = scene.objects();
        for (SceneObject o : objects) {
            objectFromWorld.add(new Matrix4d(o.worldFromObject()).invertAffine());
        }
    }

    /** What the ray through distorted pixel centre (u, v) hits first. */
    Hit cast(double u, double v) {
        double[] xy = undistort((u - camera.cx()) / camera.fx(), (v - camera.cy()) / camera.fy());
        Vector3d origin = cameraToWorld.transformPosition(new Vector3d());
        Vector3d dir = cameraToWorld.transformDirection(new Vector3d(xy[0], xy[1], 1));  // z = 1: t is the z-depth
        double best = Double.POSITIVE_INFINITY;
        SceneObject hit = null;
        int face = 0;
        for (int i = 0; i < objects.size(); i++) {
            Vector3d o = objectFromWorld.get(i).transformPosition(new Vector3d(origin));
            Vector3d d = objectFromWorld.get(i).transformDirection(new Vector3d(dir));
            double t = intersect(objects.get(i).shape(), o, d);
            if (t > camera.near() && t < best) {
                best = t;
                hit = objects.get(i);
                face = hit.shape() instanceof Shape.Box b ? boxFace(b, new Vector3d(d).mul(t).add(o)) : 0;
            }
        }
        return hit == null ? new Hit(0, 0, null, 0) : new Hit(hit.instanceId(), best, hit.shape(), face);
    }

    /** The face of box {@code b} that object-frame point {@code p} on its surface lies on. */
    private static int boxFace(Shape.Box b, Vector3d p) {
        double[] rel = {p.x / (b.sx() / 2), p.y / (b.sy() / 2), p.z / (b.sz() / 2)};
        int axis = 0;
        for (int a = 1; a < 3; a++) {
            if (Math.abs(rel[a]) > Math.abs(rel[axis])) {
                axis = a;
            }
        }
        return (axis + 1) * (rel[axis] > 0 ? 1 : -1);
    }

    private static double intersect(Shape s, Vector3d o, Vector3d d) {
        if (s instanceof Shape.Plane p) {
            double t = -o.y / d.y;
            double x = o.x + t * d.x;
            double z = o.z + t * d.z;
            return t > 0 && Math.abs(x) <= p.sx() / 2 && Math.abs(z) <= p.sz() / 2 ? t : Double.NaN;
        }
        if (s instanceof Shape.Box b) {
            double[] half = {b.sx() / 2, b.sy() / 2, b.sz() / 2};
            double[] oo = {o.x, o.y, o.z};
            double[] dd = {d.x, d.y, d.z};
            double near = Double.NEGATIVE_INFINITY;
            double far = Double.POSITIVE_INFINITY;
            for (int a = 0; a < 3; a++) {
                double t1 = (-half[a] - oo[a]) / dd[a];
                double t2 = (half[a] - oo[a]) / dd[a];
                near = Math.max(near, Math.min(t1, t2));
                far = Math.min(far, Math.max(t1, t2));
            }
            return near <= far && near > 0 ? near : Double.NaN;
        }
        if (s instanceof Shape.Sphere sp) {
            double a = d.dot(d);
            double b = 2 * o.dot(d);
            double c = o.dot(o) - sp.radius() * sp.radius();
            double disc = b * b - 4 * a * c;
            return disc < 0 ? Double.NaN : (-b - Math.sqrt(disc)) / (2 * a);
        }
        throw new IllegalArgumentException("no analytic intersection for " + s);
    }

    /** The undistorted normalised coordinate of distorted (xd, yd), by this class's own inversion. */
    double[] undistort(double xd, double yd) {
        var lens = camera.distortion();
        List<Double> k = lens.coefficients();
        if (lens.model().id().equals("opencv")) {  // cv::undistortPoints' iteration, run to convergence
            double k1 = k.get(0);
            double k2 = k.get(1);
            double p1 = k.get(2);
            double p2 = k.get(3);
            double k3 = k.get(4);
            double x = xd;
            double y = yd;
            for (int i = 0; i < 500; i++) {
                double r2 = x * x + y * y;
                double icdist = 1 / (1 + ((k3 * r2 + k2) * r2 + k1) * r2);
                double dx = 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
                double dy = p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
                x = (xd - dx) * icdist;
                y = (yd - dy) * icdist;
            }
            return new double[] {x, y};
        }
        double thetaD = Math.hypot(xd, yd);  // Kannala-Brandt: theta_d = theta (1 + k1 theta^2 + ... + k4 theta^8)
        double lo = 0;
        double hi = Math.toRadians(89);
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double t2 = mid * mid;
            double f = mid * (1 + k.get(0) * t2 + k.get(1) * t2 * t2 + k.get(2) * t2 * t2 * t2 + k.get(3) * t2 * t2 * t2 * t2);
            if (f < thetaD) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double r = Math.tan((lo + hi) / 2);
        return thetaD == 0 ? new double[] {0, 0} : new double[] {xd * r / thetaD, yd * r / thetaD};
    }
}
