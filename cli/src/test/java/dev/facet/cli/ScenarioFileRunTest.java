package dev.facet.cli;

import dev.facet.scenarios.spec.ObjectSpec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.engine.Version;
import dev.facet.engine.run.RunLoop;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scenario.Scenario;
import dev.facet.engine.scene.Category;
import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.Exporter;
import dev.facet.renderer.HeadlessRenderer;
import dev.facet.renderer.mirror.JmeMeshLibrary;
import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenario files end to end: a user's YAML with randomizers, a texture and a sweep is
 * validated, planned and rendered; the same file and seed give the same bytes; frame k
 * alone equals frame k of the run; each frame's meta carries its sweep point; the
 * dataset.json of a run, given back to `facet run`, reproduces the run; `facet schema`
 * equals the published schema; every built-in scenario renders a spec-conformant dataset.
 */
class ScenarioFileRunTest {
    static final int W = 96;
    static final int H = 72;
    static final String USER = """
            # a user's scenario: randomizers, a texture, a sweep
            facet: 1
            name: user
            params: {elevation: 45, clutter: 3}
            camera:
              fov: {kind: uniform, min: 45, max: 55}
              pose: {kind: sampled, target: [0, 0.1, 0], distance: {kind: uniform, min: 3, max: 4},
                     elevation: {kind: normal, mean: 40, std: 5, min: 25, max: 60}}
            lighting:
              sun: {elevation: $elevation, azimuth: {kind: uniform, min: 0, max: 360}}
            ground: {material: {texture: textures/wood.png, texture_scale: 4, color: [1, 1, 1]}}
            objects:
              - category: crate
                shape: {kind: box, size: [{kind: log_uniform, min: 0.1, max: 0.4}, 0.3, 0.3]}
                count: {kind: int_range, min: 2, max: 4}
                material: {color: {kind: choice, values: ["#aa3322", "#2233aa"], weights: [3, 1]}}
              - category: ball
                shape: {kind: sphere, radius: 0.15}
                pose: {kind: fixed, position: [1.5, 0.15, 0]}
            distractors: {count: $clutter}
            sweep:
              kind: grid
              frames_per_point: 2
              params: {elevation: [20, 70], clutter: [0, 6]}
            """;

    @TempDir
    static Path tmp;
    static Path file;
    static Path a;

