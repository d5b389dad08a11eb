package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Light shadows, ambient occlusion and motion blur through the command line: they change the
 * RGB files only (instance, semantic, depth and meta keep their bytes), and a blurred frame
 * rendered alone equals the same frame of a whole run.
 */
class ImageQualityRunTest {
    private static final String MOVING = """
            facet: 1
            sequence: {frames: 4, fps: 10}
            camera: {pose: {kind: orbit, target: [0, 0, 0], distance: 1.4, elevation: 40, degrees_per_frame: 3}}
            lighting:
              lights: [{kind: spot, position: [-0.6, 1.2, 0.3], target: [0, 0, 0], intensity: 8},
                       {kind: point, position: [0.5, 0.6, 0.5], intensity: 2}]
            ground: {size: [3, 3]}
            objects:
              - {category: brick, shape: {kind: box, size: [0.15, 0.1, 0.12]}, count: 3,
                 motion: {velocity: [0.6, 0, 0], spin: [90, 0, 0]}}
            """;
    private static final String RENDER = "render: {light_shadows: 2, soft_shadows: true, "
            + "ambient_occlusion: {radius: 0.1}, motion_blur: {shutter: 1, samples: 3}}\n";

    @TempDir
    Path tmp;

    private int run(Path scenario, Path out, long start, long frames) {
        return Facet.execute("run", scenario.toString(), "--start", Long.toString(start), "--frames",
                Long.toString(frames), "--seed", "5", "--width", "96", "--height", "72", "--out", out.toString());
    }

    @Test
    void theSettingsChangeRgbOnlyAndAFrameAloneEqualsTheSameFrameOfARun() throws Exception {
        Path plain = Files.writeString(tmp.resolve("plain.yaml"), MOVING);
        Path rich = Files.writeString(tmp.resolve("rich.yaml"), MOVING + RENDER);
        assertEquals(0, run(plain, tmp.resolve("plain"), 0, 4));
        assertEquals(0, run(rich, tmp.resolve("rich"), 0, 4));
        assertEquals(0, run(rich, tmp.resolve("alone"), 3, 1));
        for (int k = 0; k < 4; k++) {
            for (String folder : new String[] {"instance", "semantic", "depth", "meta"}) {
                assertArrayEquals(Files.readAllBytes(DatasetFiles.file(tmp.resolve("plain"), folder, k)),
                        Files.readAllBytes(DatasetFiles.file(tmp.resolve("rich"), folder, k)), folder + " of frame " + k);
            }
            assertFalse(Arrays.equals(Files.readAllBytes(DatasetFiles.file(tmp.resolve("plain"), "rgb", k)),
                    Files.readAllBytes(DatasetFiles.file(tmp.resolve("rich"), "rgb", k))), "rgb of frame " + k);
        }
        for (String folder : DatasetFiles.FOLDERS) {
            assertArrayEquals(Files.readAllBytes(DatasetFiles.file(tmp.resolve("rich"), folder, 3)),
                    Files.readAllBytes(DatasetFiles.file(tmp.resolve("alone"), folder, 3)), folder + " of frame 3");
        }
    }
}
