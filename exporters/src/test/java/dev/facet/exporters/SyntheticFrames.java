package dev.facet.exporters;

import dev.facet.engine.spi.Frame;
import dev.facet.engine.annotate.Annotator;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.FrameRange;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.spi.RenderedFrame;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * Hand-made frames: a box, a sphere, a cylinder nobody sees and the ground, drawn into
 * buffers by rule so a test can say exactly which pixel holds what.
 */
public final class SyntheticFrames {
    public static final int W = 11;
    public static final int H = 7;
    public static final Category BOX = new Category(1, "box");
    public static final Category SPHERE = new Category(2, "sphere");
    public static final Category CYLINDER = new Category(3, "cylinder");
    public static final Category GROUND = new Category(9, "ground");
    public static final List<Category> CATEGORIES = List.of(BOX, SPHERE, CYLINDER, GROUND);
    public static final Vector3d EYE = new Vector3d(0.5, 2, 6);
    public static final Vector3d TARGET = new Vector3d(0, 0.5, 0);

    private SyntheticFrames() {
    }

    public static Camera camera() {
        return Camera.lookAt(W, H, 50, EYE, TARGET, 0.05, 200);
    }

    public static Scene scene(long k) {
        Material red = new Material(new Rgb(0.8, 0.1, 0.05), 0.4, 0.0);
        Material grey = new Material(new Rgb(0.5, 0.5, 0.5), 1.0, 0.25);
        List<SceneObject> objects = List.of(
                new SceneObject(4, BOX, "box_4",
                        new Matrix4d().translation(1, 0.5, -2).rotateY(Math.toRadians(30)),
                        new Shape.Box(0.2, 0.1, 0.3), red),
                new SceneObject(5, SPHERE, "sphere_5", new Matrix4d().translation(-1, 0.25, 0),
                        new Shape.Sphere(0.25), grey),
                new SceneObject(6, CYLINDER, "cylinder_6", new Matrix4d().translation(0, 0.5, -30),
                        new Shape.Cylinder(0.1, 1.0), grey),
                new SceneObject(1, GROUND, "ground", new Matrix4d(), new Shape.Plane(20, 30), grey));
        Lighting lighting = new Lighting(new Vector3d(0.3, -1, 0.2), new Rgb(1, 0.95, 0.9), 3.0,
                new Rgb(0.4, 0.6, 1.0), new Rgb(0.3, 0.25, 0.2), 0.5);
        return new Scene(k, 1000 + k, k / 30.0, camera(), objects, lighting, new Rgb(0.1, 0.1, 0.1));
    }

    /** Box in columns 2..4 of rows 1..2, shifted right by k mod 4; sphere at (8, 1); ground on rows 5 and 6. */
    public static int instanceAt(long k, int u, int v) {
        int shift = (int) (k % 4);
        if (v >= 1 && v <= 2 && u >= 2 + shift && u <= 4 + shift) {
            return 4;
        }
        if (u == 8 && v == 1) {
            return 5;
        }
        return v >= 5 ? 1 : 0;
    }

    public static int categoryOfInstance(int id) {
        return switch (id) {
            case 0 -> 0;
            case 1 -> GROUND.id();
            case 4 -> BOX.id();
            case 5 -> SPHERE.id();
            default -> throw new IllegalArgumentException("no instance " + id);
        };
    }

    public static int[] instance(long k) {
        int[] ids = new int[W * H];
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                ids[v * W + u] = instanceAt(k, u, v);
            }
        }
        return ids;
    }

    public static byte[] rgb(long k) {
        byte[] rgb = new byte[3 * W * H];
        for (int i = 0; i < W * H; i++) {
            rgb[3 * i] = (byte) (i * 3 + k);
            rgb[3 * i + 1] = (byte) (255 - i);
            rgb[3 * i + 2] = (byte) (k * 17);
        }
        return rgb;
    }

    public static float[] depth(long k) {
        int[] ids = instance(k);
        float[] depth = new float[W * H];
        for (int i = 0; i < depth.length; i++) {
            depth[i] = ids[i] == 0 ? 0f : 2.5f + i * 0.125f + k;
        }
        return depth;
    }

    public static Frame frame(long k) {
        return Annotator.annotate(scene(k), new RenderedFrame(W, H, rgb(k), instance(k), depth(k)));
    }

    /**
     * Frame k with amodal masks by rule: the box's silhouette is its visible block and one more,
     * hidden, column on its left (visibility 6/8); the sphere's its one pixel; the ground's its
     * rows 5 and 6 plus 100 pixels below the image, down to row 11; the cylinder has none.
     */
    public static Frame frameWithAmodal(long k) {
        RenderedFrame px = RenderedFrame.allocate(W, H, java.util.Set.of(dev.facet.engine.spi.Modality.AMODAL));
        System.arraycopy(rgb(k), 0, px.rgb(), 0, px.rgb().length);
        System.arraycopy(instance(k), 0, px.instance(), 0, px.instance().length);
        System.arraycopy(depth(k), 0, px.depth(), 0, px.depth().length);
        dev.facet.engine.spi.AmodalMasks masks = px.layers().amodal();
        int[] ids = instance(k);
        for (int id : new int[] {4, 5, 1}) {
            boolean[] full = new boolean[W * H];
            for (int i = 0; i < full.length; i++) {
                full[i] = ids[i] == id || (id == 4 && i % W < W - 1 && ids[i + 1] == 4 && ids[i] != 4);
            }
            masks.add(id == 1 ? dev.facet.engine.spi.AmodalMasks.fromImage(id, full, W, H, 100, new int[] {0, 7, 10, 11})
                    : dev.facet.engine.spi.AmodalMasks.fromImage(id, full, W, H, 0, null));
        }
        return Annotator.annotate(scene(k), px);
    }

    /** Ends a run of {@code e} over frames {@code [first, first + count)} and assembles its run-level files from the parts. */
    public static void end(dev.facet.engine.spi.Exporter e, Path out, long first, long count) throws java.io.IOException {
        e.finish(count);
        e.assemble(new dev.facet.engine.spi.Assembly(info(out, first, count),
                java.util.stream.LongStream.range(first, first + count).toArray()));
    }

    public static DatasetInfo info(Path out, long first, long count) {
        Map<String, Object> scenario = Map.of(
                "objects", Map.of("count", 3, "kinds", List.of("box", "sphere")),
                "camera", Map.of("fov_deg", 50.0));
        return new DatasetInfo(out, "tabletop", scenario, CATEGORIES, 8411327782L, new FrameRange(first, count),
                new ImageSize(W, H), "0.1.0-test");
    }
}
