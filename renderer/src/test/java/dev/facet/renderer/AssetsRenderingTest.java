package dev.facet.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Environment;
import dev.facet.engine.scene.Light;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import dev.facet.renderer.mirror.JmeMeshLibraryTest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real rendering of mesh files, textures, point and spot lights and an environment map,
 * checked against jME ray casting through the scene records and against renders that
 * differ in one thing only.
 */
@ExtendWith(RendererPerClass.class)
class AssetsRenderingTest {
    static final int W = 320;
    static final int H = 240;
    static final Rgb CLEAR = new Rgb(0.2, 0.3, 0.4);
    static final int PYRAMID = 2;
    static final int GLTF_BOX = 3;
    static final int GLB_BOX = 4;
    static final int BIG_PYRAMID = 5;
    static final int TEXTURED_BOX = 6;
    static final int PLAIN_BOX = 7;
    static final Vector3d POINT_LIGHT = new Vector3d(0.0, 0.25, 0.95);

    static HeadlessRenderer renderer;
    static final JmeMeshLibrary MESHES = new JmeMeshLibrary();

    static Matrix4d pose(double x, double y, double z, double yawDeg, double scale) {
        return new Matrix4d().translation(x, y, z).rotateY(Math.toRadians(yawDeg)).scale(scale);
    }

    static SceneObject object(int id, Shape shape, Matrix4d pose, Material m) {
        return new SceneObject(id, new Category(id == 1 ? 1 : 2, id == 1 ? "ground" : "thing"), "o" + id, pose, shape, m);
    }

