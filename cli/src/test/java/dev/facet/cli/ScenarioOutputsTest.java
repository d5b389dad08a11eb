package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file's {@code outputs} and {@code export} blocks decide what a run writes. */
class ScenarioOutputsTest {
    static final String SCENARIO = """
            facet: 1
            name: depth-only
            camera: {resolution: [64, 48], pose: {kind: look_at, eye: [0, 2, 3], target: [0, 0, 0]}}
            objects:
              - category: crate
                shape: {kind: box, size: [0.3, 0.3, 0.3]}
            outputs: [depth]
            export: {depth16: {}}
            """;

    @TempDir
    Path tmp;

    @Test
    void writesOnlyWhatTheFileAsksFor() throws Exception {
        Path file = tmp.resolve("depth-only.yaml");
        Files.writeString(file, SCENARIO);
        Path out = tmp.resolve("out");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "2", "--out", out.toString()));
        assertTrue(Files.exists(out.resolve("depth/000001.npy")));
        assertTrue(Files.exists(out.resolve("meta/000001.json")));
        assertTrue(Files.exists(out.resolve("depth16/000001.png")), "the file's export block ran depth16");
        for (String absent : new String[] {"rgb", "instance", "semantic"}) {
            assertFalse(Files.exists(out.resolve(absent)), absent + " was not asked for");
        }
    }

    @Test
    void commandLineOptionsWinOverTheFile() throws Exception {
        Path file = tmp.resolve("depth-only.yaml");
        Files.writeString(file, SCENARIO);
        Path out = tmp.resolve("out2");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "1", "--core-outputs", "rgb",
                "--out", out.toString()));
        assertTrue(Files.exists(out.resolve("rgb/000000.png")));
        assertFalse(Files.exists(out.resolve("depth")), "--core-outputs rgb replaced the file's [depth]");
    }
}
