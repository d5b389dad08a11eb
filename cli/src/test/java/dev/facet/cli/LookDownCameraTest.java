package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A camera straight above its target (look_at, or an orbit at elevation 90) renders: image
 * right is world +x and image up world -z; the box under it is seen, and meta holds only numbers.
 */
class LookDownCameraTest {
    @TempDir
    Path tmp;

    private JsonNode run(String pose) throws Exception {
        Path file = tmp.resolve("down.yaml");
        Files.writeString(file, """
                facet: 1
                name: down
                camera: {resolution: [32, 24], pose: %s}
                objects:
                  - category: crate
                    shape: {kind: box, size: [0.5, 0.5, 0.5]}
                """.formatted(pose));
        Path out = tmp.resolve("out");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "1", "--out", out.toString()));
        String meta = Files.readString(out.resolve("meta/000000.json"));
        assertFalse(meta.contains("NaN") || meta.contains("Infinity"), meta);
        return new ObjectMapper().readTree(meta);
    }

    private static double[] row(JsonNode meta, int r) {
        JsonNode row = meta.get("camera").get("world_to_camera").get(r);
        return new double[] {row.get(0).asDouble(), row.get(1).asDouble(), row.get(2).asDouble()};
    }

    @Test
    void lookAtStraightDownRenders() throws Exception {
        JsonNode meta = run("{kind: look_at, eye: [0, 3, 0], target: [0, 0, 0]}");
        assertArrayEquals(new double[] {1, 0, 0}, row(meta, 0), 1e-12, "image right is world +x");
        assertArrayEquals(new double[] {0, 0, 1}, row(meta, 1), 1e-12, "image down is world +z");
        assertArrayEquals(new double[] {0, -1, 0}, row(meta, 2), 1e-12, "looking down");
        assertTrue(meta.get("objects").get(0).get("pixel_count").asLong() > 0, "the box below is seen");
    }

    @Test
    void orbitAtElevationNinetyRenders() throws Exception {
        JsonNode meta = run("{kind: orbit, distance: 3, elevation: 90}");
        assertArrayEquals(new double[] {0, -1, 0}, row(meta, 2), 1e-9, "looking down");
    }
}