    @BeforeAll
    static void renderSweep() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("scenario"));
        Files.createDirectories(dir.resolve("textures"));
        try (InputStream in = ScenarioFileRunTest.class.getResourceAsStream("/dev/facet/scenarios/builtin/assets/wood.png")) {
            Files.copy(in, dir.resolve("textures/wood.png"));
        }
        file = dir.resolve("user.yaml");
        Files.writeString(file, USER);
        a = tmp.resolve("A");
        run(file.toString(), a, "--seed", "3", "--width", "" + W, "--height", "" + H);
    }

    static void run(String scenario, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", scenario, "--out", out.toString()));
        args.addAll(List.of(more));
        Captured r = Captured.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
    }

    @Test
    void validateAndPlanWithoutRendering() {
        Captured v = Captured.run("validate", file.toString());
        assertEquals(0, v.exitCode(), v.toString());
        assertTrue(v.stdout().contains("ok: scenario 'user'") && v.stdout().contains("4 sweep points x 2 frames = 8 frames"),
                v.stdout());
        Captured p = Captured.run("plan", file.toString());
        assertEquals(0, p.exitCode(), p.toString());
        assertEquals(List.of("scenario 'user': 4 points x 2 frames = 8 frames",
                "point 0  frames 0..1  elevation=20 clutter=0",
                "point 1  frames 2..3  elevation=20 clutter=6",
                "point 2  frames 4..5  elevation=70 clutter=0",
                "point 3  frames 6..7  elevation=70 clutter=6"), p.stdout().lines().toList());
    }

    @Test
    void sweepRunHasTheSweepsFramesAndEachMetaItsPoint() throws Exception {
        JsonNode dataset = DatasetFiles.readJson(a.resolve("dataset.json"));
        assertEquals(8, dataset.path("frames").asInt(), "a sweep's frame count by default");
        assertEquals(List.of(W, H), List.of(dataset.path("image_size").get(0).asInt(), dataset.path("image_size").get(1).asInt()));
        int[][] points = {{20, 0}, {20, 6}, {70, 0}, {70, 6}};
        Set<Integer> categories = new HashSet<>();
        dataset.path("categories").forEach(c -> categories.add(c.path("id").asInt()));
        for (int k = 0; k < 8; k++) {
            JsonNode meta = DatasetFiles.readJson(DatasetFiles.file(a, "meta", k));
            assertEquals(points[k / 2][0], meta.path("params").path("elevation").asInt(), "frame " + k);
            assertEquals(points[k / 2][1], meta.path("params").path("clutter").asInt(), "frame " + k);
            assertEquals(2, meta.path("params").size());
            long distractors = 0;
            for (JsonNode o : meta.path("objects")) {
                assertTrue(categories.contains(o.path("category_id").asInt()));
                distractors += o.path("category").asText().equals("distractor") ? 1 : 0;
            }
            assertTrue(distractors <= points[k / 2][1], "clutter bounds the distractors");
            int[] semantic = Png.gray16(DatasetFiles.file(a, "semantic", k), W, H);
            for (int v : semantic) {
                assertTrue(v == 0 || categories.contains(v), "semantic ids are declared categories");
            }
        }
        JsonNode scenario = dataset.path("scenario");
        assertEquals(1, scenario.path("facet").asInt());
        assertTrue(scenario.path("ground").path("material").path("texture").asText().endsWith("/scenario/textures/wood.png"),
                "paths resolved against the scenario file: " + scenario.path("ground"));
        assertEquals("surface", scenario.path("objects").get(0).path("pose").path("kind").asText(), "defaults filled in");
    }

    @Test
    void sameFileAndSeedGiveTheSameBytesAndFrameKAloneEqualsFrameK() throws Exception {
        Path b = tmp.resolve("B");
        run(file.toString(), b, "--seed", "3", "--width", "" + W, "--height", "" + H);
        Path c = tmp.resolve("C");
        run(file.toString(), c, "--seed", "3", "--width", "" + W, "--height", "" + H, "--start", "5", "--frames", "1");
        for (String folder : DatasetFiles.FOLDERS) {
            for (int k = 0; k < 8; k++) {
                assertArrayEquals(Files.readAllBytes(DatasetFiles.file(a, folder, k)),
                        Files.readAllBytes(DatasetFiles.file(b, folder, k)), folder + " " + k);
            }
            assertArrayEquals(Files.readAllBytes(DatasetFiles.file(a, folder, 5)),
                    Files.readAllBytes(DatasetFiles.file(c, folder, 5)), folder + " 5 alone");
            assertEquals(1, DatasetFiles.list(c, folder).size());
        }
        Path other = tmp.resolve("seed4");
        run(file.toString(), other, "--seed", "4", "--width", "" + W, "--height", "" + H, "--frames", "1");
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(DatasetFiles.file(a, "rgb", 0)),
                Files.readAllBytes(DatasetFiles.file(other, "rgb", 0))), "another seed, another frame");
    }

    @Test
    void datasetJsonGivenBackToRunReproducesTheRun() throws Exception {
        Path d = tmp.resolve("D");
        run(a.resolve("dataset.json").toString(), d);
        for (String folder : DatasetFiles.FOLDERS) {
            assertEquals(8, DatasetFiles.list(d, folder).size(), folder);
            for (int k = 0; k < 8; k++) {
                assertArrayEquals(Files.readAllBytes(DatasetFiles.file(a, folder, k)),
                        Files.readAllBytes(DatasetFiles.file(d, folder, k)), folder + " " + k);
            }
        }
        JsonNode x = DatasetFiles.readJson(a.resolve("dataset.json"));
        JsonNode y = DatasetFiles.readJson(d.resolve("dataset.json"));
        assertEquals(x.path("scenario"), y.path("scenario"));
        assertEquals(x.path("seed"), y.path("seed"));
        assertEquals(x.path("categories"), y.path("categories"));
    }

    @Test
    void sweepRangeBeyondItsFramesIsRefused() {
        Captured r = Captured.run("run", file.toString(), "--start", "6", "--frames", "3", "--out", tmp.resolve("E").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.errorLines().get(0).contains("8 frames"), r.toString());
        assertTrue(!Files.exists(tmp.resolve("E")));
    }

    @Test
    void schemaCommandPrintsThePublishedSchema() throws Exception {
        Captured r = Captured.run("schema");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr());
        Path published = Path.of("..", "docs", "scenario.schema.json");
        assertEquals(Files.readString(published), r.stdout(),
                "docs/scenario.schema.json is stale: regenerate it with `./facet schema > docs/scenario.schema.json`");
        JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.stdout());
        assertEquals(1, schema.path("properties").path("facet").path("const").asInt());
        assertTrue(schema.path("$defs").has("Num") && schema.path("$defs").has("ObjectSpec"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bin", "room", "sun-sweep", "spiral", "tabletop", "shelf"})
    void builtInScenarioRendersASpecConformantDataset(String name) throws Exception {
        Path out = tmp.resolve("builtin-" + name);
        JmeMeshLibrary meshes = new JmeMeshLibrary();
        Scenario scenario = ScenarioChoice.resolve(name, meshes);
        long frames = 2;
        Exporter core = null;
        for (Exporter e : ServiceLoader.load(Exporter.class)) {
            core = e.name().equals("core") ? e : core;
        }
        try (HeadlessRenderer renderer = HeadlessRenderer.open(null, meshes)) {
            Files.createDirectories(out);
            DatasetInfo info = new DatasetInfo(out, scenario.name(), scenario.describe(), scenario.categories(), 1,
                    new dev.facet.engine.spi.FrameRange(0, frames), new ImageSize(W, H), Version.VERSION);
            new RunLoop(scenario, renderer, List.of(core), dev.facet.engine.run.Pipeline.forThisMachine(),
                    dev.facet.engine.run.RunListener.NONE).run(info);
            core.assemble(new dev.facet.engine.spi.Assembly(info, new long[] {0, 1}));  // dataset.json from the parts
        }
        Set<Integer> categories = new HashSet<>();
        scenario.categories().forEach(c -> categories.add(c.id()));
        for (int k = 0; k < frames; k++) {
            Png.rgb8(DatasetFiles.file(out, "rgb", k), W, H);
            int[] instance = Png.gray16(DatasetFiles.file(out, "instance", k), W, H);
            int[] semantic = Png.gray16(DatasetFiles.file(out, "semantic", k), W, H);
            float[] depth = Npy.float32(DatasetFiles.file(out, "depth", k), W, H);
            JsonNode meta = DatasetFiles.readJson(DatasetFiles.file(out, "meta", k));
            assertEquals(name.equals("sun-sweep"), meta.has("params"), "params only in sweep frames");
            java.util.Map<Integer, Integer> categoryOf = new java.util.HashMap<>();
            java.util.Map<Integer, Integer> pixels = new java.util.HashMap<>();
            for (JsonNode o : meta.path("objects")) {
                categoryOf.put(o.path("instance_id").asInt(), o.path("category_id").asInt());
                assertTrue(categories.contains(o.path("category_id").asInt()), "declared category");
            }
            int covered = 0;
            for (int i = 0; i < instance.length; i++) {
                if (instance[i] == 0) {
                    assertEquals(0, semantic[i]);
                    assertEquals(0f, depth[i]);
                } else {
                    covered++;
                    assertEquals(categoryOf.get(instance[i]), semantic[i], "semantic = category of the instance");
                    assertTrue(depth[i] > 0, "depth where an object is");
                    pixels.merge(instance[i], 1, Integer::sum);
                }
            }
            assertTrue(covered > W * H / 10, name + " frame " + k + " shows its scene (" + covered + " px)");
            for (JsonNode o : meta.path("objects")) {
                assertEquals((int) pixels.getOrDefault(o.path("instance_id").asInt(), 0), o.path("pixel_count").asInt());
            }
        }
        JsonNode dataset = DatasetFiles.readJson(out.resolve("dataset.json"));
        assertEquals(name, dataset.path("scenario").path("name").asText());
        assertEquals(scenario.categories().size(), dataset.path("categories").size());
        for (Category c : scenario.categories()) {
            assertTrue(dataset.path("categories").toString().contains("\"" + c.name() + "\""));
        }
    }
}
