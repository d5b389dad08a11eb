package dev.facet.renderer;

import com.jme3.collision.CollisionResult;
import com.jme3.collision.CollisionResults;
import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import dev.facet.renderer.mirror.Poses;
import dev.facet.renderer.mirror.PrimitiveMeshes;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * An independent reference for a rendered frame: the scene's objects rebuilt as jME
 * geometry ({@link PrimitiveMeshes#geometry}, meshes included) and rays through pixel
 * centres, built from the camera's K and world_to_camera alone, cast with jME's picking
 * ({@code collideWith(Ray)}), not with the rasteriser.
 */
final class SceneRays {
    private final Node root = new Node("rays");
    private final Camera camera;
    private final Matrix4d cameraToWorld;
    private final Vector3f eye;

    /** What the ray through a pixel centre hits first: an instance id (0 = nothing) and the z-depth there. */
    record Hit(int instanceId, double depth) {
    }

    /** Mesh shapes come from {@code meshes}: give it the renderer's library, so rays meet the drawn triangles. */
    SceneRays(Scene scene, JmeMeshLibrary meshes) {
        camera = scene.camera();
        cameraToWorld = new Matrix4d(camera.worldToCamera()).invertAffine();
        Vector3d c = camera.position();
        eye = new Vector3f((float) c.x, (float) c.y, (float) c.z);
        for (SceneObject o : scene.objects()) {
            Node node = new Node("object-" + o.instanceId());
            node.setLocalTransform(Poses.transform(o.worldFromObject()));
            Geometry g = PrimitiveMeshes.geometry(Integer.toString(o.instanceId()), o.shape(), meshes);
            node.attachChild(g);
            root.attachChild(node);
        }
        root.updateGeometricState();
    }

    /** Casts the ray through the centre of pixel (u, v), OpenCV convention. */
    Hit cast(double u, double v) {
        Vector3d d = cameraToWorld.transformDirection(
                new Vector3d((u - camera.cx()) / camera.fx(), (v - camera.cy()) / camera.fy(), 1));
        CollisionResults results = new CollisionResults();
        root.collideWith(new Ray(eye, new Vector3f((float) d.x, (float) d.y, (float) d.z).normalizeLocal()), results);
        if (results.size() == 0) {
            return new Hit(0, 0);
        }
        CollisionResult first = results.getClosestCollision();
        Vector3f p = first.getContactPoint();
        double z = camera.toCamera(new Vector3d(p.x, p.y, p.z)).z;
        return new Hit(Integer.parseInt(first.getGeometry().getName()), z);
    }
}
