package dev.facet.exporters.core;

import static dev.facet.exporters.SyntheticFrames.H;
import static dev.facet.exporters.SyntheticFrames.W;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.spi.Assembly;
import dev.facet.engine.spi.Exporter;
import dev.facet.exporters.SyntheticFrames;
import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPS = 1e-9;

    @TempDir
    Path out;

    @Test
    void writesEveryModalityUnderSixDigitNames() throws IOException {
        CoreExporter exporter = new CoreExporter();
        exporter.start(SyntheticFrames.info(out, 12, 1));
        exporter.write(SyntheticFrames.frame(12));
        SyntheticFrames.end(exporter, out, 12, 1);

        assertEquals(List.of("dataset.json", "depth/000012.npy", "instance/000012.png", "meta/000012.json",
                "rgb/000012.png", "semantic/000012.png"), allFiles());
        assertArrayEquals(Png.unsigned(SyntheticFrames.rgb(12)), Png.rgb8(out.resolve("rgb/000012.png"), W, H));
        int[] instance = Png.gray16(out.resolve("instance/000012.png"), W, H);
        int[] semantic = Png.gray16(out.resolve("semantic/000012.png"), W, H);
        for (int v = 0; v < H; v++) {
            for (int u = 0; u < W; u++) {
                int id = SyntheticFrames.instanceAt(12, u, v);
                assertEquals(id, instance[v * W + u], "instance at " + u + "," + v);
                assertEquals(SyntheticFrames.categoryOfInstance(id), semantic[v * W + u], "semantic at " + u + "," + v);
            }
        }
        Npy depth = Npy.read(out.resolve("depth/000012.npy"));
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (" + H + ", " + W + "), }", depth.dict());
        assertArrayEquals(SyntheticFrames.depth(12), depth.values());
        assertEquals(0f, depth.values()[0], "background has depth 0");
    }

    @Test
    void metaDescribesCameraAsTheContractSays() throws IOException {
        JsonNode meta = writeOne(3);
        assertEquals(3, meta.get("frame").asLong());
        assertEquals(1003, meta.get("seed").asLong());
        assertEquals(0.1, meta.get("time_s").asDouble(), EPS);
        JsonNode camera = meta.get("camera");
        Camera expected = SyntheticFrames.camera();
        assertEquals(W, camera.get("width").asInt());
        assertEquals(H, camera.get("height").asInt());
        assertEquals(0.05, camera.get("near").asDouble(), EPS);
        assertEquals(200.0, camera.get("far").asDouble(), EPS);
        double[][] k = matrix(camera.get("K"), 3);
        assertEquals(expected.fx(), k[0][0], EPS);
        assertEquals(0, k[0][1], EPS);
        assertEquals((W - 1) / 2.0, k[0][2], EPS);
        assertEquals(expected.fy(), k[1][1], EPS);
        assertEquals((H - 1) / 2.0, k[1][2], EPS);
        assertArrayEquals(new double[] {0, 0, 1}, k[2], EPS);

        double[][] w2c = matrix(camera.get("world_to_camera"), 4);
        assertArrayEquals(new double[] {0, 0, 0, 1}, w2c[3], EPS);
        assertEquals(expected.worldToCamera().m30(), w2c[0][3], EPS, "translation x is row 0, column 3");
        // the eye maps to the origin, the target onto the optical axis at its distance
        assertArrayEquals(new double[] {0, 0, 0}, apply(w2c, SyntheticFrames.EYE.x, SyntheticFrames.EYE.y,
                SyntheticFrames.EYE.z), 1e-9);
        double distance = SyntheticFrames.EYE.distance(SyntheticFrames.TARGET);
        assertArrayEquals(new double[] {0, 0, distance}, apply(w2c, SyntheticFrames.TARGET.x,
                SyntheticFrames.TARGET.y, SyntheticFrames.TARGET.z), 1e-9);
        // a point above the target lands above the image centre (y down)
        double[] above = apply(w2c, SyntheticFrames.TARGET.x, SyntheticFrames.TARGET.y + 1, SyntheticFrames.TARGET.z);
        assertTrue(k[1][1] * above[1] / above[2] + k[1][2] < k[1][2], "world up is image up");
    }

    @Test
    void metaListsEveryObjectInSceneOrder() throws IOException {
        JsonNode objects = writeOne(2).get("objects");
        assertEquals(4, objects.size());
        List<Integer> ids = new ArrayList<>();
        objects.forEach(o -> ids.add(o.get("instance_id").asInt()));
        assertEquals(List.of(4, 5, 6, 1), ids);

        JsonNode box = objects.get(0);
        assertEquals(1, box.get("category_id").asInt());
        assertEquals("box", box.get("category").asText());
        assertEquals("box_4", box.get("name").asText());
        double[][] pose = matrix(box.get("world_from_object"), 4);
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        assertArrayEquals(new double[] {c, 0, s, 1}, pose[0], EPS);
        assertArrayEquals(new double[] {0, 1, 0, 0.5}, pose[1], EPS);
        assertArrayEquals(new double[] {-s, 0, c, -2}, pose[2], EPS);
        assertArrayEquals(new double[] {0, 0, 0, 1}, pose[3], EPS);
        assertEquals("box", box.at("/shape/type").asText());
        assertArrayEquals(new double[] {0.2, 0.1, 0.3}, doubles(box.at("/shape/size")), EPS);
        assertArrayEquals(new double[] {0.8, 0.1, 0.05}, doubles(box.at("/material/color")), EPS);
        assertEquals(0.4, box.at("/material/roughness").asDouble(), EPS);
        assertEquals(0.0, box.at("/material/metalness").asDouble(), EPS);
        assertArrayEquals(new double[] {4, 1, 3, 2}, doubles(box.get("bbox_2d")), 0, "box shifted by 2 % 4");
        assertEquals(6, box.get("pixel_count").asLong());

        JsonNode sphere = objects.get(1);
        assertEquals("sphere", sphere.at("/shape/type").asText());
        assertEquals(0.25, sphere.at("/shape/radius").asDouble(), EPS);
        assertArrayEquals(new double[] {8, 1, 1, 1}, doubles(sphere.get("bbox_2d")), 0);
        assertEquals(1, sphere.get("pixel_count").asLong());

        JsonNode cylinder = objects.get(2);
        assertEquals("cylinder", cylinder.at("/shape/type").asText());
        assertEquals(0.1, cylinder.at("/shape/radius").asDouble(), EPS);
        assertEquals(1.0, cylinder.at("/shape/height").asDouble(), EPS);
        assertFalse(cylinder.has("bbox_2d"), "an invisible object has no box");
        assertEquals(0, cylinder.get("pixel_count").asLong());
        assertTrue(cylinder.get("pixel_count").isIntegralNumber());

        JsonNode ground = objects.get(3);
        assertEquals("plane", ground.at("/shape/type").asText());
        assertArrayEquals(new double[] {20, 30}, doubles(ground.at("/shape/size")), EPS);
        assertArrayEquals(new double[] {0, 5, W, 2}, doubles(ground.get("bbox_2d")), 0);
        assertEquals(2L * W, ground.get("pixel_count").asLong());
    }

    @Test
    void metaDescribesLighting() throws IOException {
        JsonNode lighting = writeOne(0).get("lighting");
        double n = Math.sqrt(0.3 * 0.3 + 1 + 0.2 * 0.2);
        assertArrayEquals(new double[] {0.3 / n, -1 / n, 0.2 / n}, doubles(lighting.get("sun_direction")), 1e-12);
        assertArrayEquals(new double[] {1, 0.95, 0.9}, doubles(lighting.get("sun_color")), EPS);
        assertEquals(3.0, lighting.get("sun_intensity").asDouble(), EPS);
        assertArrayEquals(new double[] {0.4, 0.6, 1.0}, doubles(lighting.get("sky_color")), EPS);
        assertArrayEquals(new double[] {0.3, 0.25, 0.2}, doubles(lighting.get("ground_color")), EPS);
        assertEquals(0.5, lighting.get("ambient_intensity").asDouble(), EPS);
    }

    @Test
    void manifestDescribesTheDataset() throws IOException {
        CoreExporter exporter = new CoreExporter();
        exporter.start(SyntheticFrames.info(out, 10, 3));
        for (long k = 10; k < 13; k++) {
            exporter.write(SyntheticFrames.frame(k));
        }
        SyntheticFrames.end(exporter, out, 10, 3);
        JsonNode manifest = JSON.readTree(out.resolve("dataset.json").toFile());
        assertEquals(1, manifest.get("format_version").asInt());
        assertEquals("facet", manifest.at("/generator/name").asText());
        assertEquals("0.1.0-test", manifest.at("/generator/version").asText());
        assertEquals("tabletop", manifest.at("/scenario/name").asText());
        assertEquals(3, manifest.at("/scenario/objects/count").asInt());
        assertEquals("sphere", manifest.at("/scenario/objects/kinds/1").asText());
        assertEquals(50.0, manifest.at("/scenario/camera/fov_deg").asDouble(), EPS);
        assertEquals(8411327782L, manifest.get("seed").asLong());
        assertEquals(3, manifest.get("frames").asLong());
        assertArrayEquals(new double[] {10, 12}, doubles(manifest.get("frame_range")), 0);
        assertArrayEquals(new double[] {W, H}, doubles(manifest.get("image_size")), 0);
        JsonNode modalities = manifest.get("modalities");
        assertEquals(List.of("rgb", "instance", "semantic", "depth", "meta"), fieldNames(modalities));
        assertEquals("png", modalities.at("/rgb/format").asText());
        assertEquals("uint8", modalities.at("/rgb/dtype").asText());
        assertEquals(3, modalities.at("/rgb/channels").asInt());
        assertEquals("sRGB", modalities.at("/rgb/color_space").asText());
        assertEquals("uint16", modalities.at("/instance/dtype").asText());
        assertEquals("uint16", modalities.at("/semantic/dtype").asText());
        assertEquals("npy", modalities.at("/depth/format").asText());
        assertEquals("float32", modalities.at("/depth/dtype").asText());
        assertEquals("metres", modalities.at("/depth/units").asText());
        assertEquals("json", modalities.at("/meta/format").asText());
        JsonNode categories = manifest.get("categories");
        assertEquals(4, categories.size());
        assertEquals(9, categories.get(3).get("id").asInt());
        assertEquals("ground", categories.get(3).get("name").asText());
    }

    @Test
    void anAssemblyCountsTheFramesOfEveryRun() throws IOException {
        CoreExporter first = new CoreExporter();
        first.start(SyntheticFrames.info(out, 0, 3));
        for (long k = 0; k < 3; k++) {
            first.write(SyntheticFrames.frame(k));
        }
        first.finish(3);
        CoreExporter second = new CoreExporter();
        second.start(SyntheticFrames.info(out, 3, 2));
        second.write(SyntheticFrames.frame(3));
        second.write(SyntheticFrames.frame(4));
        second.finish(2);
        assertFalse(Files.exists(out.resolve("dataset.json")), "written by the assembly only");
        second.assemble(new Assembly(SyntheticFrames.info(out, 0, 5), new long[] {0, 1, 2, 3, 4}));
        JsonNode manifest = JSON.readTree(out.resolve("dataset.json").toFile());
        assertEquals(5, manifest.get("frames").asLong());
        assertArrayEquals(new double[] {0, 4}, doubles(manifest.get("frame_range")), 0);
        assertTrue(manifest.path("missing_frames").isMissingNode(), "no gaps");
        assertEquals("{\"complete\":true,\"missing\":[],\"run\":\"parts/run.json\",\"records\":\"parts/shards\"}",
                manifest.get("shards").toString(), "the same for every split of the frames");
        second.assemble(new Assembly(SyntheticFrames.info(out, 0, 8), new long[] {0, 2, 3, 4}));
        manifest = JSON.readTree(out.resolve("dataset.json").toFile());
        assertEquals(4, manifest.get("frames").asLong());
        assertEquals("[[1,1],[5,7]]", manifest.get("missing_frames").toString(), "the gaps of a merge with frames missing");
        assertFalse(manifest.path("shards").path("complete").asBoolean(true));
        assertEquals("[[1,1],[5,7]]", manifest.path("shards").path("missing").toString());
    }

    @Test
    void framesFromManyThreadsAreEachComplete() throws Exception {
        int frames = 32;
        CoreExporter exporter = new CoreExporter();
        exporter.start(SyntheticFrames.info(out, 0, frames));
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long k = frames - 1; k >= 0; k--) {  // any order
                Frame frame = SyntheticFrames.frame(k);
                done.add(workers.submit(() -> {
                    exporter.write(frame);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
        SyntheticFrames.end(exporter, out, 0, frames);

        for (long k = 0; k < frames; k++) {
            String stem = String.format("%06d", k);
            assertArrayEquals(Png.unsigned(SyntheticFrames.rgb(k)), Png.rgb8(out.resolve("rgb/" + stem + ".png"), W, H));
            assertArrayEquals(SyntheticFrames.instance(k),
                    Png.gray16(out.resolve("instance/" + stem + ".png"), W, H), "instance of " + k);
            assertArrayEquals(SyntheticFrames.depth(k), Npy.read(out.resolve("depth/" + stem + ".npy")).values());
            JsonNode meta = JSON.readTree(out.resolve("meta/" + stem + ".json").toFile());
            assertEquals(k, meta.get("frame").asLong());
            assertEquals(2 + k % 4, meta.at("/objects/0/bbox_2d/0").asLong());
        }
        assertEquals(5 * frames + 1, allFiles().size(), "five files per frame and the manifest, nothing else");
        assertEquals(frames, JSON.readTree(out.resolve("dataset.json").toFile()).get("frames").asLong());
    }

    @Test
    void aFailedFrameLeavesNoFileUnderAFinalName() throws IOException {
        CoreExporter exporter = new CoreExporter();
        exporter.start(SyntheticFrames.info(out, 0, 2));
        exporter.write(SyntheticFrames.frame(0));
        exporter.write(SyntheticFrames.frame(1));
        // depth/ turns into a file: frame 1's rewrite fails after rgb, instance and semantic were renamed
        deleteTree(out.resolve("depth"));
        Files.writeString(out.resolve("depth"), "in the way");

        assertThrows(IOException.class, () -> exporter.write(SyntheticFrames.frame(1)));
        assertThrows(IOException.class, () -> exporter.write(SyntheticFrames.frame(5)));

        List<String> files = allFiles();
        assertTrue(files.contains("meta/000000.json"), "frame 0 is untouched: " + files);
        assertTrue(files.contains("rgb/000000.png"), "frame 0 is untouched: " + files);
        for (String f : files) {
            assertFalse(f.contains("000001") || f.contains("000005"), "left behind: " + f);
            assertFalse(f.contains(".tmp-"), "temporary file left: " + f);
        }
    }

    @Test
    void startFailsWhenAFileHoldsAFolderName() throws IOException {
        Files.writeString(out.resolve("meta"), "not a folder");
        assertThrows(IOException.class, () -> new CoreExporter().start(SyntheticFrames.info(out, 0, 1)));
    }

    @Test
    void writeBeforeStartIsAnError() {
        assertThrows(IllegalStateException.class, () -> new CoreExporter().write(SyntheticFrames.frame(0)));
    }

    @Test
    void compressionLevelIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new CoreExporter(11, false));
    }

    @Test
    void slowSettingsWriteTheSameImages() throws IOException {
        CoreExporter exporter = new CoreExporter(9, true);
        exporter.start(SyntheticFrames.info(out, 7, 1));
        exporter.write(SyntheticFrames.frame(7));
        SyntheticFrames.end(exporter, out, 7, 1);
        assertArrayEquals(SyntheticFrames.instance(7), Png.gray16(out.resolve("instance/000007.png"), W, H));
        assertEquals(6, allFiles().size());
    }

    @Test
    void theServiceLoaderFindsTheCoreExporter() {
        List<String> names = ServiceLoader.load(Exporter.class).stream().map(p -> p.get().name()).toList();
        assertTrue(names.contains("core"), names.toString());
    }

    private JsonNode writeOne(long k) throws IOException {
        CoreExporter exporter = new CoreExporter();
        exporter.start(SyntheticFrames.info(out, k, 1));
        exporter.write(SyntheticFrames.frame(k));
        exporter.finish(1);
        return JSON.readTree(out.resolve(String.format("meta/%06d.json", k)).toFile());
    }

    /** Every regular file under the output folder, as slash-separated relative paths, sorted. */
    private List<String> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double[][] matrix(JsonNode rows, int n) {
        assertEquals(n, rows.size(), "rows");
        double[][] m = new double[n][];
        for (int r = 0; r < n; r++) {
            assertEquals(n, rows.get(r).size(), "columns of row " + r);
            m[r] = doubles(rows.get(r));
        }
        return m;
    }

    private static double[] doubles(JsonNode array) {
        assertTrue(array != null && array.isArray(), "expected an array, got " + array);
        double[] d = new double[array.size()];
        for (int i = 0; i < d.length; i++) {
            assertTrue(array.get(i).isNumber(), "a plain JSON number: " + array.get(i));
            d[i] = array.get(i).asDouble();
        }
        return d;
    }

    private static double[] apply(double[][] m, double x, double y, double z) {
        double[] p = {x, y, z, 1};
        double[] q = new double[3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                q[r] += m[r][c] * p[c];
            }
        }
        return q;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
