package dev.facet.scenarios.tabletop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.facet.engine.random.Streams;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scenario.Scenarios;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class TabletopTest {
    private static final long RUN_SEED = 1234;
    private static final int FRAMES = 200;
    private static final ImageSize SIZE = new ImageSize(640, 480);

    private static final List<Category> EXPECTED_CATEGORIES = List.of(
            new Category(1, "ground"), new Category(2, "box"), new Category(3, "sphere"), new Category(4, "cylinder"));

    private static Scene frame(Scenario s, long k) {
        return s.scene(k, Streams.frameSeed(RUN_SEED, k), SIZE);
    }

    @Test
    void categoriesAreFixedAndInIdOrder() {
        assertEquals(EXPECTED_CATEGORIES, new Tabletop().categories());
        assertEquals("tabletop", new Tabletop().name());
    }

    @Test
    void isDiscoveredThroughServiceLoader() {
        Scenario s = Scenarios.available().get("tabletop");
        assertNotNull(s, "tabletop not found by ServiceLoader: " + Scenarios.available().keySet());
        assertInstanceOf(Tabletop.class, s);
    }

    @Test
    void sceneCarriesFrameSeedAndTime() {
        Scenario s = new Tabletop();
        Scene scene = s.scene(45, 987654321L, SIZE);
        assertEquals(45, scene.frame());
        assertEquals(987654321L, scene.seed());
        assertEquals(1.5, scene.timeS(), 1e-12);
        assertEquals(640, scene.camera().width());
        assertEquals(480, scene.camera().height());
    }

    @Test
    void groundIsALargePlaneAtZero() {
        Scenario s = new Tabletop();
        for (long k = 0; k < 50; k++) {
            SceneObject g = frame(s, k).objects().get(0);
            assertEquals(1, g.instanceId());
            assertEquals(new Category(1, "ground"), g.category());
            assertEquals(new Shape.Plane(40, 40), g.shape());
            Vector3d origin = g.worldFromObject().transformPosition(new Vector3d());
            assertEquals(0, origin.y, 1e-12);
            Vector3d normal = g.worldFromObject().transformDirection(new Vector3d(0, 1, 0));
            assertEquals(1, normal.y, 1e-12, "ground must face up");
            assertTrue(g.material().roughness() >= 0.8, "ground should be rough");
            assertEquals(0, g.material().metalness());
        }
    }

    @Test
    void objectsAreWellFormedRestingAndApart() {
        Scenario s = new Tabletop();
        Set<Integer> counts = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (long k = 0; k < FRAMES; k++) {
            Scene scene = frame(s, k);
            List<SceneObject> objects = scene.objects();
            assertTrue(objects.size() >= 11 && objects.size() <= 31, "frame " + k + ": " + objects.size() + " objects");
            counts.add(objects.size());
            for (int i = 1; i < objects.size(); i++) {
                SceneObject o = objects.get(i);
                String where = "frame " + k + ", " + o.name();
                assertEquals(i + 1, o.instanceId(), where + ": id must be slot + 2");
                String type = o.shape().type();
                kinds.add(type);
                assertEquals(type, o.category().name(), where);
                assertTrue(EXPECTED_CATEGORIES.contains(o.category()), where);
                assertEquals(type + "_" + o.instanceId(), o.name());
                assertEquals(0, lowestY(o.shape(), o.worldFromObject()), 1e-9, where + " does not rest on the plane");
                checkSizesAndMaterial(o, where);
            }
            for (int i = 1; i < objects.size(); i++) {
                for (int j = i + 1; j < objects.size(); j++) {
                    SceneObject a = objects.get(i);
                    SceneObject b = objects.get(j);
                    double d = horizontalDistance(a.worldFromObject(), b.worldFromObject());
                    double min = a.shape().footprintRadius() + b.shape().footprintRadius();
                    assertTrue(d >= min, "frame " + k + ": " + a.name() + " and " + b.name()
                            + " overlap: distance " + d + " < " + min);
                }
            }
        }
        assertTrue(counts.size() > 10, "object count should vary, saw " + counts);
        assertEquals(Set.of("box", "sphere", "cylinder"), kinds);
    }

    private static void checkSizesAndMaterial(SceneObject o, String where) {
        if (o.shape() instanceof Shape.Box box) {
            for (double e : new double[] {box.sx(), box.sy(), box.sz()}) {
                assertTrue(e >= 0.1 && e <= 0.6, where + ": extent " + e);
            }
        } else if (o.shape() instanceof Shape.Sphere sphere) {
            assertTrue(sphere.radius() >= 0.05 && sphere.radius() <= 0.3, where);
        } else if (o.shape() instanceof Shape.Cylinder c) {
            assertTrue(c.radius() >= 0.05 && c.radius() <= 0.25, where);
            assertTrue(c.height() >= 0.1 && c.height() <= 0.6, where);
        } else {
            fail(where + ": unexpected shape " + o.shape());
        }
        Material m = o.material();
        assertTrue(m.roughness() >= 0.1 && m.roughness() <= 0.9, where);
        assertTrue(m.metalness() == 0 || m.metalness() == 1, where);
    }

    /** The lowest world y of a primitive, from its true geometry and pose. */
    static double lowestY(Shape shape, Matrix4dc pose) {
        if (shape instanceof Shape.Box box) {
            double min = Double.POSITIVE_INFINITY;
            for (int c = 0; c < 8; c++) {
                Vector3d corner = new Vector3d(
                        ((c & 1) == 0 ? -0.5 : 0.5) * box.sx(),
                        ((c & 2) == 0 ? -0.5 : 0.5) * box.sy(),
                        ((c & 4) == 0 ? -0.5 : 0.5) * box.sz());
                min = Math.min(min, pose.transformPosition(corner).y);
            }
            return min;
        }
        Vector3d centre = pose.transformPosition(new Vector3d());
        if (shape instanceof Shape.Sphere sphere) {
            return centre.y - sphere.radius();
        }
        if (shape instanceof Shape.Cylinder c) {
            Vector3d axis = pose.transformDirection(new Vector3d(0, 1, 0)).normalize();
            double ay = Math.abs(axis.y);
            return centre.y - c.height() / 2 * ay - c.radius() * Math.sqrt(Math.max(0, 1 - ay * ay));
        }
        throw new AssertionError("unexpected shape " + shape);
    }

    private static double horizontalDistance(Matrix4dc a, Matrix4dc b) {
        Vector3d pa = a.transformPosition(new Vector3d());
        Vector3d pb = b.transformPosition(new Vector3d());
        return Math.hypot(pa.x - pb.x, pa.z - pb.z);
    }

    @Test
    void cameraLooksAtTheClusterFromAbove() {
        Scenario s = new Tabletop();
        for (long k = 0; k < FRAMES; k++) {
            Scene scene = frame(s, k);
            Camera cam = scene.camera();
            List<SceneObject> prims = scene.objects().subList(1, scene.objects().size());
            Vector3d centroid = new Vector3d();
            for (SceneObject o : prims) {
                centroid.add(o.worldFromObject().transformPosition(new Vector3d()));
            }
            centroid.div(prims.size());
            List<Vector3d> mustShow = new java.util.ArrayList<>(List.of(new Vector3d(0, 0, 0), new Vector3d(0, 0.15, 0), centroid));
            for (SceneObject o : prims) {
                mustShow.add(o.worldFromObject().transformPosition(new Vector3d()));
            }
            for (Vector3d p : mustShow) {
                double[] uv = cam.project(p);
                assertNotNull(uv, "frame " + k + ": " + p + " is behind the camera");
                assertTrue(uv[0] >= 0 && uv[0] <= cam.width() - 1 && uv[1] >= 0 && uv[1] <= cam.height() - 1,
                        "frame " + k + ": " + p + " projects outside the image at " + uv[0] + ", " + uv[1]);
            }
            Vector3d eye = cam.position();
            assertTrue(eye.y > 0.5, "frame " + k + ": camera at height " + eye.y);
            double distance = eye.distance(0, 0.15, 0);
            assertTrue(distance >= 1.5 && distance <= 12, "frame " + k + ": camera distance " + distance);
            double fovDeg = Math.toDegrees(2 * Math.atan((cam.height() / 2.0) / cam.fy()));
            assertTrue(fovDeg >= 40 - 1e-9 && fovDeg <= 60 + 1e-9, "frame " + k + ": fov " + fovDeg);
            assertEquals(0.05, cam.near());
            assertEquals(200, cam.far());
        }
    }

    @Test
    void sunShinesDownwards() {
        Scenario s = new Tabletop();
        for (long k = 0; k < FRAMES; k++) {
            Lighting l = frame(s, k).lighting();
            assertTrue(l.sunDirection().y() < 0, "frame " + k + ": sun direction " + l.sunDirection());
            double elevation = Math.toDegrees(Math.asin(-l.sunDirection().y()));
            assertTrue(elevation >= 25 - 1e-9 && elevation <= 75 + 1e-9, "frame " + k + ": sun elevation " + elevation);
            assertTrue(l.sunIntensity() >= 2.5 && l.sunIntensity() <= 3.5);
            assertTrue(l.ambientIntensity() >= 0.3 && l.ambientIntensity() <= 0.5);
        }
    }

    @Test
    void describeIsPlainData() {
        Map<String, Object> d = new Tabletop().describe();
        assertEquals("tabletop", d.get("name"));
        assertEquals(List.of("name", "objects", "layout", "camera", "sun", "ambient", "background",
                "ground_size_m", "ground_tones", "ground_roughness", "frame_rate"), new ArrayList<>(d.keySet()));
        Map<?, ?> objects = (Map<?, ?>) d.get("objects");
        assertEquals(10, objects.get("min"));
        assertEquals(30, objects.get("max"));
        Map<?, ?> camera = (Map<?, ?>) d.get("camera");
        assertEquals(List.of(40.0, 60.0), camera.get("fov_deg"));
        assertPlain(d, "describe()");
        assertEquals(d, new Tabletop().describe());
    }

    private static void assertPlain(Object v, String path) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                assertInstanceOf(String.class, e.getKey(), path);
                assertPlain(e.getValue(), path + "." + e.getKey());
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                assertPlain(l.get(i), path + "[" + i + "]");
            }
        } else {
            assertTrue(v instanceof String || v instanceof Number || v instanceof Boolean,
                    path + " is " + (v == null ? "null" : v.getClass().getName()));
        }
    }

    @Test
    void colorsAreValidLinearRgb() {
        Rgb red = Rgb.fromHsv(0, 1, 1);
        assertEquals(new Rgb(1, 0, 0), red);
        assertEquals(0.2140, Rgb.srgbToLinear(0.5), 1e-4);
    }
}
