package dev.facet.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.CameraEffects;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rendering;
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
 * Real rendering of a box on a plane under the sun with each colour-only setting on and
 * off: anti-aliasing, soft shadows, exposure and tone mapping, camera effects. Ids and
 * depth must not change by a byte; colour must change the way the setting says.
 */
@ExtendWith(RendererPerClass.class)
class ImageQualityRenderingTest {
    static final int W = 160;
    static final int H = 120;
    static final int BOX = 2;
    static HeadlessRenderer renderer;

    static Rendering rendering(int aa, Rendering.ToneMapping tone, double ev, boolean soft, CameraEffects e) {
        return new Rendering(aa, tone, ev, soft, 0, e);
    }

    /** A grey plane and a white box on it; the sun shines from the camera's left, casting a shadow to the right. */
    static Scene scene(Rendering r) {
        Camera cam = Camera.lookAt(W, H, 50, new Vector3d(0, 1.6, 2.4), new Vector3d(0, 0.1, 0), 0.05, 50);
        Lighting light = new Lighting(new Vector3d(1, -1, -0.2), new Rgb(1, 1, 1), 2.0,
                new Rgb(0.5, 0.6, 0.8), new Rgb(0.2, 0.2, 0.2), 0.2);
        List<SceneObject> objects = List.of(
                new SceneObject(1, new Category(1, "ground"), "ground", new Matrix4d(), new Shape.Plane(4, 4),
                        new Material(new Rgb(0.5, 0.5, 0.5), 0.9, 0)),
                new SceneObject(BOX, new Category(2, "box"), "box", new Matrix4d().translation(-0.3, 0.25, 0).rotateY(0.5),
                        new Shape.Box(0.5, 0.5, 0.5), new Material(new Rgb(0.8, 0.8, 0.8), 0.7, 0)));
        return new Scene(0, 7, 0, cam, objects, light, new Rgb(0.2, 0.3, 0.4), null, Map.of(), r);
    }

    static RenderedFrame render(Rendering r) {
        return renderer.render(scene(r));
    }

    static void assertLabelsEqual(RenderedFrame a, RenderedFrame b) {
        assertArrayEquals(a.instance(), b.instance(), "instance ids changed");
        assertArrayEquals(a.depth(), b.depth(), "depth changed");
    }

    static int grey(RenderedFrame f, int i) {
        return ((f.rgb()[3 * i] & 0xff) + (f.rgb()[3 * i + 1] & 0xff) + (f.rgb()[3 * i + 2] & 0xff)) / 3;
    }

    @Test
    void antialiasingBlendsEdgesAndLeavesLabelsExact() {
        RenderedFrame plain = render(Rendering.DEFAULT);
        for (int aa : new int[] {2, 4}) {
            RenderedFrame smooth = render(rendering(aa, Rendering.ToneMapping.NONE, 0, false, CameraEffects.NONE));
            assertLabelsEqual(plain, smooth);
            int blended = 0;
            int changed = 0;
            for (int i = 0; i < W * H; i++) {
                if (grey(plain, i) != grey(smooth, i)) {
                    changed++;
                    boolean edge = i % W > 0 && plain.instance()[i - 1] != plain.instance()[i]
                            || i >= W && plain.instance()[i - W] != plain.instance()[i]
                            || i % W < W - 1 && plain.instance()[i + 1] != plain.instance()[i]
                            || i < W * (H - 1) && plain.instance()[i + W] != plain.instance()[i];
                    blended += edge ? 1 : 0;
                }
            }
            assertTrue(blended > 50, "few silhouette pixels blended at " + aa + "x: " + blended);
            assertTrue(changed < W * H / 4, "anti-aliasing changed far more than edges: " + changed);
        }
        assertArrayEquals(plain.rgb(), render(Rendering.DEFAULT).rgb(), "turning anti-aliasing off again restores colour");
    }

    @Test
    void shadowIsDarkUnderTheBoxEdgeAndSoftShadowsHaveAPenumbra() {
        RenderedFrame hard = render(Rendering.DEFAULT);
        RenderedFrame soft = render(rendering(1, Rendering.ToneMapping.NONE, 0, true, CameraEffects.NONE));
        assertLabelsEqual(hard, soft);
        int[] hardLevels = groundLevels(hard);
        int[] softLevels = groundLevels(soft);
        assertTrue(hardLevels[0] < hardLevels[1] - 20, "shadow next to the box is not dark: "
                + hardLevels[0] + " vs lit " + hardLevels[1]);
        assertTrue(softLevels[2] > hardLevels[2], "soft shadows add no intermediate ground values: "
                + softLevels[2] + " vs " + hardLevels[2]);
        assertTrue(litFaceSpread(soft) <= 2 && litFaceSpread(hard) <= 2, "stripes on the lit face");
    }

