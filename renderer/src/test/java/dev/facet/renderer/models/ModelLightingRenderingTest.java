package dev.facet.renderer.models;

import static dev.facet.renderer.models.ModelMaterialsRenderingTest.CELLS;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.CLEAR;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.EYE_Z;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.FOV;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.H;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.MODEL;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.W;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.cell;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.checker;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.pixel;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.rgb;
import static dev.facet.renderer.models.ModelMaterialsRenderingTest.writeModel;
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
import dev.facet.engine.spi.RenderedFrame;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.renderer.RendererPerClass;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mesh file's materials under light, rendered for real: occlusion on the second texture
 * coordinate set, emissive textures, shadows of masked texels, and OBJ + MTL textures laid
 * out as Google Scanned Objects ship them (the analytic set-up of
 * {@link ModelMaterialsRenderingTest}: a camera on the z axis, quads in z = 0).
 */
@ExtendWith(RendererPerClass.class)
class ModelLightingRenderingTest {
    static HeadlessRenderer renderer;
    static final JmeMeshLibrary MESHES = new JmeMeshLibrary();

    /**
     * Occlusion read through TEXCOORD_1 (left half 0, right half 1) darkens the ambient light on
     * the left quad; the right quad is black metal giving off its emissive checker texture at
     * factor 0.5 and KHR_materials_emissive_strength 2, so its pixels are the texture's colours
     * (and stay black metal: jME's own adapter for that extension would drop the base colour).
     */
    @Test
    void occlusionOnSecondSetAndEmissive(@TempDir Path dir) throws IOException {
        GltfWriter w = new GltfWriter();
        w.uses("KHR_materials_emissive_strength");
        BufferedImage halves = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        halves.setRGB(0, 0, 0x000000);
        halves.setRGB(1, 0, 0xFFFFFF);
        int ao = w.texture(halves, GltfWriter.ImageStore.DATA_URI, null);
        int checker = w.texture(checker(), GltfWriter.ImageStore.BUFFER, null);
        int occluded = w.material("{\"pbrMetallicRoughness\":{\"baseColorFactor\":[1,1,1,1],\"metallicFactor\":0},"
                + "\"occlusionTexture\":{\"index\":" + ao + ",\"texCoord\":1,\"strength\":1}}");
        int glowing = w.material("{\"pbrMetallicRoughness\":{\"baseColorFactor\":[0,0,0,1],\"metallicFactor\":1},"
                + "\"emissiveFactor\":[0.5,0.5,0.5],\"emissiveTexture\":{\"index\":" + checker + "},"
                + "\"extensions\":{\"KHR_materials_emissive_strength\":{\"emissiveStrength\":2}}}");
        float[] uv = {0, 0, 1, 0, 1, 1, 0, 1};
        float[] zero = new float[8];
        int a = w.mesh(w.quad(new float[] {-0.45f, 0.3f, 0, -0.05f, 0.3f, 0, -0.05f, -0.3f, 0, -0.45f, -0.3f, 0},
                zero, occluded, uv));
        int b = w.mesh(w.quad(new float[] {0.05f, 0.3f, 0, 0.45f, 0.3f, 0, 0.45f, -0.3f, 0, 0.05f, -0.3f, 0},
                uv, glowing, null));
        w.node("\"mesh\":" + a, true);
        w.node("\"mesh\":" + b, true);
        Path model = w.write(dir.resolve("glow.gltf"));
        Camera cam = Camera.lookAt(W, H, FOV, new Vector3d(0, 0, EYE_Z), new Vector3d(0, 0, 0), 0.05, 50);
        Scene s = new Scene(0, 1, 0, cam, List.of(new SceneObject(MODEL, new Category(1, "model"), "model",
                new Matrix4d(), MESHES.load(model.toString()), new Material(new Rgb(1, 0, 1), 0.5, 0))),
                new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 0, new Rgb(0.5, 0.5, 0.5), new Rgb(0.5, 0.5, 0.5), 1),
                CLEAR);
        RenderedFrame f = renderer.render(s);
        int dark = rgb(f, pixel(-0.35, 0))[1];
        int lit = rgb(f, pixel(-0.15, 0))[1];
        assertTrue(dark < 10 && lit > 100, "occlusion 0 on the left half, 1 on the right: " + dark + " vs " + lit);
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS - 1; i++) {
                int p = pixel(0.05 + 0.4 * (i + 0.5) / CELLS, 0.3 - 0.6 * (j + 0.5) / CELLS);
                int[] want = cell(i, j);
                int[] got = rgb(f, p);
                for (int c = 0; c < 3; c++) {
                    assertEquals(want[c], got[c], 3, "emissive cell (" + i + ", " + j + ") channel " + c);
                }
            }
        }
    }

    /**
     * The masked column of the checker quad casts no shadow. The model lies flat 0.3 above a
     * ground plane, seen from straight above, under a sun travelling along (0.5, -1, 0): ground
     * at x = 0.5 is seen past the quads' edge (x = 0.4), and the sunlight reaching it crosses the
     * quads' plane at x = 0.35, in part A's masked column (z = -0.3: lit like open ground) or in
     * opaque part B (z = 0.35: in shadow).
     */
    @Test
    void maskedTexelsCastNoShadow(@TempDir Path dir) throws IOException {
        Path model = writeModel(dir, GltfWriter.ImageStore.BUFFER);
        Camera cam = Camera.lookAt(W, H, FOV, new Vector3d(0, 2.5, 0.001), new Vector3d(0, 0, 0), 0.05, 50);
        // the model's quads face +z; turned to face +y and lifted: part A covers x in [-0.4, 0.4], z in [-0.6, 0],
        // part B z in [0.2, 0.5]
        Matrix4d lying = new Matrix4d().translation(0, 0.3, 0).rotateX(-Math.PI / 2);
        List<SceneObject> objects = List.of(
                new SceneObject(1, new Category(1, "ground"), "ground", new Matrix4d(), new Shape.Plane(4, 4),
                        new Material(new Rgb(0.6, 0.6, 0.6), 0.9, 0)),
                new SceneObject(MODEL, new Category(2, "model"), "model", lying, MESHES.load(model.toString()),
                        new Material(new Rgb(1, 0, 1), 0.5, 0)));
        Scene s = new Scene(0, 1, 0, cam, objects,
                new Lighting(new Vector3d(0.5, -1, 0), new Rgb(1, 1, 1), 3, new Rgb(0.1, 0.1, 0.1), new Rgb(0.1, 0.1, 0.1), 0.1),
                CLEAR);
        RenderedFrame f = renderer.render(s);
        double fy = Camera.focalLength(H, FOV);
        for (double[] p : new double[][] {{0.8, -0.3}, {0.5, -0.3}, {0.5, 0.35}}) {
            assertEquals(1, f.instance()[groundPixel(p[0], p[1], fy)], "ground seen at " + java.util.Arrays.toString(p));
        }
        int open = groundLum(f, 0.8, -0.3, fy);
        int masked = groundLum(f, 0.5, -0.3, fy);
        int shadowed = groundLum(f, 0.5, 0.35, fy);
        assertTrue(open > 300, "open ground is lit: " + open);
        assertTrue(Math.abs(open - masked) < 60, "ground lit through masked texels is lit like open ground: "
                + masked + " vs " + open);
        assertTrue(shadowed < open - 200, "ground behind opaque texels is in shadow: " + shadowed + " vs " + open);
    }

    /** The pixel seeing ground point (x, 0, z) from (0, 2.5, 0) looking down: image right is +x, image down +z. */
    private static int groundPixel(double x, double z, double fy) {
        int u = (int) Math.round((W - 1) / 2.0 + fy * x / 2.5);
        int v = (int) Math.round((H - 1) / 2.0 + fy * z / 2.5);
        return v * W + u;
    }

    private static int groundLum(RenderedFrame f, double x, double z, double fy) {
        int[] c = rgb(f, groundPixel(x, z, fy));
        return 3 * c[0] + 6 * c[1] + c[2];
    }

    @Test
    void objWithMtlRendersTextured(@TempDir Path dir) throws IOException {
        // Google Scanned Objects' layout: meshes/model.obj + model.mtl, materials/textures/texture.png
        Path meshes = Files.createDirectories(dir.resolve("meshes"));
        Path textures = Files.createDirectories(dir.resolve("materials/textures"));
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xE01010);   // top left red
        img.setRGB(1, 0, 0x10E010);   // top right green
        img.setRGB(0, 1, 0x1010E0);   // bottom left blue
        img.setRGB(1, 1, 0xE0E0E0);   // bottom right white
        javax.imageio.ImageIO.write(img, "png", textures.resolve("texture.png").toFile());
        Files.writeString(meshes.resolve("model.mtl"), "newmtl material_0\nKd 1 1 1\nNs 10\nmap_Kd texture.png\n");
        Files.writeString(meshes.resolve("model.obj"), "mtllib model.mtl\n"
                + "v -0.4 -0.4 0\nv 0.4 -0.4 0\nv 0.4 0.4 0\nv -0.4 0.4 0\n"
                + "vt 0 0\nvt 1 0\nvt 1 1\nvt 0 1\nvn 0 0 1\n"
                + "usemtl material_0\nf 1/1/1 2/2/1 3/3/1\nf 1/1/1 3/3/1 4/4/1\n");
        Camera cam = Camera.lookAt(W, H, FOV, new Vector3d(0, 0, EYE_Z), new Vector3d(0, 0, 0), 0.05, 50);
        Shape.Mesh mesh = MESHES.load(meshes.resolve("model.obj").toString());
        Scene s = new Scene(0, 1, 0, cam, List.of(new SceneObject(MODEL, new Category(1, "model"), "model",
                new Matrix4d(), mesh, new Material(new Rgb(0.5, 0.5, 0.5), 0.5, 0))),
                new Lighting(new Vector3d(0, 0, -1), new Rgb(1, 1, 1), 2, new Rgb(0.3, 0.3, 0.3), new Rgb(0.3, 0.3, 0.3), 0.3),
                CLEAR);
        RenderedFrame f = renderer.render(s);
        int[][] want = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}, {1, 1, 1}};  // which channels are dim: red, green, blue, white
        double[][] at = {{-0.2, 0.2}, {0.2, 0.2}, {-0.2, -0.2}, {0.2, -0.2}};
        for (int k = 0; k < 4; k++) {
            int p = pixel(at[k][0], at[k][1]);
            int[] c = rgb(f, p);
            assertEquals(MODEL, f.instance()[p]);
            int max = Math.max(c[0], Math.max(c[1], c[2]));
            for (int ch = 0; ch < 3; ch++) {
                boolean bright = k == 3 || want[k][ch] == 0;
                assertTrue(bright ? c[ch] > 150 : c[ch] < max - 80, "quadrant " + k + " channel " + ch + ": "
                        + java.util.Arrays.toString(c));
            }
        }
    }
}
