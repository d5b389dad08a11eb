package dev.facet.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real rendering of amodal masks: a sphere half hidden behind a wall, a sphere reaching out of
 * the image (its whole silhouette on the BOP canvas counted against jME ray picking through the
 * canvas's pixel centres), and a clutter of more objects than one draw holds, where every
 * visible pixel must lie in its object's mask.
 */
@ExtendWith(RendererPerClass.class)
class AmodalRenderingTest {
    static final int W = 160;
    static final int H = 120;
    static final JmeMeshLibrary MESHES = new JmeMeshLibrary();
    static HeadlessRenderer renderer;

    @BeforeAll
    static void layers() {
        renderer.produceLayers(Set.of(Modality.AMODAL));
    }

    static final Lighting LIGHT = new Lighting(new Vector3d(1, -1, -0.2), new Rgb(1, 1, 1), 2.0,
            new Rgb(0.5, 0.6, 0.8), new Rgb(0.2, 0.2, 0.2), 0.2);
    static final Material GREY = new Material(new Rgb(0.6, 0.6, 0.6), 0.8, 0);

    static SceneObject object(int id, Matrix4d pose, Shape shape) {
        return new SceneObject(id, new Category(id == 1 ? 1 : 2, id == 1 ? "wall" : "thing"), "o" + id, pose, shape, GREY);
    }

    static Scene scene(Camera cam, List<SceneObject> objects) {
        return new Scene(0, 1, 0, cam, objects, LIGHT, new Rgb(0.1, 0.1, 0.1), null, Map.of());
    }

    static long visible(RenderedFrame f, int id) {
        long n = 0;
        for (int i : f.instance()) {
            n += i == id ? 1 : 0;
        }
        return n;
    }

    @Test
    void aSphereHalfHiddenBehindAWallIsHalfVisible() {
        // the wall's edge lies on x = 0, the plane through the camera and the sphere's centre
        Camera cam = Camera.lookAt(W, H, 40, new Vector3d(0, 0, 3), new Vector3d(0, 0, 0), 0.05, 20);
        Scene s = scene(cam, List.of(
                object(1, new Matrix4d().translation(-1, 0, 1), new Shape.Box(2, 2, 0.05)),
                object(2, new Matrix4d(), new Shape.Sphere(0.3))));
        RenderedFrame f = renderer.render(s);
        AmodalMasks.Mask sphere = f.layers().amodal().of(2);
        double visibility = (double) visible(f, 2) / sphere.pixelCountAll();
        assertEquals(0.5, visibility, 0.02, "visible " + visible(f, 2) + " of " + sphere.pixelCountAll());
        assertEquals(sphere.pixelCount(), sphere.pixelCountAll(), "the sphere lies inside the image");
        assertContainsVisible(f);
    }

    @Test
    void theWholeSilhouetteCountsOutsideTheImageAsRaysSeeIt() {
        Camera cam = Camera.lookAt(W, H, 40, new Vector3d(0, 0, 3), new Vector3d(0, 0, 0), 0.05, 20);
        SceneObject ball = object(2, new Matrix4d().translation(-1.45, 0.2, 0), new Shape.Sphere(0.35));
        SceneObject far = object(3, new Matrix4d().translation(40, 0, 0), new Shape.Sphere(0.2));
        Scene s = scene(cam, List.of(ball, far));
        RenderedFrame f = renderer.render(s);
        AmodalMasks.Mask m = f.layers().amodal().of(2);
        assertNull(f.layers().amodal().of(3), "an object beyond the canvas has no mask");
        assertTrue(m.pixelCountOutside() > 0 && m.pixelCount() > 0, "the ball straddles the image's left edge");
        SceneRays rays = new SceneRays(scene(cam, List.of(ball)), MESHES);
        long hits = 0;
        long inImage = 0;
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int v = -H; v < 2 * H; v++) {
            for (int u = -W; u < 2 * W; u++) {
                if (rays.cast(u, v).instanceId() == 2) {
                    hits++;
                    inImage += u >= 0 && v >= 0 && u < W && v < H ? 1 : 0;
                    box = new int[] {Math.min(box[0], u), Math.min(box[1], v), Math.max(box[2], u), Math.max(box[3], v)};
                }
            }
        }
        assertEquals(hits, m.pixelCountAll(), hits * 0.005, "whole silhouette on the canvas");
        assertEquals(inImage, m.pixelCount(), inImage * 0.005, "silhouette in the image");
        for (int i = 0; i < 4; i++) {
            assertEquals(box[i], m.canvasBox()[i], 1, "canvas box " + i);
        }
        assertTrue(m.canvasBox()[0] < 0, "the box reaches left of the image");
    }

    @Test
    void everyVisiblePixelLiesInItsObjectsMaskInAClutterOfManyObjects() {
        Camera cam = Camera.lookAt(W, H, 55, new Vector3d(0, 2.2, 2.6), new Vector3d(0, 0, 0), 0.05, 30);
        List<SceneObject> objects = new ArrayList<>();
        objects.add(object(1, new Matrix4d(), new Shape.Plane(6, 6)));
        Random r = new Random(3);
        for (int id = 2; id <= 45; id++) {  // more than one 32-object draw
            Matrix4d pose = new Matrix4d().translation(r.nextDouble() * 2.4 - 1.2, 0.15, r.nextDouble() * 2.4 - 1.2)
                    .rotateY(r.nextDouble() * 3);
            Shape shape = switch (id % 3) {
                case 0 -> new Shape.Box(0.2 + 0.2 * r.nextDouble(), 0.3, 0.25);
                case 1 -> new Shape.Sphere(0.15);
                default -> new Shape.Cylinder(0.1, 0.3);
            };
            objects.add(object(id, pose, shape));
        }
        RenderedFrame f = renderer.render(scene(cam, objects));
        assertContainsVisible(f);
        long occluded = objects.stream().map(o -> f.layers().amodal().of(o.instanceId()))
                .filter(m -> m != null && m.pixelCount() > visible(f, m.instanceId())).count();
        assertTrue(occluded > 10, "many objects are partly hidden, got " + occluded);
        AmodalMasks.Mask ground = f.layers().amodal().of(1);
        assertTrue(ground.pixelCountOutside() > 0, "the ground reaches beyond the image");
    }

    static void assertContainsVisible(RenderedFrame f) {
        int[] ids = f.instance();
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                int id = ids[v * W + u];
                if (id != 0) {
                    AmodalMasks.Mask m = f.layers().amodal().of(id);
                    assertNotNull(m, "object " + id + " is visible but has no mask");
                    assertTrue(m.covers(u, v), "pixel " + u + "," + v + " shows object " + id + " outside its mask");
                }
            }
        }
    }
}
