package dev.facet.scenarios.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.random.Streams;
import dev.facet.engine.scene.Category;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.engine.spi.MeshLibrary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asset folders and folder samplers through the real loader and real files: the categories
 * (folder, file, fixed, assets.yaml), fit, up axes, the per-(seed, frame, object) pick, lazy
 * loading, and the errors for broken assets and assets.yaml files.
 */
class AssetFolderScenarioTest {
    static final ImageSize SIZE = new ImageSize(64, 48);

    @TempDir
    Path dir;
    final AtomicInteger loads = new AtomicInteger();
    final MeshLibrary counting = new MeshLibrary() {
        @Override
        public dev.facet.engine.scene.Shape.Mesh load(String source) throws IOException {
            loads.incrementAndGet();
            return new FileMeshLibrary().load(source);
        }

        @Override
        public float[] triangles(String source) throws IOException {
            return new FileMeshLibrary().triangles(source);
        }
    };

    @BeforeEach
    void files() throws IOException {
        box(dir.resolve("models/mug/a.obj"), 0.08, 0.1, 0.08);
        box(dir.resolve("models/mug/b.obj"), 0.09, 0.12, 0.09);
        box(dir.resolve("models/can/c.obj"), 0.06, 0.06, 0.3);  // z-up: 0.3 tall along z
        box(dir.resolve("models/top.obj"), 0.2, 0.05, 0.1);
        Files.writeString(dir.resolve("models/notes.txt"), "not listed: the pattern takes meshes only");
        Files.createDirectories(dir.resolve("tex/.hidden"));
        for (String n : new String[] {"c.png", "a.png", "b.png", ".hidden/x.png"}) {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("tex/" + n).toFile());
        }
    }

    static void box(Path file, double sx, double sy, double sz) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < 8; c++) {
            b.append("v ").append((c & 1) == 0 ? -sx / 2 : sx / 2).append(' ').append((c & 2) == 0 ? 0 : sy)
                    .append(' ').append((c & 4) == 0 ? -sz / 2 : sz / 2).append('\n');
        }
        Files.writeString(file, b + "f 1 2 3\n");
    }

    FileScenario load(String objects, boolean thorough) {
        String yaml = "facet: 1\nplacement: {size: [3, 3], gap: 0.01}\nobjects:\n" + objects;
        return new ScenarioLoader(counting, thorough).load(new ScenarioText("t.yaml", yaml, true), dir.toString(), "t");
    }

    FileScenario load(String objects) {
        return load(objects, false);
    }

    static Scene frame(FileScenario s, long seed, long k) {
        return s.scene(k, Streams.frameSeed(seed, k), SIZE);
    }

    static List<SceneObject> assets(Scene scene) {
        return scene.objects().stream().filter(o -> o.shape() instanceof Shape.Mesh).toList();
    }

    @Test
    void categoriesAreTheFoldersSortedAndKnownBeforeAnyMeshLoads() {
        FileScenario s = load("  - shape: {kind: asset_folder, path: models/}\n    count: 6\n");
        assertEquals(List.of("ground", "can", "models", "mug"), s.categories().stream().map(Category::name).toList());
        assertEquals(0, loads.get(), "a run reads no mesh of the folder before a frame picks it");
        Set<String> seen = new TreeSet<>();
        for (long k = 0; k < 30; k++) {
            for (SceneObject o : assets(frame(s, 1, k))) {
                String source = ((Shape.Mesh) o.shape()).source();
                String expected = source.endsWith("top.obj") ? "models" : source.contains("/mug/") ? "mug" : "can";
                assertEquals(expected, o.category().name(), source);
                assertTrue(o.name().equals(expected + "_" + o.instanceId()), o.name());
                seen.add(Path.of(source).getFileName().toString());
            }
        }
        assertEquals(Set.of("a.obj", "b.obj", "c.obj", "top.obj"), seen, "every asset is picked over 30 frames");
    }

    @Test
    void fileAndFixedCategories() {
        assertEquals(List.of("ground", "a", "b", "c", "top"), load("  - shape: {kind: asset_folder, path: models/,"
                + " category: file}\n").categories().stream().map(Category::name).toList());
        assertEquals(List.of("ground", "thing"), load("  - shape: {kind: asset_folder, path: models/, category: thing}\n")
                .categories().stream().map(Category::name).toList());
    }

    @Test
    void thePickIsFixedBySeedFrameAndObjectWhateverTheCount() {
        FileScenario two = load("  - shape: {kind: asset_folder, path: models/}\n    count: 2\n");
        FileScenario six = load("  - shape: {kind: asset_folder, path: models/}\n    count: 6\n");
        boolean differs = false;
        for (long k = 0; k < 10; k++) {
            List<String> a = assets(frame(two, 3, k)).stream().map(o -> ((Shape.Mesh) o.shape()).source()).toList();
            List<String> b = assets(frame(six, 3, k)).stream().map(o -> ((Shape.Mesh) o.shape()).source()).toList();
            assertEquals(a, b.subList(0, 2), "copies 0 and 1 show the same assets with 2 or 6 copies");
            assertEquals(frame(two, 3, k), frame(two, 3, k), "the same frame twice");
            differs |= !a.equals(assets(frame(two, 4, k)).stream().map(o -> ((Shape.Mesh) o.shape()).source()).toList());
        }
        assertTrue(differs, "another seed picks other assets");
    }

    @Test
    void assetsYamlNamesCategoriesScalesAndUpAxes() throws IOException {
        Files.writeString(dir.resolve("models/assets.yaml"), """
                facet_assets: 1
                assets:
                  - {match: "can/*.obj", category: tin, up: z, scale: 2}
                  - {match: "top.obj", category: lid}
                """);
        FileScenario s = load("  - shape: {kind: asset_folder, path: models/}\n    count: 8\n");
        assertEquals(List.of("ground", "lid", "mug", "tin"), s.categories().stream().map(Category::name).toList());
        int tins = 0;
        for (long k = 0; k < 10; k++) {
            for (SceneObject o : assets(frame(s, 0, k))) {
                double[] ext = worldExtent(o);
                assertEquals(0, ext[2], 1e-9, o.name() + " rests on the surface (its lowest point at y = 0)");
                if (o.category().name().equals("tin")) {
                    tins++;
                    assertEquals(0.6, ext[3] - ext[2], 1e-9, "z-up, scale 2: 0.3 along z stands 0.6 tall " + o.shape() + " " + o.worldFromObject());
                }
            }
        }
        assertTrue(tins > 0);
    }

    /** Keyframed motion keeps a library mesh's turn to y-up: at t = 0 (no offset, no turn) the pose is the still one. */
    @Test
    void keyframesKeepTheAssetsTurnToYUp() throws IOException {
        Files.writeString(dir.resolve("models/can/assets.yaml"), """
                facet_assets: 1
                assets:
                  - {match: "*.obj", category: tin, up: z}
                """);
        String can = "  - shape: {kind: asset_folder, path: models/can/}\n    count: 1\n";
        FileScenario still = load(can);
        String yaml = "facet: 1\nplacement: {size: [3, 3], gap: 0.01}\nsequence: {frames: 2, fps: 10}\nobjects:\n" + can
                + "    motion: {keyframes: [{t: 0}, {t: 1, rotation: [0, 0, 0]}]}\n";
        FileScenario moving = new ScenarioLoader(counting, false).load(new ScenarioText("t.yaml", yaml, true),
                dir.toString(), "t");
        SceneObject a = assets(still.scene(0, Streams.frameSeed(5, 0), SIZE)).get(0);
        SceneObject b = assets(moving.sceneInRun(5, 0, SIZE)).get(0);
        assertEquals(0.3, worldExtent(b)[3] - worldExtent(b)[2], 1e-9, "z-up: the can stands 0.3 tall while it moves");
        assertEquals(worldExtent(a)[3] - worldExtent(a)[2], worldExtent(b)[3] - worldExtent(b)[2], 1e-9);
    }

    @Test
    void fitScalesTheLongestSide() {
        FileScenario s = load("  - shape: {kind: asset_folder, path: models/, fit: 0.2}\n    count: 4\n");
        for (long k = 0; k < 5; k++) {
            for (SceneObject o : assets(frame(s, 0, k))) {
                Shape.Mesh m = (Shape.Mesh) o.shape();
                double scale = new Matrix4d(o.worldFromObject()).getScale(new Vector3d()).x;
                double longest = Math.max(m.max().x() - m.min().x(), Math.max(m.max().y() - m.min().y(), m.max().z() - m.min().z()));
                assertEquals(0.2, longest * scale, 1e-12, o.name());
            }
        }
    }

    /** {xmin, xmax, ymin, ymax, zmin, zmax} of the object's mesh bounds posed in the world. */
    static double[] worldExtent(SceneObject o) {
        Shape.Mesh m = (Shape.Mesh) o.shape();
        Matrix4d pose = new Matrix4d(o.worldFromObject());
        double[] e = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int c = 0; c < 8; c++) {
            Vector3d v = pose.transformPosition(new Vector3d((c & 1) == 0 ? m.min().x() : m.max().x(),
                    (c & 2) == 0 ? m.min().y() : m.max().y(), (c & 4) == 0 ? m.min().z() : m.max().z()));
            e[0] = Math.min(e[0], v.x); e[1] = Math.max(e[1], v.x);
            e[2] = Math.min(e[2], v.y); e[3] = Math.max(e[3], v.y);
            e[4] = Math.min(e[4], v.z); e[5] = Math.max(e[5], v.z);
        }
        return e;
    }

    @Test
    void folderSamplersListSortedVisibleFilesAndPickPerFrame() {
        FileScenario s = load("  - category: ball\n    shape: {kind: sphere, radius: 0.1}\n    count: 3\n"
                + "    material: {texture: {kind: folder, path: tex/}}\n");
        Set<String> seen = new TreeSet<>();
        for (long k = 0; k < 20; k++) {
            for (SceneObject o : frame(s, 0, k).objects()) {
                if (o.material().texture() != null) {
                    seen.add(Path.of(o.material().texture()).getFileName().toString());
                }
            }
        }
        assertEquals(Set.of("a.png", "b.png", "c.png"), seen, "hidden folders are skipped");
        @SuppressWarnings("unchecked")
        Map<String, Object> texture = (Map<String, Object>) ((Map<String, Object>) ((List<Map<String, Object>>) s.describe()
                .get("objects")).get(0).get("material")).get("texture");
        assertEquals("folder", texture.get("kind"), "dataset.json records the folder, not its listing");
        assertEquals(dir.resolve("tex").toString(), texture.get("path"));
    }

    @Test
    void aBrokenAssetFailsTheFrameThatPicksItInARunAndTheLoadInValidate() throws IOException {
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/bad.obj"), "v one two three\n");
        String objects = "  - shape: {kind: asset_folder, path: broken/}\n";
        FileScenario run = load(objects);
        ScenarioError e = assertThrows(ScenarioError.class, () -> frame(run, 0, 0));
        assertTrue(e.getMessage().startsWith("t.yaml:4:39: objects[0].shape.path: cannot read mesh " + dir.resolve("broken/bad.obj")),
                e.getMessage());
        ScenarioError v = assertThrows(ScenarioError.class, () -> load(objects, true));
        assertTrue(v.getMessage().startsWith("t.yaml:4:39: objects[0].shape.path: cannot read mesh " + dir.resolve("broken/bad.obj")),
                v.getMessage());
    }

    @Test
    void validateLoadsEveryAssetARunLoadsThoseItPicks() {
        load("  - shape: {kind: asset_folder, path: models/}\n", true);
        assertEquals(4, loads.get());
    }

    @Test
    void assetsYamlMistakesNameTheFileLineAndColumn() throws IOException {
        Path rules = dir.resolve("models/assets.yaml");
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"facet_assets: 1\nassets:\n  - {match: \"*.obj\", categroy: x}\n",
            ":3:32: assets[0].categroy: unknown field 'categroy'; expected one of: category, fit, match, scale, up"});
        cases.add(new String[] {"facet_assets: 1\nassets:\n  - {match: \"*.fbx\"}\n",
            ":3:13: assets[0].match: '*.fbx' matches no file the scenario's pattern '**/*.{glb,gltf,obj}' lists"});
        cases.add(new String[] {"facet_assets: 1\nassets:\n  - {match: \"*.obj\", fit: 1, scale: 2}\n",
            ":3:37: assets[0].scale: give fit or scale, not both"});
        cases.add(new String[] {"facet_assets: 1\nassets:\n  - {match: \"*.obj\", up: w}\n",
            ":3:26: assets[0].up: expected one of x, y, z, -x, -y, -z, got 'w'"});
        cases.add(new String[] {"facet_assets: 2\nassets: []\n",
            ":1:15: facet_assets: unsupported assets.yaml version 2; this Facet reads version 1"});
        cases.add(new String[] {"assets: [}\n", ":1:10: syntax error: "});
        for (String[] c : cases) {
            Files.writeString(rules, c[0]);
            ScenarioError e = assertThrows(ScenarioError.class, () -> load("  - shape: {kind: asset_folder, path: models/}\n"));
            assertTrue(e.getMessage().startsWith(rules + c[1]), e.getMessage());
        }
    }

    @Test
    void theListingIsTheSameWhateverTheFileSystemsOrder() throws IOException {
        List<String> a = dev.facet.scenarios.library.AssetFolder.list(dir.resolve("models").toString(), "**/*.obj");
        assertEquals(List.of("can/c.obj", "mug/a.obj", "mug/b.obj", "top.obj"), a.stream()
                .map(p -> dev.facet.scenarios.library.AssetFolder.relative(dir.resolve("models").toString(), p)).toList());
        assertNotEquals(List.of(), dev.facet.scenarios.library.AssetFolder.list(dir.resolve("models").toString(), "*.obj"));
        assertEquals(1, dev.facet.scenarios.library.AssetFolder.list(dir.resolve("models").toString(), "*.obj").size());
    }
}
