package dev.facet.scenarios.motion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import dev.facet.scenarios.file.FileMeshLibrary;
import dev.facet.scenarios.file.FileScenario;
import dev.facet.scenarios.file.ScenarioLoader;
import dev.facet.scenarios.file.ScenarioText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bin made of a mesh (a fixed object, so a static triangle-mesh collider) with mugs and
 * bottles dropped into it (moving meshes, so convex hulls of their vertices): every vertex of
 * every resting object lies above the bin's floor and inside its walls, within 1 mm.
 */
class MeshContainerTest {
    private static final ImageSize SIZE = new ImageSize(64, 48);
    /** Inner half width of the bin (m), and the top of its floor. */
    private static final double INNER = 0.25;
    private static final double FLOOR = 0.02;

    @TempDir
    Path tmp;

    /** An open bin: a floor slab [0, FLOOR] and four walls 0.2 high, 0.02 thick, inner faces at ±INNER. */
    static String binObj() {
        double o = INNER + 0.02;
        double[][][] boxes = {
            {{-o, 0, -o}, {o, FLOOR, o}},
            {{-o, FLOOR, -o}, {-INNER, 0.2, o}}, {{INNER, FLOOR, -o}, {o, 0.2, o}},
            {{-INNER, FLOOR, -o}, {INNER, 0.2, -INNER}}, {{-INNER, FLOOR, INNER}, {INNER, 0.2, o}}};
        StringBuilder obj = new StringBuilder("# an open bin of five boxes\n");
        int[][] faces = {{1, 3, 4, 2}, {5, 6, 8, 7}, {1, 2, 6, 5}, {3, 7, 8, 4}, {1, 5, 7, 3}, {2, 4, 8, 6}};
        for (int b = 0; b < boxes.length; b++) {
            for (int i = 0; i < 8; i++) {
                obj.append(String.format(java.util.Locale.ROOT, "v %.4f %.4f %.4f%n", boxes[b][(i & 4) >> 2][0],
                        boxes[b][(i & 2) >> 1][1], boxes[b][i & 1][2]));
            }
            for (int[] f : faces) {
                obj.append("f");
                for (int c : f) {
                    obj.append(' ').append(8 * b + c);
                }
                obj.append('\n');
            }
        }
        return obj.toString();
    }

    private FileScenario scenario() throws IOException {
        Files.writeString(tmp.resolve("bin.obj"), binObj());
        for (String mesh : List.of("mug.obj", "bottle.obj")) {
            try (InputStream in = getClass().getResourceAsStream("/dev/facet/scenarios/builtin/assets/" + mesh)) {
                Files.copy(in, tmp.resolve(mesh));
            }
        }
        String yaml = """
                facet: 1
                ground: {size: [1, 1]}
                placement: {kind: physics, size: [0.46, 0.46], height: 0.02, gap: 0.005, drop_height: 0.05, max_time: 4}
                objects:
                  - {category: bin, shape: {kind: mesh, file: bin.obj}, pose: {kind: fixed, position: [0, 0, 0]}}
                  - {category: mug, shape: {kind: mesh, file: mug.obj}, count: 4}
                  - {category: bottle, shape: {kind: mesh, file: bottle.obj}, count: 2}
                """;
        return new ScenarioLoader(new FileMeshLibrary()).load(new ScenarioText("bin.yaml", yaml, true), tmp.toString(), "b");
    }

    @Test
    void meshObjectsRestInsideAMeshBinWithinOneMillimetre() throws IOException {
        FileScenario s = scenario();
        FileMeshLibrary meshes = new FileMeshLibrary();
        for (long k = 0; k < 3; k++) {
            Scene scene = s.sceneInRun(7, k, SIZE);
            List<SceneObject> dropped = scene.objects().stream()
                    .filter(o -> o.category().name().equals("mug") || o.category().name().equals("bottle")).toList();
            assertTrue(dropped.size() >= 4, "most objects find room: " + dropped.size());
            for (SceneObject o : dropped) {
                float[] t = meshes.triangles(((Shape.Mesh) o.shape()).source());
                Matrix4d pose = new Matrix4d(o.worldFromObject());
                for (int i = 0; i < t.length; i += 3) {
                    Vector3d p = pose.transformPosition(new Vector3d(t[i], t[i + 1], t[i + 2]));
                    String what = "frame " + k + " " + o.name() + " vertex at " + p;
                    assertTrue(p.y >= FLOOR - 0.001, what + " is below the bin's floor");
                    assertTrue(Math.abs(p.x) <= INNER + 0.001 && Math.abs(p.z) <= INNER + 0.001, what + " is in a wall");
                }
                assertTrue(pose.getTranslation(new Vector3d()).y < 0.2, o.name() + " rests in the bin, not on a lid");
            }
        }
    }

    @Test
    void aFrameAloneGivesTheSamePosesBitForBitAsAfterOtherFrames() throws IOException {
        FileScenario warm = scenario();
        warm.sceneInRun(3, 0, SIZE);  // the bin's collider is built here and reused by frame 1
        Scene a = warm.sceneInRun(3, 1, SIZE);
        Files.delete(tmp.resolve("bin.obj"));
        Files.delete(tmp.resolve("mug.obj"));
        Files.delete(tmp.resolve("bottle.obj"));
        Scene b = scenario().sceneInRun(3, 1, SIZE);
        for (int i = 0; i < a.objects().size(); i++) {
            assertArrayEquals(new Matrix4d(a.objects().get(i).worldFromObject()).get(new double[16]),
                    new Matrix4d(b.objects().get(i).worldFromObject()).get(new double[16]), 0);
        }
    }
}
