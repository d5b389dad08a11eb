package dev.facet.renderer.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.renderer.RendererPerClass;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A mesh file's own materials, rendered for real: a glTF written here with two materials on a
 * node hierarchy. Part A (unlit, a checkerboard base-colour texture with one alpha-masked
 * column) must show each texel's colour at the pixel centre where its UV projects, and its
 * masked texels must be background (or the box behind) in instance and depth; part B (lit,
 * green, with a normal map tilting the left half towards the sun) must be green and lit
 * unevenly. The whole model is one instance id. The geometry is analytic: a camera on the z
 * axis looking at quads in z = 0, so every expected pixel is a projection.
 */
@ExtendWith(RendererPerClass.class)
class ModelMaterialsRenderingTest {
    static final int W = 160;
    static final int H = 120;
    static final double FOV = 40;
    static final double EYE_Z = 2;
    static final Rgb CLEAR = new Rgb(0.05, 0.1, 0.2);
    static final int MODEL = 5;
    static final int BOX = 9;
    static final int CELLS = 8;
    /** Part A: x in [-0.4, 0.4], y in [0, 0.6]; part B: x in [-0.4, 0.4], y in [-0.5, -0.2] (world). */
    static final double A_TOP = 0.6;
    static final double A_HEIGHT = 0.6;

    static HeadlessRenderer renderer;
    static final JmeMeshLibrary MESHES = new JmeMeshLibrary();

    /** The texel colour of checker cell (column i, row j from the image's top). */
    static int[] cell(int i, int j) {
        boolean dark = (i + j) % 2 == 0;
        return new int[] {40 + 25 * i, 40 + 25 * j, dark ? 30 : 220};
    }

