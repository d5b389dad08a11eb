package dev.facet.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real rendering of the optional layers, checked against the exact shapes ({@link AnalyticRays}):
 * normals of boxes, spheres, cylinders and the plane within 0.5 degrees at random pixel centres;
 * object coordinates of a box; flow against the reprojection of each pixel's point (from depth and
 * the poses at t and t+1), and its validity where an object moves in front of another.
 */
@ExtendWith(RendererPerClass.class)
class GeometryLayersRenderingTest {
    static final int W = 320;
    static final int H = 240;
    static HeadlessRenderer renderer;

    static SceneObject object(int id, String name, Matrix4d pose, Shape shape) {
        return new SceneObject(id, new Category(id, name), name, pose, shape, new Material(new Rgb(0.6, 0.6, 0.6), 0.7, 0));
    }

    static Scene scene(long frame, Vector3d eye, List<SceneObject> objects) {
        Camera cam = Camera.lookAt(W, H, 50, eye, new Vector3d(0, 0.3, 0), 0.05, 50);
        Lighting light = new Lighting(new Vector3d(1, -1, -0.2), new Rgb(1, 1, 1), 2.0,
                new Rgb(0.5, 0.6, 0.8), new Rgb(0.2, 0.2, 0.2), 0.2);
        return new Scene(frame, 7, 0, cam, objects, light, new Rgb(0.2, 0.3, 0.4));
    }

    /** A plane, a tilted box, a sphere and a tilted cylinder; {@code s} moves them (0 at t, 1 at t+1). */
    static Scene primitives(long frame, double s) {
        return scene(frame, new Vector3d(0.3 + 0.05 * s, 1.4 + 0.02 * s, 2.6), List.of(
                object(1, "ground", new Matrix4d(), new Shape.Plane(4, 4)),
                object(2, "box", new Matrix4d().translation(-0.5 + 0.05 * s, 0.3, 0.03 * s)
                        .rotateY(0.5 + 0.1 * s).rotateX(0.3), new Shape.Box(0.5, 0.4, 0.6)),
                object(3, "sphere", new Matrix4d().translation(0.45 - 0.04 * s, 0.3, -0.2 + 0.02 * s).rotateY(s),
                        new Shape.Sphere(0.3)),
                object(4, "cylinder", new Matrix4d().translation(0.1, 0.35, 0.6 + 0.02 * s)
                        .rotateY(0.4 + 0.2 * s).rotateX(0.6), new Shape.Cylinder(0.2, 0.6))));
    }

    static RenderedFrame render(Set<Modality> layers, Scene scene, Scene next) {
        renderer.produceLayers(layers);
        try {
            return renderer.render(scene, next);
        } finally {
            renderer.produceLayers(Set.of());
        }
    }

