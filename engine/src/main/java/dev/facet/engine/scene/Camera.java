package dev.facet.engine.scene;

import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A camera in the OpenCV convention (x right, y down, z forward): intrinsics in pixels and
 * the world-to-camera transform. Pixel centres are integer coordinates. Without a
 * {@code distortion} it is a pinhole camera; with one, pixel (u, v) sees the ray whose
 * normalised coordinate distorts to ((u - cx) / fx, (v - cy) / fy), as in OpenCV.
 *
 * @param distortion the lens distortion, or null for a pinhole camera
 * @param depthNoise the depth sensor's errors that make the {@code depth_noisy} modality, or null
 */
public record Camera(int width, int height, double fx, double fy, double cx, double cy,
                     Matrix4dc worldToCamera, double near, double far,
                     @OptionalField LensDistortion distortion, @OptionalField DepthNoise depthNoise) {
    /** A pinhole camera without a depth noise model. */
    public Camera(int width, int height, double fx, double fy, double cx, double cy,
                  Matrix4dc worldToCamera, double near, double far) {
        this(width, height, fx, fy, cx, cy, worldToCamera, near, far, null, null);
    }

    public Camera {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (!(fx > 0 && fy > 0)) {
            throw new IllegalArgumentException("focal lengths must be positive");
        }
        if (!(near > 0 && far > near)) {
            throw new IllegalArgumentException("need 0 < near < far, got " + near + ", " + far);
        }
        worldToCamera = new Matrix4d(worldToCamera);
    }

    /** A centred camera with the given vertical field of view, looking from {@code eye} at {@code target}, world y up. */
    public static Camera lookAt(int width, int height, double verticalFovDeg, Vector3dc eye, Vector3dc target,
                                double near, double far) {
        double fy = focalLength(height, verticalFovDeg);
        return new Camera(width, height, fy, fy, (width - 1) / 2.0, (height - 1) / 2.0, lookAtTransform(eye, target),
                near, far);
    }

    /** Focal length in pixels of a vertical field of view over {@code height} pixels. */
    public static double focalLength(int height, double verticalFovDeg) {
        return (height / 2.0) / Math.tan(Math.toRadians(verticalFovDeg) / 2);
    }

    /**
     * The world-to-camera transform of a camera at {@code eye} looking at {@code target}, world y up.
     * A camera looking straight down or up (within 1e-6 rad) has world +x as its image right, the
     * limit of a camera tilted towards it from the +z side: looking down, image up is world -z.
     *
     * @throws IllegalArgumentException when {@code eye} equals {@code target} (no direction to look in)
     *                                  or a coordinate is not finite
     */
    public static Matrix4d lookAtTransform(Vector3dc eye, Vector3dc target) {
        if (!eye.isFinite() || !target.isFinite()) {
            throw new IllegalArgumentException("the camera eye and target must be finite, got " + eye + ", " + target);
        }
        Vector3d forward = new Vector3d(target).sub(eye);
        if (!(forward.lengthSquared() > 0)) {
            throw new IllegalArgumentException("the camera eye equals its target; the camera needs a direction");
        }
        forward.normalize();
        Vector3d right = new Vector3d(forward).cross(0, 1, 0);
        if (right.lengthSquared() < 1e-12) {
            right.set(1, 0, 0);  // straight down or up: world y is no up; +x keeps the image continuous from +z
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

    /** The same camera (intrinsics, clip planes, lens and depth sensor) posed by {@code worldToCamera}. */
    public Camera withWorldToCamera(Matrix4dc worldToCamera) {
        return new Camera(width, height, fx, fy, cx, cy, worldToCamera, near, far, distortion, depthNoise);
    }

    /** The same camera with lens {@code distortion} (null: pinhole). */
    public Camera withDistortion(LensDistortion d) {
        return new Camera(width, height, fx, fy, cx, cy, worldToCamera, near, far, d, depthNoise);
    }

    /** The same camera with the depth sensor errors {@code n} (null: none). */
    public Camera withDepthNoise(DepthNoise n) {
        return new Camera(width, height, fx, fy, cx, cy, worldToCamera, near, far, distortion, n);
    }

    /** True when the lens distorts (some coefficient is not 0). */
    public boolean distorted() {
        return distortion != null && !distortion.identity();
    }

    /** The 3x3 intrinsic matrix, row-major. */
    public double[][] k() {
        return new double[][] {{fx, 0, cx}, {0, fy, cy}, {0, 0, 1}};
    }

    /** Position of the camera centre in world coordinates. */
    public Vector3d position() {
        return new Matrix4d(worldToCamera).invertAffine().getTranslation(new Vector3d());
    }

    /** A world point in the camera frame. */
    public Vector3d toCamera(Vector3dc world) {
        return worldToCamera.transformPosition(new Vector3d(world));
    }

    /** Projects a world point to pixel coordinates (u, v), through the lens distortion if any; null when it is behind the camera. */
    public double[] project(Vector3dc world) {
        Vector3d p = toCamera(world);
        if (p.z <= 0) {
            return null;
        }
        if (distorted()) {
            double[] d = distortion.distort(p.x / p.z, p.y / p.z, new double[2]);
            return new double[] {fx * d[0] + cx, fy * d[1] + cy};
        }
        return new double[] {fx * p.x / p.z + cx, fy * p.y / p.z + cy};
    }
}