    static BufferedImage checker() {
        BufferedImage img = new BufferedImage(8 * CELLS, 8 * CELLS, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int i = x / 8;
                int[] c = cell(i, y / 8);
                int alpha = i == CELLS - 1 ? 0 : 255;
                img.setRGB(x, y, alpha << 24 | c[0] << 16 | c[1] << 8 | c[2]);
            }
        }
        return img;
    }

    /** A normal map tilting the left half 45 degrees towards +u and the right half towards -u. */
    static BufferedImage tilted() {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        int plus = (int) Math.round((0.7071 * 0.5 + 0.5) * 255);
        int minus = (int) Math.round((-0.7071 * 0.5 + 0.5) * 255);
        img.setRGB(0, 0, plus << 16 | 128 << 8 | plus);
        img.setRGB(1, 0, minus << 16 | 128 << 8 | plus);
        return img;
    }

    /** The two-material model (double-sided, so that its quads also cast shadows: see ModelLightingRenderingTest). */
    static Path writeModel(Path dir, GltfWriter.ImageStore store) throws IOException {
        GltfWriter w = new GltfWriter();
        w.uses("KHR_materials_unlit");
        int checker = w.texture(checker(), store, "checker.png");
        int normal = w.texture(tilted(), store, "normal.png");
        int unlit = w.material("{\"name\":\"checker\",\"pbrMetallicRoughness\":{\"baseColorTexture\":{\"index\":" + checker
                + "}},\"alphaMode\":\"MASK\",\"alphaCutoff\":0.5,\"doubleSided\":true,"
                + "\"extensions\":{\"KHR_materials_unlit\":{}}}");
        int green = w.material("{\"name\":\"green\",\"pbrMetallicRoughness\":{\"baseColorFactor\":[0.2,0.8,0.3,1],"
                + "\"metallicFactor\":0,\"roughnessFactor\":1},\"normalTexture\":{\"index\":" + normal + "},"
                + "\"doubleSided\":true}");
        float[] uv = {0, 0, 1, 0, 1, 1, 0, 1};
        int a = w.mesh(w.quad(new float[] {-0.4f, 0.3f, 0, 0.4f, 0.3f, 0, 0.4f, -0.3f, 0, -0.4f, -0.3f, 0}, uv, unlit, null));
        int b = w.mesh(w.quad(new float[] {-0.4f, 0.15f, 0, 0.4f, 0.15f, 0, 0.4f, -0.15f, 0, -0.4f, -0.15f, 0}, uv, green, null));
        // a hierarchy: the root moves both parts up 0.2, each child places its quad
        w.node("\"children\":[1,2],\"translation\":[0,0.2,0]", true);
        w.node("\"mesh\":" + a + ",\"translation\":[0,0.1,0]", false);
        w.node("\"mesh\":" + b + ",\"translation\":[0,-0.55,0]", false);
        String name = store == GltfWriter.ImageStore.BUFFER ? "model.glb" : "model.gltf";
        return w.write(dir.resolve(name));
    }

    static Scene scene(String model) throws IOException {
        Camera cam = Camera.lookAt(W, H, FOV, new Vector3d(0, 0, EYE_Z), new Vector3d(0, 0, 0), 0.05, 50);
        List<SceneObject> objects = new ArrayList<>();
        Shape.Mesh mesh = MESHES.load(model);
        objects.add(new SceneObject(MODEL, new Category(1, "model"), "model", new Matrix4d(), mesh,
                new Material(new Rgb(1, 0, 1), 0.5, 0)));
        // behind the masked column's lower half: x in [0.2, 0.6], y in [0, 0.3], front face at z = -0.25
        objects.add(new SceneObject(BOX, new Category(2, "box"), "box", new Matrix4d().translation(0.4, 0.15, -0.3),
                new Shape.Box(0.4, 0.3, 0.1), new Material(new Rgb(0.5, 0.5, 0.5), 0.8, 0)));
        Lighting light = new Lighting(new Vector3d(-1, 0, -0.25), new Rgb(1, 1, 1), 2.5,
                new Rgb(0.2, 0.2, 0.2), new Rgb(0.2, 0.2, 0.2), 0.2);
        return new Scene(0, 1, 0, cam, objects, light, CLEAR);
    }

    /** The pixel (column, row) whose centre is nearest the projection of world point (x, y, 0). */
    static int pixel(double x, double y) {
        double f = Camera.focalLength(H, FOV);
        int u = (int) Math.round((W - 1) / 2.0 + f * x / EYE_Z);
        int v = (int) Math.round((H - 1) / 2.0 - f * y / EYE_Z);
        return v * W + u;
    }

    static int[] rgb(RenderedFrame f, int i) {
        return new int[] {f.rgb()[3 * i] & 0xFF, f.rgb()[3 * i + 1] & 0xFF, f.rgb()[3 * i + 2] & 0xFF};
    }

    @ParameterizedTest
    @EnumSource(GltfWriter.ImageStore.class)
    void texturesMasksAndPartsRender(GltfWriter.ImageStore store, @TempDir Path dir) throws IOException {
        Path model = writeModel(dir, store);
        RenderedFrame f = renderer.render(scene(model.toString()));
        double cellW = 0.8 / CELLS;
        double cellH = A_HEIGHT / CELLS;
        for (int j = 0; j < CELLS; j++) {
            double y = A_TOP - (j + 0.5) * cellH;
            for (int i = 0; i < CELLS; i++) {
                int p = pixel(-0.4 + (i + 0.5) * cellW, y);
                String at = "cell (" + i + ", " + j + ") of the " + store + " model";
                if (i < CELLS - 1) {
                    int[] want = cell(i, j);
                    int[] got = rgb(f, p);
                    for (int c = 0; c < 3; c++) {
                        assertEquals(want[c], got[c], 3, at + ": channel " + c);
                    }
                    assertEquals(MODEL, f.instance()[p], at);
                    assertEquals(EYE_Z, f.depth()[p], 1e-4, at);
                } else if (y > 0.32) {
                    assertEquals(0, f.instance()[p], at + ": masked out, nothing behind");
                    assertEquals(0f, f.depth()[p], at);
                } else if (y < 0.28) {
                    assertEquals(BOX, f.instance()[p], at + ": masked out, the box behind");
                    assertEquals(EYE_Z + 0.25, f.depth()[p], 1e-4, at);
                }
            }
        }
        // part B: green, the same instance id, and its normal map lights the left half more
        long left = 0;
        long right = 0;
        int n = 0;
        for (double y = -0.45; y <= -0.25; y += 0.05) {
            for (double x = 0.05; x <= 0.35; x += 0.05) {
                int[] l = rgb(f, pixel(-x, y));
                int[] r = rgb(f, pixel(x, y));
                for (int[] c : new int[][] {l, r}) {
                    assertTrue(c[1] > c[0] + 10 && c[1] > c[2] + 10, "part B is green: " + java.util.Arrays.toString(c));
                }
                assertEquals(MODEL, f.instance()[pixel(-x, y)]);
                assertEquals(MODEL, f.instance()[pixel(x, y)]);
                left += l[1];
                right += r[1];
                n++;
            }
        }
        assertTrue(left > right + 30L * n, "the normal map tilts the left half towards the sun: green "
                + left / n + " vs " + right / n);
    }

    /**
     * The amodal mask leaves masked-out texels out too: inside the model's outline it covers exactly
     * the texels the instance image gives the model or, in the masked column, what shows through.
     */
    @Test
    void maskedTexelsAreNotInTheAmodalMask(@TempDir Path dir) throws IOException {
        Scene t = scene(writeModel(dir, GltfWriter.ImageStore.BUFFER).toString());
        renderer.produceLayers(EnumSet.of(Modality.AMODAL));
        RenderedFrame f;
        try {
            f = renderer.render(t);
        } finally {
            renderer.produceLayers(Set.of());
        }
        var mask = f.layers().amodal().of(MODEL);
        double cellW = 0.8 / CELLS;
        double cellH = A_HEIGHT / CELLS;
        int masked = 0;
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS; i++) {
                int p = pixel(-0.4 + (i + 0.5) * cellW, A_TOP - (j + 0.5) * cellH);
                boolean in = mask.covers(p % W, p / W);
                if (i < CELLS - 1) {
                    assertTrue(in, "cell (" + i + ", " + j + ") is the model's");
                } else {
                    assertTrue(!in, "cell (" + i + ", " + j + ") is masked out, not in the amodal mask");
                    masked++;
                }
            }
        }
        assertEquals(CELLS, masked);
        long visible = 0;
        for (int id : f.instance()) {
            visible += id == MODEL ? 1 : 0;
        }
        assertEquals(visible, mask.pixelCount(), "nothing hides the model: its amodal mask is its visible pixels");
    }

    /**
     * Masked texels are no surface in the depth pass over the next step either (flow's validity):
     * with nothing moving, the box seen through the masked column keeps a valid flow of 0. Were
     * the masked texels drawn in that pass, they would hide the box's points at t+1.
     */
    @Test
    void maskedTexelsAreNoSurfaceAtTheNextStep(@TempDir Path dir) throws IOException {
        Scene t = scene(writeModel(dir, GltfWriter.ImageStore.BUFFER).toString());
        Scene next = new Scene(1, 1, 0, t.camera(), t.objects(), t.lighting(), CLEAR);
        renderer.produceLayers(EnumSet.of(Modality.FLOW, Modality.FLOW_VALID));
        RenderedFrame f;
        try {
            f = renderer.render(t, next);
        } finally {
            renderer.produceLayers(Set.of());
        }
        float[] valid = f.layers().get(Modality.FLOW_VALID);
        float[] flow = f.layers().get(Modality.FLOW);
        double cellW = 0.8 / CELLS;
        int seen = 0;
        for (double y = 0.05; y < 0.26; y += 0.05) {
            int p = pixel(-0.4 + (CELLS - 0.5) * cellW, y);
            assertEquals(BOX, f.instance()[p], "the box behind the masked column at y " + y);
            assertEquals(1f, valid[p], "the box's point is seen at t+1 through the masked texels, y " + y);
            assertEquals(0f, flow[2 * p], 1e-3);
            assertEquals(0f, flow[2 * p + 1], 1e-3);
            seen++;
        }
        assertTrue(seen >= 4);
    }

    /**
     * A double-sided quad seen from its back, its base colour reading TEXCOORD_1 through a
     * KHR_texture_transform (offset 0.5, scale 0.5 in u: the texture's right half), TEXCOORD_0
     * all zero; beside it the same quad single-sided, which must not be drawn at all.
     */
    @Test
    void doubleSidedSecondCoordinateSetAndTextureTransform(@TempDir Path dir) throws IOException {
        GltfWriter w = new GltfWriter();
        w.uses("KHR_materials_unlit");
        w.uses("KHR_texture_transform");
        int checker = w.texture(checker(), GltfWriter.ImageStore.BUFFER, null);
        String unlit = "\"extensions\":{\"KHR_materials_unlit\":{}}";
        int two = w.material("{\"pbrMetallicRoughness\":{\"baseColorTexture\":{\"index\":" + checker + ",\"texCoord\":1,"
                + "\"extensions\":{\"KHR_texture_transform\":{\"offset\":[0.5,0],\"scale\":[0.5,1]}}}},"
                + "\"doubleSided\":true," + unlit + "}");
        int one = w.material("{\"pbrMetallicRoughness\":{\"baseColorFactor\":[1,1,1,1]}," + unlit + "}");
        float[] zero = new float[8];
        float[] uv = {0, 0, 1, 0, 1, 1, 0, 1};
        int a = w.mesh(w.quad(new float[] {-0.45f, 0.3f, 0, -0.05f, 0.3f, 0, -0.05f, -0.3f, 0, -0.45f, -0.3f, 0},
                zero, two, uv, true));
        int b = w.mesh(w.quad(new float[] {0.05f, 0.3f, 0, 0.45f, 0.3f, 0, 0.45f, -0.3f, 0, 0.05f, -0.3f, 0},
                uv, one, null, true));
        w.node("\"mesh\":" + a, true);
        w.node("\"mesh\":" + b, true);
        Path model = w.write(dir.resolve("sides.glb"));
        Camera cam = Camera.lookAt(W, H, FOV, new Vector3d(0, 0, EYE_Z), new Vector3d(0, 0, 0), 0.05, 50);
        Scene s = new Scene(0, 1, 0, cam, List.of(new SceneObject(MODEL, new Category(1, "model"), "model",
                new Matrix4d(), MESHES.load(model.toString()), new Material(new Rgb(1, 0, 1), 0.5, 0))),
                new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 1, new Rgb(0.2, 0.2, 0.2), new Rgb(0.2, 0.2, 0.2), 0.2),
                CLEAR);
        RenderedFrame f = renderer.render(s);
        for (int j = 0; j < CELLS; j++) {
            double y = 0.3 - (j + 0.5) * 0.6 / CELLS;
            for (int k = 0; k < 3; k++) {
                int p = pixel(-0.45 + 0.1 * (k + 0.5), y);
                int[] want = cell(CELLS / 2 + k, j);
                int[] got = rgb(f, p);
                for (int c = 0; c < 3; c++) {
                    assertEquals(want[c], got[c], 3, "double-sided quad, texture column " + (CELLS / 2 + k) + " row " + j);
                }
                assertEquals(MODEL, f.instance()[p]);
                int q = pixel(0.05 + 0.1 * (k + 0.5), y);
                assertEquals(0, f.instance()[q], "a single-sided quad seen from behind is not drawn");
                assertEquals(0f, f.depth()[q]);
            }
        }
    }

    /**
     * BLEND is drawn as a mask at alpha 0.5: a texel of alpha 0.45 is not the object's in any
     * modality, one of alpha 0.55 is, opaque (its colour unblended with the background).
     */
    @Test
    void blendIsAMaskAtOneHalf(@TempDir Path dir) throws IOException {
        GltfWriter w = new GltfWriter();
        w.uses("KHR_materials_unlit");
        BufferedImage halves = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        halves.setRGB(0, 0, 115 << 24 | 0xE0C020);
        halves.setRGB(1, 0, 140 << 24 | 0xE0C020);
        int t = w.texture(halves, GltfWriter.ImageStore.BUFFER, null);
        int m = w.material("{\"pbrMetallicRoughness\":{\"baseColorTexture\":{\"index\":" + t + "}},"
                + "\"alphaMode\":\"BLEND\",\"extensions\":{\"KHR_materials_unlit\":{}}}");
        int q = w.mesh(w.quad(new float[] {-0.4f, 0.3f, 0, 0.4f, 0.3f, 0, 0.4f, -0.3f, 0, -0.4f, -0.3f, 0},
                new float[] {0, 0, 1, 0, 1, 1, 0, 1}, m, null));
        w.node("\"mesh\":" + q, true);
        Path model = w.write(dir.resolve("blend.glb"));
        Camera cam = Camera.lookAt(W, H, FOV, new Vector3d(0, 0, EYE_Z), new Vector3d(0, 0, 0), 0.05, 50);
        Scene s = new Scene(0, 1, 0, cam, List.of(new SceneObject(MODEL, new Category(1, "model"), "model",
                new Matrix4d(), MESHES.load(model.toString()), new Material(new Rgb(1, 0, 1), 0.5, 0))),
                new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 1, new Rgb(0.2, 0.2, 0.2), new Rgb(0.2, 0.2, 0.2), 0.2),
                CLEAR);
        RenderedFrame f = renderer.render(s);
        for (double y = -0.2; y <= 0.2; y += 0.1) {
            int below = pixel(-0.2, y);
            assertEquals(0, f.instance()[below], "alpha 0.45 under BLEND is not the object's");
            assertEquals(0f, f.depth()[below]);
            int above = pixel(0.2, y);
            assertEquals(MODEL, f.instance()[above], "alpha 0.55 under BLEND is the object's");
            assertEquals(EYE_Z, f.depth()[above], 1e-4);
            int[] c = rgb(f, above);
            assertEquals(0xE0, c[0], 3);
            assertEquals(0xC0, c[1], 3);
            assertEquals(0x20, c[2], 3);
        }
    }

    /**
     * COLOR_0 multiplies the base colour: a white quad with one vertex colour, lit only by a
     * uniform sky of 0.5 (no sun), shows 0.5 x (colour + 0.02) (the diffuse and the 0.04 x 0.5
     * specular share of Facet's ambient term). (jME's loader refuses COLOR_0 on unlit materials.)
     */
    @Test
    void vertexColoursMultiplyTheBaseColour(@TempDir Path dir) throws IOException {
        GltfWriter w = new GltfWriter();
        int m = w.material("{\"pbrMetallicRoughness\":{\"baseColorFactor\":[1,1,1,1],\"metallicFactor\":0,"
                + "\"roughnessFactor\":1}}");
        float[] c = {0.2f, 0.9f, 0.4f, 1f};
        float[] colors = new float[16];
        for (int k = 0; k < 16; k++) {
            colors[k] = c[k % 4];
        }
        int q = w.mesh(w.quad(new float[] {-0.4f, 0.3f, 0, 0.4f, 0.3f, 0, 0.4f, -0.3f, 0, -0.4f, -0.3f, 0},
                new float[] {0, 0, 1, 0, 1, 1, 0, 1}, m, null, false, colors));
        w.node("\"mesh\":" + q, true);
        Path model = w.write(dir.resolve("colours.gltf"));
        Camera cam = Camera.lookAt(W, H, FOV, new Vector3d(0, 0, EYE_Z), new Vector3d(0, 0, 0), 0.05, 50);
        Scene s = new Scene(0, 1, 0, cam, List.of(new SceneObject(MODEL, new Category(1, "model"), "model",
                new Matrix4d(), MESHES.load(model.toString()), new Material(new Rgb(1, 0, 1), 0.5, 0))),
                new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 0, new Rgb(0.5, 0.5, 0.5), new Rgb(0.5, 0.5, 0.5), 1),
                CLEAR);
        RenderedFrame f = renderer.render(s);
        int[] got = rgb(f, pixel(0, 0));
        for (int k = 0; k < 3; k++) {
            double lin = 0.5 * (c[k] + 0.02);
            double srgb = 1.055 * Math.pow(lin, 1 / 2.4) - 0.055;
            assertEquals(255 * srgb, got[k], 3, "channel " + k + " of " + java.util.Arrays.toString(got));
        }
    }
}
