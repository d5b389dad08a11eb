package dev.facet.exporters.io;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * An object's oriented 3D box in the camera frame (OpenCV axes, metres): the box of its shape
 * along its own axes (a mesh's bounds), its centre, full size and rotation, and its 9
 * keypoints projected to pixels in Objectron's order: the centre first, then the 8 corners
 * with signs (x, y, z) along the object's own axes of (-,-,-), (-,-,+), (-,+,-), (-,+,+),
 * (+,-,-), (+,-,+), (+,+,-), (+,+,+) (corner i, from 1, takes + on x when (i-1) &amp; 4, on y
 * when (i-1) &amp; 2, on z when (i-1) &amp; 1). A keypoint not in front of the camera (z &lt;= 0)
 * has no projection (null).
 *
 * @param center the box's centre in the camera frame
 * @param size full extents along the object's x, y and z axes, in metres (a plane's y is 0)
 * @param rotation row-major 3x3 turning the object's axes into the camera's (columns: its axes)
 * @param keypoints2d 9 points (u, v) in pixels, null where not in front of the camera
 */
public record ObjectBox(double[] center, double[] size, double[] rotation, double[][] keypoints2d) {

    public static ObjectBox of(SceneObject object, Camera camera) {
        Matrix4d c2o = new Matrix4d(camera.worldToCamera()).mul(object.worldFromObject());
        double[][] bounds = bounds(object.shape());
        double[] lo = bounds[0];
        double[] hi = bounds[1];
        double[] size = new double[3];
        double[] rotation = new double[9];
        for (int axis = 0; axis < 3; axis++) {
            Vector3d column = c2o.getColumn(axis, new Vector3d());
            double length = column.length();
            size[axis] = (hi[axis] - lo[axis]) * length;
            rotation[axis] = column.x / length;
            rotation[3 + axis] = column.y / length;
            rotation[6 + axis] = column.z / length;
        }
        double[][] keypoints = new double[9][];
        Vector3d centre = c2o.transformPosition(new Vector3d((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2));
        keypoints[0] = project(centre, camera);
        for (int i = 1; i <= 8; i++) {
            int bits = i - 1;
            Vector3d corner = c2o.transformPosition(new Vector3d((bits & 4) != 0 ? hi[0] : lo[0],
                    (bits & 2) != 0 ? hi[1] : lo[1], (bits & 1) != 0 ? hi[2] : lo[2]));
            keypoints[i] = project(corner, camera);
        }
        return new ObjectBox(new double[] {centre.x, centre.y, centre.z}, size, rotation, keypoints);
    }

    private static double[] project(Vector3d p, Camera camera) {
        if (!(p.z > 0)) {
            return null;
        }
        return new double[] {camera.fx() * p.x / p.z + camera.cx(), camera.fy() * p.y / p.z + camera.cy()};
    }

    /** The shape's box in its own frame: {lowest corner, highest corner}. */
    static double[][] bounds(Shape shape) {
        if (shape instanceof Shape.Box b) {
            return symmetric(b.sx() / 2, b.sy() / 2, b.sz() / 2);
        } else if (shape instanceof Shape.Sphere s) {
            return symmetric(s.radius(), s.radius(), s.radius());
        } else if (shape instanceof Shape.Cylinder c) {
            return symmetric(c.radius(), c.height() / 2, c.radius());
        } else if (shape instanceof Shape.Plane p) {
            return symmetric(p.sx() / 2, 0, p.sz() / 2);
        } else if (shape instanceof Shape.Mesh m) {
            return new double[][] {{m.min().x(), m.min().y(), m.min().z()}, {m.max().x(), m.max().y(), m.max().z()}};
        }
        throw new IllegalArgumentException("unknown shape " + shape);
    }

    private static double[][] symmetric(double hx, double hy, double hz) {
        return new double[][] {{-hx, -hy, -hz}, {hx, hy, hz}};
    }
}