    /** Darkest and brightest ground grey, and how many distinct ground greys lie strictly between them. */
    static int[] groundLevels(RenderedFrame f) {
        int lo = 255;
        int hi = 0;
        java.util.Set<Integer> levels = new java.util.HashSet<>();
        for (int i = 0; i < W * H; i++) {
            if (f.instance()[i] == 1) {
                lo = Math.min(lo, grey(f, i));
                hi = Math.max(hi, grey(f, i));
                levels.add(grey(f, i));
            }
        }
        int lo0 = lo;
        int hi0 = hi;
        return new int[] {lo, hi, (int) levels.stream().filter(g -> g > lo0 + 5 && g < hi0 - 5).count()};
    }

    /** Range of grey over the box's brightest face (its pixels within 8 levels of the box's brightest). */
    static int litFaceSpread(RenderedFrame f) {
        int max = 0;
        for (int i = 0; i < W * H; i++) {
            if (f.instance()[i] == BOX) {
                max = Math.max(max, grey(f, i));
            }
        }
        int min = max;
        for (int i = 0; i < W * H; i++) {
            if (f.instance()[i] == BOX && grey(f, i) > max - 8 && interiorOfBox(f, i)) {
                min = Math.min(min, grey(f, i));
            }
        }
        return max - min;
    }

    static boolean interiorOfBox(RenderedFrame f, int i) {
        int x = i % W;
        int y = i / W;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int u = x + dx;
                int v = y + dy;
                if (u < 0 || v < 0 || u >= W || v >= H || f.instance()[v * W + u] != BOX) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void exposureAndToneMappingChangeColourMonotonically() {
        RenderedFrame base = render(Rendering.DEFAULT);
        RenderedFrame darker = render(rendering(1, Rendering.ToneMapping.NONE, -1, false, CameraEffects.NONE));
        RenderedFrame aces = render(rendering(1, Rendering.ToneMapping.ACES, 0, false, CameraEffects.NONE));
        RenderedFrame acesBright = render(rendering(1, Rendering.ToneMapping.ACES, 1, false, CameraEffects.NONE));
        assertLabelsEqual(base, darker);
        assertLabelsEqual(base, aces);
        long sumBase = 0;
        long sumDark = 0;
        long sumAces = 0;
        long sumAcesBright = 0;
        for (int i = 0; i < W * H; i++) {
            assertTrue(grey(darker, i) <= grey(base, i), "a stop down brightened pixel " + i);
            assertTrue(grey(acesBright, i) >= grey(aces, i), "a stop up darkened pixel " + i);
            sumBase += grey(base, i);
            sumDark += grey(darker, i);
            sumAces += grey(aces, i);
            sumAcesBright += grey(acesBright, i);
        }
        assertTrue(sumDark < sumBase && sumAcesBright > sumAces, "exposure had no effect");
        assertFalse(java.util.Arrays.equals(base.rgb(), aces.rgb()), "ACES changed nothing");
        // the ACES curve is monotone: brighter radiance stays brighter
        int[] order = java.util.stream.IntStream.range(0, W * H).boxed()
                .sorted((a, b) -> Integer.compare(grey(base, a), grey(base, b))).mapToInt(Integer::intValue).toArray();
        for (int k = 1; k < order.length; k++) {
            if (grey(base, order[k]) > grey(base, order[k - 1]) + 6) {
                assertTrue(grey(aces, order[k]) + 2 >= grey(aces, order[k - 1]), "ACES reversed an order");
            }
        }
    }

    @Test
    void cameraEffectsAreDeterministicPerSeedAndColourOnly() {
        CameraEffects e = new CameraEffects(0.02, 500, 0.4, 1.5, 70);
        Rendering r = rendering(1, Rendering.ToneMapping.NONE, 0, false, e);
        RenderedFrame plain = render(Rendering.DEFAULT);
        RenderedFrame a = render(r);
        RenderedFrame b = render(r);
        assertLabelsEqual(plain, a);
        assertArrayEquals(a.rgb(), b.rgb(), "same seed, same frame, different noise");
        assertFalse(java.util.Arrays.equals(plain.rgb(), a.rgb()), "effects changed nothing");
        Scene other = scene(r);
        Scene reseeded = new Scene(0, 8, 0, other.camera(), other.objects(), other.lighting(), other.background(),
                null, Map.of(), r);
        assertFalse(java.util.Arrays.equals(a.rgb(), renderer.render(reseeded).rgb()), "another seed, the same noise");
        // vignetting darkens the corners more than the centre
        RenderedFrame vignette = render(rendering(1, Rendering.ToneMapping.NONE, 0, false,
                new CameraEffects(0, 0, 0.6, 0, 0)));
        assertTrue(grey(vignette, 0) < grey(plain, 0), "corner not darkened");
        int centre = H / 2 * W + W / 2;
        assertEquals(grey(plain, centre), grey(vignette, centre), 2, "centre darkened");
    }
}
