package dev.facet.inspect.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.engine.scene.LensDistortion;
import dev.facet.inspect.dataset.FrameMeta;
import dev.facet.inspect.dataset.MetaObject;
import java.util.List;

/**
 * Casts the ray through a pixel centre into a frame's scene as its meta file describes it
 * (OpenCV camera: x right, y down, z forward; K, world_to_camera and, when given, the lens
 * distortion, whose model is inverted to find the ray), and names the nearest
 * object hit and that hit's camera z.
 */
final class RayCaster {
    /** The nearest hit: the object's instance id (0 for none), its z in the camera frame, and whether it is a mesh. */
    record Hit(int instanceId, double z, boolean mesh) {
        static final Hit NONE = new Hit(0, 0, false);
    }

    private final double fx;
    private final double fy;
    private final double cx;
    private final double cy;
    private final double near;
    private final double far;
    private final double[] origin;      // camera centre, world
    private final double[][] cameraToWorld;  // rotation part, rows
    private final List<MetaObject> objects;
    private final double[][][] objectFromWorld;
    /** The meta's camera.distortion, or null for a pinhole camera. */
    private final LensDistortion lens;

    RayCaster(FrameMeta meta) {
        lens = lens(meta.raw().path("camera").path("distortion"));
        double[][] k = meta.k();
        fx = k[0][0];
        fy = k[1][1];
        cx = k[0][2];
        cy = k[1][2];
        near = meta.raw().path("camera").path("near").asDouble(0);
        far = meta.raw().path("camera").path("far").asDouble(Double.POSITIVE_INFINITY);
        double[][] m = meta.worldToCamera();
        cameraToWorld = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                cameraToWorld[r][c] = m[c][r];
            }
        }
        origin = new double[3];
        for (int r = 0; r < 3; r++) {
            origin[r] = -(cameraToWorld[r][0] * m[0][3] + cameraToWorld[r][1] * m[1][3] + cameraToWorld[r][2] * m[2][3]);
        }
        objects = meta.objects();
        objectFromWorld = new double[objects.size()][][];
        for (int i = 0; i < objects.size(); i++) {
            objectFromWorld[i] = Affine.inverse(objects.get(i).worldFromObject());
        }
    }

    /** The lens of a meta's {@code camera.distortion} ({model, coefficients in OpenCV's order}), or null when absent. */
    static LensDistortion lens(JsonNode d) {
        if (d.isMissingNode() || d.isNull()) {
            return null;
        }
        double[] k = new double[d.path("coefficients").size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = d.path("coefficients").path(i).asDouble();
        }
        String model = d.path("model").asText();
        if (model.equals(LensDistortion.Model.OPENCV.id()) && k.length == 5) {
            return LensDistortion.opencv(k[0], k[1], k[2], k[3], k[4]);
        }
        if (model.equals(LensDistortion.Model.FISHEYE.id()) && k.length == 4) {
            return LensDistortion.fisheye(k[0], k[1], k[2], k[3]);
        }
        throw new IllegalArgumentException("camera.distortion: unknown model '" + model + "' with " + k.length
                + " coefficients; expected opencv with 5 or fisheye with 4");
    }

    /** The ray through the centre of pixel (u, v), through the lens distortion if any. */
    Hit cast(double u, double v) {
        double[] dc = {(u - cx) / fx, (v - cy) / fy, 1};  // camera z of origin + t d is t
        if (lens != null) {
            double[] xy = new double[2];
            if (!lens.undistort(dc[0], dc[1], xy)) {
                return Hit.NONE;
            }
            dc[0] = xy[0];
            dc[1] = xy[1];
        }
        double[] d = new double[3];
        for (int r = 0; r < 3; r++) {
            d[r] = cameraToWorld[r][0] * dc[0] + cameraToWorld[r][1] * dc[1] + cameraToWorld[r][2] * dc[2];
        }
        double best = Double.NaN;
        int bestIndex = -1;
        for (int i = 0; i < objects.size(); i++) {
            double[][] inv = objectFromWorld[i];
            if (inv == null) {
                continue;
            }
            double t = Shapes.hit(objects.get(i).shape(), Affine.point(inv, origin), Affine.vector(inv, d));
            if (!Double.isNaN(t) && t >= near && t <= far && (Double.isNaN(best) || t < best)) {
                best = t;
                bestIndex = i;
            }
        }
        if (bestIndex < 0) {
            return Hit.NONE;
        }
        MetaObject o = objects.get(bestIndex);
        return new Hit(o.instanceId(), best, "mesh".equals(o.shapeType()));
    }
}
