package dev.facet.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.LensDistortion;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.RenderedFrame;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Frames of distorted cameras against {@link DistortedRays}: the ray through each distorted
 * pixel centre, found by the test's own inversion of the model and intersected analytically.
 * Away from silhouettes (pixels whose 3x3 neighbourhood of rays hits one object), at least
 * 99.5% of instance ids agree; depth is within 1e-4 relative at every pixel whose 3x3 rays hit
 * one face of a plane or box, and at 98% or more of those next to a box's edge (where a face seen
 * nearly edge-on is only a few wide pixels wide).
 */
@ExtendWith(RendererPerClass.class)
class LensDistortionRenderingTest {
    static final int W = 200;
    static final int H = 150;
    static HeadlessRenderer renderer;

    /** A ground plane, two turned boxes (one tilted) and a sphere, seen from above at an angle. */
    static Scene scene(double fovDeg, LensDistortion lens) {
        Camera cam = Camera.lookAt(W, H, fovDeg, new Vector3d(0.2, 1.5, 2.2), new Vector3d(0, 0.1, 0), 0.05, 50)
                .withDistortion(lens);
        Lighting light = new Lighting(new Vector3d(1, -1, -0.2), new Rgb(1, 1, 1), 2.0,
                new Rgb(0.5, 0.6, 0.8), new Rgb(0.2, 0.2, 0.2), 0.2);
        Material grey = new Material(new Rgb(0.6, 0.6, 0.6), 0.8, 0);
        List<SceneObject> objects = List.of(
                new SceneObject(1, new Category(1, "ground"), "ground", new Matrix4d(), new Shape.Plane(5, 5), grey),
                new SceneObject(2, new Category(2, "box"), "box", new Matrix4d().translation(-0.5, 0.2, 0).rotateY(0.5),
                        new Shape.Box(0.4, 0.4, 0.6), grey),
                new SceneObject(3, new Category(2, "box"), "tilted", new Matrix4d().translation(0.55, 0.3, -0.3)
                        .rotateY(-0.7).rotateX(0.4), new Shape.Box(0.5, 0.3, 0.4), grey),
                new SceneObject(4, new Category(3, "ball"), "ball", new Matrix4d().translation(0.1, 0.25, 0.6),
                        new Shape.Sphere(0.25), grey));
        return new Scene(0, 7, 0, cam, objects, light, new Rgb(0.2, 0.3, 0.4), null, Map.of());
    }

    @Test
    void radialTangentialBarrelMatchesRayCasting() {
        check(scene(60, LensDistortion.opencv(-0.3, 0.1, 0.002, -0.001, -0.01)));
    }

    @Test
    void radialTangentialPincushionMatchesRayCasting() {
        check(scene(50, LensDistortion.opencv(0.2, 0.05, 0, 0, 0)));
    }

    @Test
    void fisheyeMatchesRayCasting() {
        check(scene(75, LensDistortion.fisheye(0.05, -0.01, 0.002, 0)));
    }

    @Test
    void aLensWithoutDistortionRendersThePinholeBytes() {
        Scene pinhole = scene(60, null);
        RenderedFrame a = renderer.render(pinhole);
        RenderedFrame b = renderer.render(scene(60, LensDistortion.opencv(0, 0, 0, 0, 0)));
        assertArrayEquals(a.rgb(), b.rgb());
        assertArrayEquals(a.instance(), b.instance());
        assertArrayEquals(a.depth(), b.depth());
    }

