package dev.facet.renderer.mirror;

import com.jme3.math.Vector3f;
import dev.facet.engine.scene.Camera;
import org.joml.Vector3d;

/**
 * Makes a jME camera see exactly what the dataset's pinhole camera sees: the frustum is
 * derived from K so that the centre of GL pixel (u, H-1-v) is the ray through OpenCV pixel
 * centre (u, v), and the axes come from world_to_camera (OpenCV x right, y down, z forward;
 * jME left, up, direction).
 */
public final class CameraMapping {
    private CameraMapping() {
    }

    public static void apply(Camera c, com.jme3.renderer.Camera cam) {
        if (cam.getWidth() != c.width() || cam.getHeight() != c.height()) {
            cam.resize(c.width(), c.height(), false);
        }
        double n = c.near();
        // image edges sit half a pixel outside the outermost pixel centres
        float left = (float) (n * (-0.5 - c.cx()) / c.fx());
        float right = (float) (n * (c.width() - 0.5 - c.cx()) / c.fx());
        float top = (float) (n * (0.5 + c.cy()) / c.fy());
        float bottom = (float) (-n * (c.height() - 0.5 - c.cy()) / c.fy());
        cam.setParallelProjection(false);
        cam.setFrustum((float) n, (float) c.far(), left, right, top, bottom);

        var w2c = c.worldToCamera();
        Vector3d rightAxis = new Vector3d(w2c.m00(), w2c.m10(), w2c.m20());
        Vector3d downAxis = new Vector3d(w2c.m01(), w2c.m11(), w2c.m21());
        Vector3d forward = new Vector3d(w2c.m02(), w2c.m12(), w2c.m22());
        cam.setAxes(
                vec(rightAxis.negate()),
                vec(downAxis.negate()),
                vec(forward));
        cam.setLocation(vec(c.position()));
        cam.update();
    }

    private static Vector3f vec(Vector3d v) {
        return new Vector3f((float) v.x, (float) v.y, (float) v.z);
    }
}
