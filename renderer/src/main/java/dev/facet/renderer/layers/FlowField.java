package dev.facet.renderer.layers;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import java.util.HashMap;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Forward optical flow from the point under each pixel centre: the point in its object's frame
 * (rendered), moved with its object's pose and seen by the camera of the scene one step later,
 * projected with that camera's intrinsics. The flow at pixel (u, v) is (u' - u, v' - v) where
 * (u', v') is the projection at t+1, both in the dataset's pixel coordinates (the centre of pixel
 * (u, v) is at (u, v) with the meta file's K; add 0.5 to both for a top-left-corner origin: the
 * flow is the same).
 *
 * <p>A pixel's flow is valid when it shows an object that still exists at t+1, its point lies in
 * front of the camera and inside the image at t+1 (u' in [-0.5, W - 0.5), likewise v') and it is
 * not hidden there: its depth at t+1 is at most {@link #DEPTH_TOLERANCE} (relative) beyond the
 * largest depth of the t+1 depth render at the (up to) four pixel centres around (u', v'). A point
 * on a surface seen at t+1 passes on any plane (a planar surface's depth between four pixel
 * centres never exceeds their largest); a point behind another surface fails. Invalid pixels have
 * flow 0.
 */
public final class FlowField {
    /** Relative depth margin of the visibility test. */
    public static final double DEPTH_TOLERANCE = 1e-3;

    private FlowField() {
    }

    /**
     * @param objectPoints the point in its object's frame per pixel, 3 floats, rows top-down
     * @param instance instance id per pixel, 0 = no object
     * @param nextDepth the z-depth of the next scene per pixel, 0 = no surface, rows top-down
     * @param flow out: (du, dv) per pixel
     * @param valid out: 1 valid, 0 not, per pixel
     */
    public static void compute(Scene next, float[] objectPoints, int[] instance, float[] nextDepth,
                               float[] flow, float[] valid) {
        Camera cam = next.camera();
        int w = cam.width();
        int h = cam.height();
        Map<Integer, Matrix4d> cameraFromObject = new HashMap<>();
        for (SceneObject o : next.objects()) {
            cameraFromObject.put(o.instanceId(), new Matrix4d(cam.worldToCamera()).mul(o.worldFromObject()));
        }
        Vector3d p = new Vector3d();
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                int i = v * w + u;
                flow[2 * i] = 0;
                flow[2 * i + 1] = 0;
                valid[i] = 0;
                Matrix4d m = instance[i] == 0 ? null : cameraFromObject.get(instance[i]);
                if (m == null) {
                    continue;
                }
                m.transformPosition(objectPoints[3 * i], objectPoints[3 * i + 1], objectPoints[3 * i + 2], p);
                if (!(p.z > 0)) {
                    continue;
                }
                double un = cam.fx() * p.x / p.z + cam.cx();
                double vn = cam.fy() * p.y / p.z + cam.cy();
                if (!(un >= -0.5 && un < w - 0.5 && vn >= -0.5 && vn < h - 0.5)) {
                    continue;
                }
                if (!seen(p.z, un, vn, nextDepth, w, h)) {
                    continue;
                }
                flow[2 * i] = (float) (un - u);
                flow[2 * i + 1] = (float) (vn - v);
                valid[i] = 1;
            }
        }
    }

    /** True when depth {@code z} at (un, vn) is not behind the t+1 depth render there (see the class comment). */
    static boolean seen(double z, double un, double vn, float[] depth, int w, int h) {
        int u0 = (int) Math.floor(un);
        int v0 = (int) Math.floor(vn);
        double farthest = 0;
        for (int dv = 0; dv <= 1; dv++) {
            for (int du = 0; du <= 1; du++) {
                int uu = u0 + du;
                int vv = v0 + dv;
                if (uu >= 0 && uu < w && vv >= 0 && vv < h) {
                    farthest = Math.max(farthest, depth[vv * w + uu]);
                }
            }
        }
        return farthest > 0 && z <= farthest * (1 + DEPTH_TOLERANCE);
    }
}
