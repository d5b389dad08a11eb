package dev.facet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.jme3.collision.CollisionResult;
import com.jme3.collision.CollisionResults;
import com.jme3.math.Matrix4f;
import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import dev.facet.engine.scene.Shape;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import dev.facet.renderer.mirror.PrimitiveMeshes;

/**
 * An independent reconstruction of a frame from its meta file alone: the objects rebuilt
 * as jME geometry from {@code shape} and {@code world_from_object}, and the camera from
 * {@code K} and {@code world_to_camera}. Rays through pixel centres are cast with jME's
 * own picking ({@code collideWith(Ray)}), not with the rasteriser.
 */
final class MetaScene {
    /** Reads the meshes meta files name, each once, for every reconstruction of a test run. */
    private static final JmeMeshLibrary MESHES = new JmeMeshLibrary();

    private final Node root = new Node("meta");
    private final double[][] k = new double[3][3];
    private final double[][] w2c = new double[4][4];
    private final Vector3f eye;

    /** What a ray through a pixel centre hits first: an instance id (0 = nothing) and the z-depth there. */
    record Hit(int instanceId, double depth) {
    }

    MetaScene(JsonNode meta) {
        JsonNode cam = meta.get("camera");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                k[r][c] = cam.get("K").get(r).get(c).asDouble();
            }
        }
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                w2c[r][c] = cam.get("world_to_camera").get(r).get(c).asDouble();
            }
        }
        // camera centre = -R^T t
        double[] centre = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                centre[i] -= w2c[j][i] * w2c[j][3];
            }
        }
        eye = new Vector3f((float) centre[0], (float) centre[1], (float) centre[2]);
        for (JsonNode o : meta.get("objects")) {
            root.attachChild(object(o));
        }
        root.updateGeometricState();
    }

    private static Node object(JsonNode o) {
        Node node = new Node(o.get("instance_id").asText());
        JsonNode m = o.get("world_from_object");
        Matrix4f pose = new Matrix4f();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                pose.set(r, c, (float) m.get(r).get(c).asDouble());
            }
        }
        node.setLocalTransform(new com.jme3.math.Transform(pose.toTranslationVector(), pose.toRotationQuat(),
                pose.toScaleVector()));
        Geometry g = PrimitiveMeshes.geometry(o.get("instance_id").asText(), shape(o.get("shape")), MESHES);
        node.attachChild(g);
        return node;
    }

    static Shape shape(JsonNode s) {
        String type = s.get("type").asText();
        switch (type) {
            case "box":
                return new Shape.Box(s.get("size").get(0).asDouble(), s.get("size").get(1).asDouble(),
                        s.get("size").get(2).asDouble());
            case "sphere":
                return new Shape.Sphere(s.get("radius").asDouble());
            case "cylinder":
                return new Shape.Cylinder(s.get("radius").asDouble(), s.get("height").asDouble());
            case "plane":
                return new Shape.Plane(s.get("size").get(0).asDouble(), s.get("size").get(1).asDouble());
            case "mesh":
                try {
                    return MESHES.load(s.get("source").asText());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            default:
                throw new IllegalArgumentException("unexpected shape " + type);
        }
    }

    /** Casts the ray through the centre of pixel (u, v), OpenCV convention. */
    Hit cast(double u, double v) {
        double[] dirCam = {(u - k[0][2]) / k[0][0], (v - k[1][2]) / k[1][1], 1};
        Vector3f dir = new Vector3f();
        // world direction = R^T d
        dir.x = (float) (w2c[0][0] * dirCam[0] + w2c[1][0] * dirCam[1] + w2c[2][0] * dirCam[2]);
        dir.y = (float) (w2c[0][1] * dirCam[0] + w2c[1][1] * dirCam[1] + w2c[2][1] * dirCam[2]);
        dir.z = (float) (w2c[0][2] * dirCam[0] + w2c[1][2] * dirCam[1] + w2c[2][2] * dirCam[2]);
        CollisionResults results = new CollisionResults();
        root.collideWith(new Ray(eye, dir.normalize()), results);
        if (results.size() == 0) {
            return new Hit(0, 0);
        }
        CollisionResult first = results.getClosestCollision();
        Vector3f p = first.getContactPoint();
        double z = w2c[2][0] * p.x + w2c[2][1] * p.y + w2c[2][2] * p.z + w2c[2][3];
        return new Hit(Integer.parseInt(first.getGeometry().getName()), z);
    }

    /** Projects a world point with K and world_to_camera; null when behind the camera. */
    double[] project(double x, double y, double z) {
        double[] c = new double[3];
        for (int r = 0; r < 3; r++) {
            c[r] = w2c[r][0] * x + w2c[r][1] * y + w2c[r][2] * z + w2c[r][3];
        }
        if (c[2] <= 0) {
            return null;
        }
        return new double[] {k[0][0] * c[0] / c[2] + k[0][2], k[1][1] * c[1] / c[2] + k[1][2]};
    }
}