    @Test
    void framesInFlightKeepTheirOwnLensWhenTheRenderSizeChanges() {
        List<Scene> scenes = List.of(scene(60, null), scene(60, LensDistortion.opencv(-0.3, 0.1, 0, 0, 0)),
                scene(50, LensDistortion.opencv(0.2, 0.05, 0, 0, 0)), scene(60, null),
                scene(75, LensDistortion.fisheye(0.05, -0.01, 0.002, 0)), scene(60, null));
        List<RenderedFrame> alone = scenes.stream().map(renderer::render).toList();
        List<RenderedFrame> buffers = new java.util.ArrayList<>();
        List<RenderedFrame> done = new java.util.ArrayList<>();
        for (Scene s : scenes) {
            RenderedFrame into = RenderedFrame.allocate(W, H);
            buffers.add(into);
            RenderedFrame out = renderer.renderInto(s, into);
            if (out != null) {
                done.add(out);
            }
        }
        done.addAll(renderer.drain());
        assertEquals(buffers, done, "frames come back in order, each in its own buffers");
        for (int k = 0; k < scenes.size(); k++) {
            assertArrayEquals(alone.get(k).instance(), done.get(k).instance(), "frame " + k);
            assertArrayEquals(alone.get(k).depth(), done.get(k).depth(), "frame " + k);
            assertArrayEquals(alone.get(k).rgb(), done.get(k).rgb(), "frame " + k);
        }
    }

    @Test
    void aLensWithoutRaysForSomePixelsIsTheUsersMistake() {
        Scene folding = scene(60, LensDistortion.opencv(-1.5, 0, 0, 0, 0));
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.facet.renderer.lens.LensOutOfRange.class,
                () -> renderer.render(folding));
        assertTrue(e.getMessage().contains("has no ray for pixel"), e.getMessage());
        assertTrue(renderer.render(scene(60, null)).instance().length == W * H, "the renderer still works");
    }

    private static void check(Scene scene) {
        RenderedFrame f = renderer.render(scene);
        DistortedRays rays = new DistortedRays(scene);
        DistortedRays.Hit[] hits = new DistortedRays.Hit[W * H];
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                hits[v * W + u] = rays.cast(u, v);
            }
        }
        int interior = 0;
        int agree = 0;
        int flat = 0;
        int flatOff = 0;
        int creased = 0;
        int creasedOff = 0;
        double worstFlat = 0;
        for (int v = 1; v < H - 1; v++) {
            for (int u = 1; u < W - 1; u++) {
                int i = v * W + u;
                if (!uniform(hits, i, false)) {
                    continue;
                }
                interior++;
                DistortedRays.Hit ref = hits[i];
                agree += f.instance()[i] == ref.instanceId() ? 1 : 0;
                if (ref.shape() instanceof Shape.Plane || ref.shape() instanceof Shape.Box) {
                    double rel = Math.abs(f.depth()[i] - ref.depth()) / ref.depth();
                    boolean off = rel > 1e-4;
                    if (uniform(hits, i, true)) {
                        flat++;
                        flatOff += off ? 1 : 0;
                        worstFlat = Math.max(worstFlat, rel);
                    } else {
                        creased++;
                        creasedOff += off ? 1 : 0;
                    }
                    if (off && Boolean.getBoolean("lens.debug")) {
                        System.out.printf("(%d,%d) id %d ref %.5f got %.5f%n", u, v, ref.instanceId(), ref.depth(), f.depth()[i]);
                    }
                }
            }
        }
        double agreement = agree / (double) interior;
        String summary = scene.camera().distortion().model().id() + " " + scene.camera().distortion().coefficients()
                + ": ids agree at " + agree + " of " + interior + " pixels away from silhouettes (" + agreement
                + "); depth beyond 1e-4 relative at " + flatOff + " of " + flat + " pixels inside one face of a plane or box"
                + " (worst " + worstFlat + ") and at " + creasedOff + " of " + creased + " next to a box edge";
        System.out.println(summary);
        assertTrue(interior > W * H / 2, "too few pixels away from silhouettes: " + summary);
        assertTrue(agreement >= 0.995, summary);
        assertTrue(flat > W * H / 3 && flatOff == 0, summary);
        assertTrue(creased > 100 && creasedOff <= 0.02 * creased, summary);
    }

    /** The rays through the pixel and its 8 neighbours hit one object (or all miss), and if {@code face}, one face of it. */
    private static boolean uniform(DistortedRays.Hit[] hits, int i, boolean face) {
        int id = hits[i].instanceId();
        for (int dv = -1; dv <= 1; dv++) {
            for (int du = -1; du <= 1; du++) {
                DistortedRays.Hit h = hits[i + dv * W + du];
                if (h.instanceId() != id || face && h.face() != hits[i].face()) {
                    return false;
                }
            }
        }
        return true;
    }
}
