package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sequences and physics through the command line: a frame rendered alone has the bytes of
 * the same frame of a whole run (it simulates from its sequence's start), and physics
 * placement gives the same poses in two separate processes.
 */
class SequenceRunTest {
    private static final String FALLING = """
            facet: 1
            sequence: {frames: 6, fps: 30}
            camera: {pose: {kind: orbit, target: [0, 0, 0], distance: 1.5, elevation: 35, degrees_per_frame: 4}}
            ground: {size: [3, 3]}
            placement: {kind: physics, size: [0.5, 0.5], gap: 0.01}
            objects:
              - {category: ball, shape: {kind: sphere, radius: 0.05}, count: 2}
              - {category: brick, shape: {kind: box, size: [0.1, 0.06, 0.08]}, count: 2,
                 motion: {velocity: [0.1, 0, 0]}}
            """;

    /** A spline camera with handheld shake, a keyframed box and a ball rolling on. */
    private static final String PATHS = """
            facet: 1
            sequence: {frames: 6, fps: 10}
            camera:
              pose:
                kind: spline
                keyframes:
                  - {t: 0, eye: [1.5, 1, 0]}
                  - {t: 0.2, eye: [1, 1.2, 1], target: [0, 0.1, 0]}
                  - {t: 0.5, eye: [{kind: uniform, min: -0.2, max: 0.2}, 1, 1.5]}
              handheld: {position: 0.02, rotation: 1, frequency: 3}
            ground: {size: [3, 3]}
            objects:
              - category: brick
                shape: {kind: box, size: [0.2, 0.1, 0.15]}
                motion: {keyframes: [{t: 0}, {t: 0.4, position: [0.2, 0, 0], rotation: [{kind: uniform, min: 0, max: 90}, 0, 0]}]}
              - {category: ball, shape: {kind: sphere, radius: 0.08}, motion: {velocity: [0, 0, 0.3]}}
            """;

    /** A dolly. */
    private static final String DOLLY = """
            facet: 1
            sequence: {frames: 6, fps: 30}
            camera: {pose: {kind: dolly, from: [-1, 1, 1.5], to: [{kind: uniform, min: 0.5, max: 1}, 0.8, 1.5]}}
            ground: {size: [3, 3]}
            objects: [{category: ball, shape: {kind: sphere, radius: 0.1}, count: 3}]
            """;

    @TempDir
    Path tmp;

    private int run(Path scenario, Path out, long start, long frames) {
        return Facet.execute("run", scenario.toString(), "--start", Long.toString(start), "--frames",
                Long.toString(frames), "--seed", "4", "--width", "96", "--height", "72", "--out", out.toString());
    }

    @Test
    void aFrameRenderedAloneHasTheBytesOfTheSameFrameOfAWholeRun() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("falling.yaml"), FALLING);
        assertEquals(0, run(scenario, tmp.resolve("whole"), 0, 8));
        assertEquals(0, run(scenario, tmp.resolve("alone"), 7, 1));
        for (String folder : DatasetFiles.FOLDERS) {
            assertArrayEquals(Files.readAllBytes(DatasetFiles.file(tmp.resolve("whole"), folder, 7)),
                    Files.readAllBytes(DatasetFiles.file(tmp.resolve("alone"), folder, 7)), folder + " of frame 7");
        }
        JsonNode meta = DatasetFiles.readJson(DatasetFiles.file(tmp.resolve("alone"), "meta", 7));
        assertEquals(1, meta.get("sequence").asInt());
        assertEquals(1, meta.get("step").asInt());
        assertEquals(1 / 30.0, meta.get("time_s").asDouble());
    }

    @Test
    void cameraPathsAndKeyframesRenderAFrameAloneAsInAWholeRun() throws Exception {
        for (String yaml : new String[] {PATHS, DOLLY}) {
            Path scenario = Files.writeString(tmp.resolve("paths.yaml"), yaml);
            Path whole = tmp.resolve("whole-" + yaml.hashCode());
            Path alone = tmp.resolve("alone-" + yaml.hashCode());
            assertEquals(0, run(scenario, whole, 0, 10));
            assertEquals(0, run(scenario, alone, 9, 1));
            for (String folder : DatasetFiles.FOLDERS) {
                assertArrayEquals(Files.readAllBytes(DatasetFiles.file(whole, folder, 9)),
                        Files.readAllBytes(DatasetFiles.file(alone, folder, 9)), folder + " of frame 9");
            }
            assertTrue(!java.util.Arrays.equals(Files.readAllBytes(DatasetFiles.file(whole, "rgb", 8)),
                    Files.readAllBytes(DatasetFiles.file(whole, "rgb", 9))), "the camera moves between steps");
        }
    }

    @Test
    void physicsPlacementGivesTheSamePosesInTwoProcesses() throws Exception {
        byte[][] metas = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path out = tmp.resolve("p" + i);
            FacetProcess.Result r = FacetProcess.run(tmp, java.util.Map.of(), 120, "run", "bin-drop", "--frames", "2",
                    "--seed", "8", "--width", "64", "--height", "48", "--out", out.toString());
            assertEquals(0, r.exitCode(), r.toString());
            metas[i] = Files.readAllBytes(DatasetFiles.file(out, "meta", 1));
        }
        assertTrue(new String(metas[0]).contains("\"mug"), "the bin holds mugs");
        assertArrayEquals(metas[0], metas[1], "meta of frame 1 (poses of the dropped objects)");
    }
}