    static Shape.Mesh mesh(String source) {
        try {
            return MESHES.load(source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ground, two pyramids (OBJ), a glTF and a GLB box, a textured and a plain primitive box, a sphere. */
    static List<SceneObject> objects() {
        String checker = JmeMeshLibraryTest.file("checker.png");
        Material grey = new Material(new Rgb(0.5, 0.5, 0.5), 0.8, 0);
        List<SceneObject> o = new ArrayList<>();
        o.add(object(1, new Shape.Plane(3, 3), pose(0, 0, 0, 0, 1), grey));
        o.add(object(PYRAMID, mesh(JmeMeshLibraryTest.file("pyramid.obj")), pose(-0.6, 0, 0, 20, 1),
                new Material(new Rgb(0.9, 0.8, 0.3), 0.5, 0, checker, 2)));
        o.add(object(GLTF_BOX, mesh(JmeMeshLibraryTest.file("box.gltf")), pose(0.6, 0, 0, -30, 1),
                new Material(new Rgb(0.3, 0.9, 0.4), 0.4, 0, checker, 1)));
        o.add(object(GLB_BOX, mesh("classpath:/assets/box.glb"), pose(0.1, 0, -0.5, 60, 1),
                new Material(new Rgb(0.8, 0.8, 0.9), 0.1, 1)));
        o.add(object(BIG_PYRAMID, mesh("classpath:/assets/pyramid.obj"), pose(-0.1, 0, -1.0, 0, 2), grey));
        o.add(object(TEXTURED_BOX, new Shape.Box(0.3, 0.3, 0.3), pose(-0.3, 0.15, 0.45, 0, 1),
                new Material(new Rgb(1, 1, 1), 0.7, 0, checker, 1)));
        o.add(object(PLAIN_BOX, new Shape.Box(0.3, 0.3, 0.3), pose(0.3, 0.15, 0.45, 0, 1),
                new Material(new Rgb(1, 1, 1), 0.7, 0)));
        o.add(object(8, new Shape.Sphere(0.12), pose(0.75, 0.12, 0.5, 0, 1), new Material(new Rgb(0.9, 0.2, 0.2), 0.3, 0)));
        return o;
    }

    static Scene scene(double pointIntensity, Environment env, String backgroundImage) {
        Camera cam = Camera.lookAt(W, H, 50, new Vector3d(0, 0.9, 2.2), new Vector3d(0, 0.2, 0), 0.05, 50);
        List<Light> lights = List.of(
                new Light.Point(POINT_LIGHT, new Rgb(1, 0.9, 0.8), pointIntensity),
                new Light.Spot(new Vector3d(0.6, 1.2, 0.2), new Vector3d(0, -1, -0.1), new Rgb(0.6, 0.7, 1), 1.5, 10, 20));
        Lighting lighting = new Lighting(new Vector3d(-0.4, -1, -0.3), new Rgb(1, 1, 1), 0.6,
                new Rgb(0.5, 0.6, 0.8), new Rgb(0.2, 0.2, 0.2), 0.05, lights, env);
        return new Scene(0, 1, 0, cam, objects(), lighting, CLEAR, backgroundImage, Map.of());
    }

    static Environment sky() {
        return new Environment(JmeMeshLibraryTest.file("sky.hdr"), 1.0, 30, true);
    }

    static int lum(RenderedFrame f, int i) {
        return (f.rgb()[3 * i] & 0xFF) * 3 + (f.rgb()[3 * i + 1] & 0xFF) * 6 + (f.rgb()[3 * i + 2] & 0xFF);
    }

    /** True when every pixel of the 3x3 block around (u, v) has the same instance id. */
    static boolean interior(RenderedFrame f, int u, int v) {
        if (u < 1 || v < 1 || u >= f.width() - 1 || v >= f.height() - 1) {
            return false;
        }
        int id = f.instance()[v * f.width() + u];
        for (int dv = -1; dv <= 1; dv++) {
            for (int du = -1; du <= 1; du++) {
                if (f.instance()[(v + dv) * f.width() + u + du] != id) {
                    return false;
                }
            }
        }
        return true;
    }

    static void save(RenderedFrame f, String path) throws IOException {
        BufferedImage img = new BufferedImage(f.width() * 2, f.height(), BufferedImage.TYPE_INT_RGB);
        for (int v = 0; v < f.height(); v++) {
            for (int u = 0; u < f.width(); u++) {
                int i = v * f.width() + u;
                int rgb = (f.rgb()[3 * i] & 0xFF) << 16 | (f.rgb()[3 * i + 1] & 0xFF) << 8 | (f.rgb()[3 * i + 2] & 0xFF);
                img.setRGB(u, v, rgb);
                int id = f.instance()[i];
                int false_ = id == 0 ? 0 : (id * 0x9E3779B1) >>> 8 | 0x404040;
                img.setRGB(f.width() + u, v, false_ & 0xFFFFFF);
            }
        }
        File out = new File(path);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }

    @Test
    void meshesMatchRayCastingAndBackgroundKeepsIdsAndDepthZero() throws IOException {
        Scene scene = scene(1.5, sky(), null);
        RenderedFrame f = renderer.render(scene);
        save(f, "target/assets-scene.png");
        SceneRays rays = new SceneRays(scene, MESHES);
        Random random = new Random(7);
        int compared = 0;
        int meshPixels = 0;
        int background = 0;
        for (int n = 0; n < 3000; n++) {
            int u = random.nextInt(W);
            int v = random.nextInt(H);
            if (!interior(f, u, v)) {
                continue;
            }
            int i = v * W + u;
            SceneRays.Hit hit = rays.cast(u, v);
            assertEquals(hit.instanceId(), f.instance()[i], "instance at (" + u + ", " + v + ")");
            compared++;
            int id = hit.instanceId();
            if (id == 0) {
                background++;
                assertEquals(0f, f.depth()[i], "depth of background pixel (" + u + ", " + v + ")");
            } else {
                assertEquals(hit.depth(), f.depth()[i], 1e-4 * hit.depth(), "depth at (" + u + ", " + v + ")");
            }
            if (id == PYRAMID || id == GLTF_BOX || id == GLB_BOX || id == BIG_PYRAMID) {
                meshPixels++;
            }
        }
        assertTrue(compared >= 500, "compared " + compared);
        assertTrue(meshPixels >= 60, "mesh pixels compared " + meshPixels);
        assertTrue(background >= 50, "background pixels compared " + background);
        for (int id : new int[] {PYRAMID, GLTF_BOX, GLB_BOX, BIG_PYRAMID}) {
            final int want = id;
            long count = java.util.Arrays.stream(f.instance()).filter(x -> x == want).count();
            assertTrue(count > 100, "object " + id + " covers " + count + " pixels");
        }

        // background: no id, no depth, but the environment's colours, not the clear colour
        int clearR = Math.round(255 * (float) srgb(CLEAR.r()));
        int clearG = Math.round(255 * (float) srgb(CLEAR.g()));
        int clearB = Math.round(255 * (float) srgb(CLEAR.b()));
        int bg = 0;
        int asClear = 0;
        int minL = Integer.MAX_VALUE;
        int maxL = Integer.MIN_VALUE;
        for (int i = 0; i < W * H; i++) {
            if (f.instance()[i] != 0) {
                continue;
            }
            bg++;
            assertEquals(0f, f.depth()[i]);
            int r = f.rgb()[3 * i] & 0xFF;
            int g = f.rgb()[3 * i + 1] & 0xFF;
            int b = f.rgb()[3 * i + 2] & 0xFF;
            if (Math.abs(r - clearR) <= 2 && Math.abs(g - clearG) <= 2 && Math.abs(b - clearB) <= 2) {
                asClear++;
            }
            minL = Math.min(minL, lum(f, i));
            maxL = Math.max(maxL, lum(f, i));
        }
        assertTrue(bg > 2000, "background pixels " + bg);
        assertEquals(0, asClear, "background pixels left at the clear colour");
        assertTrue(maxL - minL > 300, "background varies: luminance " + minL + ".." + maxL);
    }

    @Test
    void textureVariesAcrossTheFaceWhileThePlainBoxStaysFlat() {
        RenderedFrame f = renderer.render(scene(0, sky(), null));
        double textured = jumps(f, TEXTURED_BOX);
        double plain = jumps(f, PLAIN_BOX);
        assertTrue(textured > 0.05, "textured box: share of neighbour pairs that jump " + textured);
        assertTrue(plain < 0.01, "plain box: share of neighbour pairs that jump " + plain);
    }

    /** The share of horizontally adjacent interior pixel pairs of object {@code id} whose luminance differs by more than 300/10. */
    static double jumps(RenderedFrame f, int id) {
        int pairs = 0;
        int big = 0;
        for (int v = 1; v < H - 1; v++) {
            for (int u = 1; u < W - 2; u++) {
                int i = v * W + u;
                if (f.instance()[i] != id || !interior(f, u, v) || !interior(f, u + 1, v)) {
                    continue;
                }
                pairs++;
                if (Math.abs(lum(f, i) - lum(f, i + 1)) > 300) {
                    big++;
                }
            }
        }
        assertTrue(pairs > 200, "object " + id + " shows " + pairs + " interior pairs");
        return (double) big / pairs;
    }

    @Test
    void pointLightBrightensWhatIsNearIt() {
        RenderedFrame off = renderer.render(scene(0, sky(), null));
        RenderedFrame on = renderer.render(scene(1.5, sky(), null));
        assertArrayEquals(off.instance(), on.instance(), "lights change no label");
        assertArrayEquals(off.depth(), on.depth(), "lights change no depth");
        double[] below = scene(0, null, null).camera().project(new Vector3d(POINT_LIGHT.x, 0, POINT_LIGHT.z));
        int u0 = (int) Math.round(below[0]);
        int v0 = (int) Math.round(below[1]);
        long sumOff = 0;
        long sumOn = 0;
        int n = 0;
        for (int v = v0 - 3; v <= v0 + 3; v++) {
            for (int u = u0 - 3; u <= u0 + 3; u++) {
                int i = v * W + u;
                assertEquals(1, on.instance()[i], "the ground under the light at (" + u + ", " + v + ")");
                sumOff += lum(off, i);
                sumOn += lum(on, i);
                n++;
            }
        }
        assertTrue(sumOn > sumOff + 10L * 40 * n, "ground under the light: " + sumOff / n + " -> " + sumOn / n);
        // far from the light the ground barely changes
        int far = (int) Math.round(H * 0.62) * W + 10;
        assertEquals(1, on.instance()[far]);
    }

    @Test
    void sunAtZeroIntensityGivesNoSunLight() {
        Camera cam = Camera.lookAt(64, 48, 50, new Vector3d(0, 0.9, 2.2), new Vector3d(0, 0.2, 0), 0.05, 50);
        List<SceneObject> plane = List.of(object(1, new Shape.Plane(3, 3), pose(0, 0, 0, 0, 1),
                new Material(new Rgb(0.8, 0.8, 0.8), 0.5, 0)));
        Rgb black = new Rgb(0, 0, 0);
        RenderedFrame dark = renderer.render(new Scene(0, 1, 0, cam, plane,
                new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 0, black, black, 0), black));
        RenderedFrame lit = renderer.render(new Scene(0, 1, 0, cam, plane,
                new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 1, black, black, 0), black));
        int centre = 24 * 64 + 32;
        assertEquals(1, dark.instance()[centre]);
        assertEquals(0, dark.rgb()[3 * centre] & 0xFF);
        assertTrue((lit.rgb()[3 * centre] & 0xFF) > 100, "lit by the sun: " + (lit.rgb()[3 * centre] & 0xFF));
    }

    @Test
    void backgroundImageIsStretchedOverEmptyPixels() {
        Scene s = scene(0, new Environment(JmeMeshLibraryTest.file("sky.hdr"), 1.0, 0, false),
                JmeMeshLibraryTest.file("gradient.png"));
        RenderedFrame f = renderer.render(s);
        // the top-left pixel shows the image's top-left texel: (40, 90, 230)
        assertEquals(0, f.instance()[0]);
        assertEquals(0f, f.depth()[0]);
        assertEquals(40, f.rgb()[0] & 0xFF, 3);
        assertEquals(90, f.rgb()[1] & 0xFF, 3);
        assertEquals(230, f.rgb()[2] & 0xFF, 3);
        // and without image or environment background the clear colour stays
        RenderedFrame plain = renderer.render(scene(0, null, null));
        assertEquals(Math.round(255 * (float) srgb(CLEAR.b())), plain.rgb()[2] & 0xFF, 1);
    }

    static double srgb(double c) {
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }
}
