package dev.facet.scenarios.build;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.ImageSize;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * The scene maths every way of writing a scenario shares (files, Java scripts through
 * SceneBuilder, the tabletop): the sun's direction, a point on a sphere around a target,
 * the look-at pose and a centred pinhole camera. Angles are in degrees, world y is up.
 */
public final class SceneMath {
    private SceneMath() {
    }

    /** The direction sunlight travels, from a sun at {@code elevationDeg} above the horizon and {@code azimuthDeg}. */
    public static Vector3d sunTravel(double elevationDeg, double azimuthDeg) {
        double e = Math.toRadians(elevationDeg);
        double a = Math.toRadians(azimuthDeg);
        return new Vector3d(-Math.cos(e) * Math.sin(a), -Math.sin(e), -Math.cos(e) * Math.cos(a));
    }

    /** The point {@code distance} from {@code target} at an elevation and azimuth (azimuth 0 is +z, 90 is +x). */
    public static Vector3d onSphere(Vector3dc target, double distance, double elevationDeg, double azimuthDeg) {
        double e = Math.toRadians(elevationDeg);
        double a = Math.toRadians(azimuthDeg);
        return new Vector3d(Math.cos(e) * Math.sin(a), Math.sin(e), Math.cos(e) * Math.cos(a)).mul(distance).add(target);
    }

    /** World to camera (OpenCV: x right, y down, z forward) for a camera at eye looking at target. */
    public static Matrix4d lookAt(Vector3dc eye, Vector3dc target) {
        Vector3d forward = new Vector3d(target).sub(eye).normalize();
        Vector3d right = new Vector3d(forward).cross(0, 1, 0);
        if (right.lengthSquared() < 1e-12) {
            throw new IllegalArgumentException("camera looks straight up or down; the look-at is undefined");
        }
        right.normalize();
        Vector3d down = new Vector3d(forward).cross(right).normalize();
        Matrix4d rotation = new Matrix4d(
                right.x, down.x, forward.x, 0,
                right.y, down.y, forward.y, 0,
                right.z, down.z, forward.z, 0,
                0, 0, 0, 1);  // JOML takes columns: rows of the rotation are right, down, forward
        return rotation.translate(-eye.x(), -eye.y(), -eye.z(), new Matrix4d());
    }

    /** Focal length in pixels of a vertical field of view over {@code height} pixels. */
    public static double focalLength(int height, double verticalFovDeg) {
        return (height / 2.0) / Math.tan(Math.toRadians(verticalFovDeg) / 2);
    }

    /** A centred pinhole camera of a vertical field of view, at eye looking at target. */
    public static Camera lookAtCamera(ImageSize size, double verticalFovDeg, Vector3dc eye, Vector3dc target,
                                      double near, double far) {
        double f = focalLength(size.height(), verticalFovDeg);
        return new Camera(size.width(), size.height(), f, f, (size.width() - 1) / 2.0, (size.height() - 1) / 2.0,
                lookAt(eye, target), near, far);
    }
}
