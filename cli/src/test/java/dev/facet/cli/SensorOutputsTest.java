package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.testkit.Npy;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs with {@code camera.depth_noise} and {@code camera.distortion}: the depth_noisy files,
 * their dataset.json entry and webdataset member, the meta's coefficients, a frame alone equal to
 * the frame of a whole run, and the clean depth left as it is.
 */
class SensorOutputsTest {
    static final String OBJECTS = """
            objects:
              - category: crate
                shape: {kind: box, size: [0.4, 0.3, 0.4]}
                count: 2
              - category: ball
                shape: {kind: sphere, radius: 0.15}
            """;
    static final String CAMERA = "camera:\n  resolution: [96, 72]\n  pose: {kind: look_at, eye: [0, 1.5, 2], target: [0, 0, 0]}\n";
    static final String SENSOR = "  depth_noise: {std_z2: 0.003, quantization: disparity, edge_dropout: 0.5}\n";
    static final String LENS = "  distortion: {model: opencv, k1: {kind: uniform, min: -0.25, max: -0.1}, k2: 0.05, p1: 0.001}\n";

    @TempDir
    Path tmp;

    Path scenario(String name, String camera, String outputs) throws Exception {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, "facet: 1\nname: " + name + "\n" + camera + OBJECTS + outputs);
        return file;
    }

    @Test
    void depthNoisyIsWrittenDescribedAndRepeatsForAFrameAlone() throws Exception {
        Path file = scenario("noisy", CAMERA + SENSOR, "outputs: [rgb, instance, semantic, depth, depth_noisy]\n"
                + "export: {webdataset: {}}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "3", "--out", out.toString()));
        Path noisy = out.resolve("depth_noisy/000002.npy");
        assertTrue(Files.exists(noisy));
        float[] clean = Npy.float32(out.resolve("depth/000002.npy"), 96, 72);
        float[] read = Npy.float32(noisy, 96, 72);
        int changed = 0;
        int dropped = 0;
        for (int i = 0; i < clean.length; i++) {
            changed += clean[i] > 0 && read[i] != clean[i] ? 1 : 0;
            dropped += clean[i] > 0 && read[i] == 0 ? 1 : 0;
            assertTrue(clean[i] > 0 || read[i] == 0, "a pixel without surface has a reading");
        }
        assertTrue(changed > clean.length / 2 && dropped > 10, "changed " + changed + ", dropped " + dropped);
        JsonNode manifest = DatasetFiles.readJson(out.resolve("dataset.json"));
        assertEquals("float32", manifest.at("/modalities/depth_noisy/dtype").asText());
        assertEquals("disparity", DatasetFiles.readJson(out.resolve("meta/000002.json"))
                .at("/camera/depth_noise/quantization").asText());
        assertArrayEquals(Files.readAllBytes(noisy), tarMembers(out.resolve("shards/facet-000000.tar"))
                .get("000002.depth_noisy.npy"), "the webdataset member is the core file");

        Path alone = tmp.resolve("alone");
        assertEquals(0, Facet.execute("run", file.toString(), "--start", "2", "--frames", "1", "--out", alone.toString()));
        assertArrayEquals(Files.readAllBytes(noisy), Files.readAllBytes(alone.resolve("depth_noisy/000002.npy")));

        Path plain = tmp.resolve("plain");
        assertEquals(0, Facet.execute("run", scenario("plain", CAMERA, "").toString(), "--frames", "3",
                "--out", plain.toString()));
        assertArrayEquals(Files.readAllBytes(plain.resolve("depth/000002.npy")),
                Files.readAllBytes(out.resolve("depth/000002.npy")), "the sensor model leaves clean depth as it is");
        assertFalse(Files.exists(plain.resolve("depth_noisy")));
    }

    @Test
    void aDistortedRunRecordsItsLensAndAFrameAloneIsTheSame() throws Exception {
        Path file = scenario("lens", CAMERA + LENS, "");
        Path out = tmp.resolve("lens");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "2", "--out", out.toString()));
        JsonNode lens = DatasetFiles.readJson(out.resolve("meta/000001.json")).at("/camera/distortion");
        assertEquals("opencv", lens.at("/model").asText());
        assertEquals(5, lens.at("/coefficients").size());
        double k1 = lens.at("/coefficients/0").asDouble();
        assertTrue(k1 >= -0.25 && k1 <= -0.1, "k1 " + k1);
        assertEquals(0.05, lens.at("/coefficients/1").asDouble());
        assertEquals(0.001, lens.at("/coefficients/2").asDouble());
        Path alone = tmp.resolve("lens-alone");
        assertEquals(0, Facet.execute("run", file.toString(), "--start", "1", "--frames", "1", "--out", alone.toString()));
        for (String f : new String[] {"rgb/000001.png", "instance/000001.png", "depth/000001.npy", "meta/000001.json"}) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(alone.resolve(f)), f);
        }
    }

    @Test
    void depthNoisyWithoutASensorModelIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = scenario("bare", CAMERA, "");
        Path out = tmp.resolve("bare");
        Captured c = Captured.run("run", file.toString(), "--frames", "1", "--core-outputs", "depth,depth_noisy",
                "--out", out.toString());
        assertEquals(2, c.exitCode(), c.toString());
        assertTrue(c.stderr().contains("depth_noisy needs a depth sensor model"), c.toString());
        assertFalse(Files.exists(out));
    }

    /**
     * Flow of a distorted camera: the wide view's flow carried through the lens. facet verify
     * reprojects every valid pixel's point independently (inverting the meta's lens at t,
     * distorting at t+1) and holds 99% within 0.05 px.
     */
    @Test
    void flowThroughADistortingLensIsTheReprojectionThroughTheLens() throws Exception {
        String moving = OBJECTS.replace("    count: 2\n", "    count: 2\n    motion: {velocity: [0.2, 0, 0.1], spin: [0, 40, 0]}\n");
        assertTrue(moving.contains("motion"), moving);
        Path file = tmp.resolve("lens-flow.yaml");
        Files.writeString(file, "facet: 1\nname: lens-flow\n" + CAMERA + LENS + moving
                + "sequence: {frames: 4, fps: 10}\noutputs: [rgb, instance, semantic, depth, flow, flow_valid]\n");
        Path out = tmp.resolve("lens-flow");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "4", "--out", out.toString()));
        Captured verify = Captured.run("verify", out.toString());
        assertEquals(0, verify.exitCode(), verify.toString());
        assertTrue(verify.stdout().contains("valid pixels reprojected"), verify.stdout());
    }

    static Map<String, byte[]> tarMembers(Path tar) throws Exception {
        Map<String, byte[]> members = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                members.put(e.getName(), t.readAllBytes());
            }
        }
        return members;
    }
}
