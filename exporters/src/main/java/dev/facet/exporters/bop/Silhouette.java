package dev.facet.exporters.bop;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Shape;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;

/**
 * Where an object would appear if nothing hid it, from its true shape rather than a render:
 * pixel (u, v) belongs to the silhouette when the ray through its centre enters the primitive
 * at a camera depth between the near and far planes (back faces culled, as the renderer
 * draws). Like the BOP toolkit's calc_gt_info, it covers an enlarged canvas, three times the
 * image each way ({@code -width <= u < 2 width}, {@code -height <= v < 2 height}), so the part
 * outside the image counts too. Meshes have none here (their triangles are not loaded outside
 * the renderer).
 */
final class Silhouette {
    private final Shape shape;
    private final Camera camera;
    private final double[] origin;
    private final Matrix4d objectFromCamera;
    private final int[] region;

    private Silhouette(Shape shape, Camera camera, Matrix4d objectFromCamera, int[] region) {
        this.shape = shape;
        this.camera = camera;
        this.objectFromCamera = objectFromCamera;
        Vector3d o = objectFromCamera.transformPosition(new Vector3d());
        this.origin = new double[] {o.x, o.y, o.z};
        this.region = region;
    }

    /** The silhouette of {@code shape} posed by {@code cameraFromObject}, or null for a mesh. */
    static Silhouette of(Shape shape, Matrix4dc cameraFromObject, Camera camera) {
        if (shape instanceof Shape.Mesh) {
            return null;
        }
        return new Silhouette(shape, camera, new Matrix4d(cameraFromObject).invertAffine(),
                Bounds.region(shape, cameraFromObject, camera));
    }

    /** Pixels [u0, v0, u1, v1) of the enlarged canvas that may hold the silhouette; u1 == u0 when none can. */
    int[] region() {
        return region.clone();
    }

    /** Whether the ray through the centre of pixel (u, v) meets the object between the near and far planes. */
    boolean hit(int u, int v) {
        Vector3d d = objectFromCamera.transformDirection(new Vector3d((u - camera.cx()) / camera.fx(),
                (v - camera.cy()) / camera.fy(), 1));
        // the ray's camera direction has z = 1, so t is the camera depth of the point it reaches
        double t = RayHits.entry(shape, origin, new double[] {d.x, d.y, d.z});
        return t >= camera.near() && t <= camera.far();
    }
}