    /** True when pixel (u, v) and its 8 neighbours show the same object (no silhouette edge nearby). */
    static boolean interior(int[] instance, int u, int v) {
        if (u < 1 || v < 1 || u >= W - 1 || v >= H - 1) {
            return false;
        }
        int id = instance[v * W + u];
        for (int dv = -1; dv <= 1; dv++) {
            for (int du = -1; du <= 1; du++) {
                if (instance[(v + dv) * W + u + du] != id) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void normalsMatchTheExactShapesWithinHalfADegree() {
        Scene scene = primitives(0, 0);
        RenderedFrame f = render(EnumSet.of(Modality.NORMALS), scene, null);
        float[] n = f.layers().get(Modality.NORMALS);
        for (int i = 0; i < W * H; i++) {
            double len = Math.sqrt(n[3 * i] * n[3 * i] + n[3 * i + 1] * n[3 * i + 1] + n[3 * i + 2] * n[3 * i + 2]);
            if (f.instance()[i] == 0) {
                assertEquals(0, len, "normal where there is no surface, pixel " + i);
            } else {
                assertEquals(1, len, 1e-5, "normal not of unit length, pixel " + i);
            }
        }
        AnalyticRays rays = new AnalyticRays(scene);
        Random random = new Random(11);
        Map<String, Integer> checked = new HashMap<>();
        double worst = 0;
        for (int k = 0; k < 20000; k++) {
            int u = random.nextInt(W);
            int v = random.nextInt(H);
            int i = v * W + u;
            if (f.instance()[i] == 0 || !interior(f.instance(), u, v)) {
                continue;
            }
            AnalyticRays.Hit hit = rays.cast(u, v);
            // the analytic face is the same at the neighbouring pixel centres (not at a box's or cylinder's edge),
            // and the ray meets the surface at most 60 degrees from its normal (tessellation, see the README)
            if (hit == null || hit.object().instanceId() != f.instance()[i] || hit.cosIncidence() < 0.5
                    || !sameFace(rays, hit, u, v)) {
                continue;
            }
            Vector3d rendered = new Vector3d(n[3 * i], n[3 * i + 1], n[3 * i + 2]);
            double angle = Math.toDegrees(rendered.angle(hit.cameraNormal()));
            worst = Math.max(worst, angle);
            assertTrue(angle < 0.5, hit.object().name() + " at (" + u + ", " + v + "): rendered " + rendered
                    + ", exact " + hit.cameraNormal() + ", " + angle + " degrees apart");
            checked.merge(hit.object().shape().type(), 1, Integer::sum);
        }
        for (String type : List.of("plane", "box", "sphere", "cylinder")) {
            assertTrue(checked.getOrDefault(type, 0) >= 100, "too few " + type + " pixels checked: " + checked);
        }
        System.out.println("normals: worst " + worst + " degrees over " + checked);
    }

    private static boolean sameFace(AnalyticRays rays, AnalyticRays.Hit hit, int u, int v) {
        if (!(hit.object().shape() instanceof Shape.Box || hit.object().shape() instanceof Shape.Cylinder)) {
            return true;
        }
        for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
            AnalyticRays.Hit h = rays.cast(u + d[0], v + d[1]);
            if (h == null || h.object() != hit.object() || h.cameraNormal().angle(hit.cameraNormal()) > 0.2) {
                return false;
            }
        }
        return true;
    }

    @Test
    void objectCoordsOfABoxAreItsPointScaledToItsSize() {
        Scene scene = primitives(0, 0);
        RenderedFrame f = render(EnumSet.of(Modality.OBJECT_COORDS), scene, null);
        float[] c = f.layers().get(Modality.OBJECT_COORDS);
        SceneObject box = scene.objects().get(1);
        Shape.Box shape = (Shape.Box) box.shape();
        Matrix4d objectFromWorld = new Matrix4d(box.worldFromObject()).invertAffine();
        AnalyticRays rays = new AnalyticRays(scene);
        int checked = 0;
        for (int i = 0; i < W * H; i++) {
            if (f.instance()[i] == 0) {
                for (int a = 0; a < 3; a++) {
                    assertTrue(Float.isNaN(c[3 * i + a]), "object coords where there is no object, pixel " + i);
                }
                continue;
            }
            for (int a = 0; a < 3; a++) {
                assertTrue(c[3 * i + a] >= 0 && c[3 * i + a] <= 1, "object coords outside [0, 1] at pixel " + i);
            }
            int u = i % W;
            int v = i / W;
            if (f.instance()[i] != box.instanceId() || !interior(f.instance(), u, v)) {
                continue;
            }
            AnalyticRays.Hit hit = rays.cast(u, v);
            Vector3d p = objectFromWorld.transformPosition(new Vector3d(hit.world()));
            double[] expected = {p.x / shape.sx() + 0.5, p.y / shape.sy() + 0.5, p.z / shape.sz() + 0.5};
            for (int a = 0; a < 3; a++) {
                assertEquals(expected[a], c[3 * i + a], 1e-3, "box coordinate " + a + " at (" + u + ", " + v + ")");
            }
            checked++;
        }
        assertTrue(checked > 2000, "too few box pixels: " + checked);
    }

    /** The reference flow of pixel i: its point from depth and K at t, moved with its object's poses, projected at t+1. */
    static double[] reprojected(Scene t, Scene next, int u, int v, double depth, int id) {
        Camera c = t.camera();
        Vector3d cam = new Vector3d((u - c.cx()) / c.fx() * depth, (v - c.cy()) / c.fy() * depth, depth);
        Vector3d world = new Matrix4d(c.worldToCamera()).invertAffine().transformPosition(cam);
        Vector3d local = new Matrix4d(byId(t, id).worldFromObject()).invertAffine().transformPosition(world);
        Vector3d moved = byId(next, id).worldFromObject().transformPosition(local, new Vector3d());
        double[] uv = next.camera().project(moved);
        return new double[] {uv[0] - u, uv[1] - v, next.camera().toCamera(moved).z};
    }

    static SceneObject byId(Scene s, int id) {
        return s.objects().stream().filter(o -> o.instanceId() == id).findFirst().orElseThrow();
    }

    @Test
    void flowIsTheReprojectionOfEachPixelsPoint() {
        Scene t = primitives(0, 0);
        Scene next = primitives(1, 1);
        RenderedFrame f = render(EnumSet.of(Modality.FLOW, Modality.FLOW_VALID), t, next);
        float[] flow = f.layers().get(Modality.FLOW);
        float[] valid = f.layers().get(Modality.FLOW_VALID);
        List<Double> errors = new ArrayList<>();
        for (int i = 0; i < W * H; i++) {
            if (valid[i] == 0) {
                assertEquals(0f, flow[2 * i]);
                assertEquals(0f, flow[2 * i + 1]);
                continue;
            }
            assertTrue(f.instance()[i] != 0, "valid flow where there is no object, pixel " + i);
            double[] ref = reprojected(t, next, i % W, i / W, f.depth()[i], f.instance()[i]);
            errors.add(Math.hypot(flow[2 * i] - ref[0], flow[2 * i + 1] - ref[1]));
        }
        errors.sort(null);
        assertTrue(errors.size() > W * H / 2, "too few valid pixels: " + errors.size());
        double p99 = errors.get((int) (errors.size() * 0.99));
        System.out.println("flow: p50 " + errors.get(errors.size() / 2) + " px, p99 " + p99 + " px, max "
                + errors.get(errors.size() - 1) + " over " + errors.size() + " valid pixels");
        assertTrue(p99 <= 0.05, "99% of valid pixels within 0.05 px, p99 is " + p99);
    }

    /** A sphere, and a box that moves in front of it between t and t+1. */
    static Scene covering(long frame, double s) {
        return scene(frame, new Vector3d(0, 1.0, 3.0), List.of(
                object(1, "ground", new Matrix4d(), new Shape.Plane(4, 4)),
                object(2, "sphere", new Matrix4d().translation(0, 0.3, 0), new Shape.Sphere(0.3)),
                object(3, "box", new Matrix4d().translation(-0.9 + 0.9 * s, 0.35, 0.9), new Shape.Box(0.3, 0.3, 0.3))));
    }

    @Test
    void flowIsInvalidWhereAnObjectCoversAnotherAtTheNextStep() {
        Scene t = covering(0, 0);
        Scene next = covering(1, 1);
        RenderedFrame f = render(EnumSet.of(Modality.FLOW_VALID), t, next);
        float[] valid = f.layers().get(Modality.FLOW_VALID);
        AnalyticRays later = new AnalyticRays(next);
        int hidden = 0;
        int seen = 0;
        int wrong = 0;
        for (int v = 1; v < H - 1; v++) {
            for (int u = 1; u < W - 1; u++) {
                int i = v * W + u;
                if (f.instance()[i] != 2 || !interior(f.instance(), u, v)) {
                    continue;
                }
                double[] ref = reprojected(t, next, u, v, f.depth()[i], 2);
                double un = u + ref[0];
                double vn = v + ref[1];
                // unambiguous: the exact shapes show the same object 1.5 px around where the point lands
                Integer shown = null;
                boolean clear = true;
                for (double[] d : new double[][] {{0, 0}, {1.5, 0}, {-1.5, 0}, {0, 1.5}, {0, -1.5}}) {
                    AnalyticRays.Hit h = later.cast(un + d[0], vn + d[1]);
                    int id = h == null ? 0 : h.object().instanceId();
                    clear &= shown == null || shown == id;
                    shown = id;
                }
                if (!clear) {
                    continue;
                }
                boolean expected = shown == 2;  // the sphere's own front (its back is behind its front)
                if (shown == 2) {
                    AnalyticRays.Hit h = later.cast(un, vn);
                    expected = ref[2] <= h.depth() + 0.005;
                    if (!expected && ref[2] < h.depth() + 0.02) {
                        continue;  // near the sphere's silhouette at t+1: turning away, ambiguous
                    }
                }
                if (expected) {
                    seen++;
                } else if (shown == 3) {
                    hidden++;
                }
                if (expected != (valid[i] == 1)) {
                    wrong++;
                }
            }
        }
        System.out.println("flow validity: " + hidden + " covered, " + seen + " seen, " + wrong + " wrong");
        assertTrue(hidden > 300, "the box should cover part of the sphere: " + hidden);
        assertTrue(seen > 300, "part of the sphere should stay in view: " + seen);
        assertEquals(0, wrong, "pixels whose validity disagrees with the exact shapes");
    }

    @Test
    void flowNeedsTheNextSceneAndARunWithoutLayersDrawsThreeTargets() {
        renderer.produceLayers(EnumSet.of(Modality.FLOW));
        try {
            assertThrows(IllegalArgumentException.class, () -> renderer.render(primitives(0, 0)));
        } finally {
            renderer.produceLayers(Set.of());
        }
        RenderedFrame plain = renderer.render(primitives(0, 0));
        RenderedFrame layered = render(EnumSet.of(Modality.NORMALS, Modality.OBJECT_COORDS, Modality.FLOW),
                primitives(0, 0), primitives(1, 1));
        assertTrue(plain.layers().modalities().isEmpty());
        assertArrayEquals(plain.rgb(), layered.rgb(), "layers changed the colour");
        assertArrayEquals(plain.instance(), layered.instance(), "layers changed the ids");
        assertArrayEquals(plain.depth(), layered.depth(), "layers changed the depth");
    }
}
