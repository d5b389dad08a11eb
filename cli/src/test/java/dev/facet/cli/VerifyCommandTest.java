package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facet verify} holds on a fresh dataset with every exporter, and a single corrupted file
 * (an instance pixel, a meta box, a cut-short depth array, a COCO mask run) fails it with a
 * message naming the file and the check.
 */
class VerifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path fresh;

    @BeforeAll
    static void render() {
        fresh = dir.resolve("fresh");
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "6", "--width", "160", "--height", "120",
                "--out", fresh.toString(), "--export", "coco,yolo,bop,webdataset,depth16",
                "--core-outputs", "rgb,instance,semantic,depth,amodal"));
    }

    @Test
    void aFreshDatasetProvesItsLabels() throws IOException {
        Captured run = Captured.run("verify", fresh.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("result: every check holds"), run.stdout());
        Captured json = Captured.run("verify", fresh.toString(), "--json");
        assertEquals(0, json.exitCode(), json.toString());
        JsonNode report = JSON.readTree(json.stdout());
        assertTrue(report.path("passed").asBoolean());
        for (String check : new String[] {"files", "decode", "bbox", "pixel_count", "semantic", "raycast-instance",
            "raycast-depth", "coco", "yolo", "bop-pose", "bop-depth", "bop-mask", "webdataset", "depth16", "amodal"}) {
            assertTrue(report.path("checks").path(check).path("held").asLong() > 0, check + " looked at something");
        }
        assertTrue(report.path("audit").path("pixels").asLong() > 1000, "the ray-cast audit sampled pixels");
        assertTrue(report.path("audit").path("instance_agreement").asDouble() > 0.99);
    }

    /**
     * Meshes scaled from their files' units (shelf's centimetre books: BOP keeps the scale apart
     * from cam_R_m2c) and the normals of a distorted camera (remapped within one face, unit
     * length) prove their labels too.
     */
    @Test
    void scaledMeshesAndDistortedNormalsProveTheirLabels() throws IOException {
        Path shelf = dir.resolve("shelf");
        assertEquals(0, Facet.execute("run", "shelf", "--frames", "3", "--width", "320", "--height", "240",
                "--out", shelf.toString(), "--export", "bop"));
        Captured run = Captured.run("verify", shelf.toString());
        assertEquals(0, run.exitCode(), run.toString());
        Path file = dir.resolve("lens.yaml");
        Files.writeString(file, """
                facet: 1
                name: lens
                camera:
                  resolution: [240, 180]
                  distortion: {model: opencv, k1: -0.2, k2: 0.05}
                objects:
                  - {shape: {kind: box, size: [0.2, 0.15, 0.1]}, count: 3, category: box}
                  - {shape: {kind: sphere, radius: 0.08}, count: 2, category: ball}
                outputs: [rgb, instance, semantic, depth, normals]
                """);
        Path lens = dir.resolve("lens");
        assertEquals(0, Facet.execute("run", file.toString(), "--frames", "3", "--out", lens.toString()));
        Captured lensRun = Captured.run("verify", lens.toString());
        assertEquals(0, lensRun.exitCode(), lensRun.toString());
        assertTrue(lensRun.stdout().contains("layers"), lensRun.stdout());
    }

    @Test
    void aFlippedInstancePixelFails() throws IOException {
        Path data = copy("pixel");
        Path png = data.resolve("instance/000002.png");
        BufferedImage image = ImageIO.read(png.toFile());
        WritableRaster r = image.getRaster();
        r.setSample(80, 60, 0, r.getSample(80, 60, 0) == 1 ? 2 : 1);
        ImageIO.write(image, "png", png.toFile());
        assertFails(data, "pixel_count", "instance/000002.png");
        assertFails(data, "semantic", "semantic/000002.png");
        assertListed(data, "semantic", "semantic/000002.png");
    }

    @Test
    void anAmodalMaskMissingVisiblePixelsFails() throws IOException {
        Path data = copy("amodal");
        Path file = data.resolve("amodal/000002.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode first = (ObjectNode) doc.get("objects").get(0);
        ((ObjectNode) first.get("segmentation")).putArray("counts").add(160 * 120);  // an empty mask
        JSON.writeValue(file.toFile(), doc);
        assertFails(data, "amodal", "amodal/000002.json");
    }

    @Test
    void aChangedBoxInMetaFails() throws IOException {
        Path data = copy("bbox");
        Path meta = data.resolve("meta/000001.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(meta.toFile());
        for (JsonNode o : doc.path("objects")) {
            if (o.has("bbox_2d")) {
                ArrayNode box = (ArrayNode) o.get("bbox_2d");
                box.set(2, box.get(2).asInt() + 1);
                break;
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(meta.toFile(), doc);
        assertFails(data, "bbox", "meta/000001.json");
    }

    @Test
    void aTruncatedDepthArrayFails() throws IOException {
        Path data = copy("npy");
        Path npy = data.resolve("depth/000003.npy");
        byte[] bytes = Files.readAllBytes(npy);
        Files.write(npy, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertFails(data, "decode", "depth/000003.npy");
    }

    @Test
    void anEditedCocoMaskRunFails() throws IOException {
        Path data = copy("coco");
        Path file = data.resolve("coco/annotations.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode counts = (ArrayNode) doc.path("annotations").path(3).path("segmentation").path("counts");
        counts.set(1, counts.get(1).asInt() + 1);
        counts.set(2, counts.get(2).asInt() - 1);
        JSON.writeValue(file.toFile(), doc);
        assertFails(data, "coco", "coco/annotations.json");
    }

    @Test
    void aFolderThatIsNotADatasetIsAUsageError() throws IOException {
        Captured run = Captured.run("verify", Files.createDirectories(dir.resolve("nothing")).toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errorLines().size(), run.toString());
    }

    /** Verify exits 1 and names the check and the file. */
    private static void assertFails(Path data, String check, String file) {
        Captured run = Captured.run("verify", data.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stdout().lines().anyMatch(l -> l.contains("FAIL") && l.contains(check)), run.stdout());
        assertTrue(run.stdout().contains(file), run.stdout());
    }

    /** The JSON report lists a finding of the check about the file. */
    private static void assertListed(Path data, String check, String file) throws IOException {
        Captured run = Captured.run("verify", data.toString(), "--json");
        assertEquals(1, run.exitCode(), run.toString());
        JsonNode report = JSON.readTree(run.stdout());
        boolean named = false;
        for (JsonNode f : report.path("failures")) {
            named |= f.path("check").asText().equals(check) && f.path("file").asText().equals(file);
        }
        assertTrue(named, check + " names " + file + " in " + report.path("failures"));
    }

    private static Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(fresh)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(fresh.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }
}
