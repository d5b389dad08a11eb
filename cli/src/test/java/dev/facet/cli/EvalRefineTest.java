package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facet eval} and {@code facet refine} on a real, small rendered sweep (sun elevation x
 * clutter x field of view, 32 frames at 96x72, with the coco export), scored by perfect,
 * partial and broken predictions, and by a synthetic model whose error is high only where
 * the sun is below 20 degrees and clutter above 6.
 */
class EvalRefineTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCENARIO = """
            facet: 1
            name: eval-sweep
            params: {sun_elevation: 45, clutter: 4, fov: 50}
            camera:
              resolution: [96, 72]
              fov: $fov
              pose: {kind: sampled, target: [0, 0.1, 0], distance: {kind: uniform, min: 2.5, max: 3.5},
                     elevation: {kind: uniform, min: 35, max: 50}}
            lighting:
              sun: {elevation: $sun_elevation, azimuth: 30}
            placement: {size: [2, 2]}
            objects:
              - category: box
                shape: {kind: box, size: [0.3, 0.3, 0.3]}
                count: 2
            distractors: {count: $clutter}
            sweep:
              kind: grid
              params: {sun_elevation: [10, 30, 50, 70], clutter: [0, 4, 8, 12], fov: [45, 55]}
            """;

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void render() throws IOException {
        Files.writeString(dir.resolve("sweep.yaml"), SCENARIO);
        data = dir.resolve("data");
        Captured run = Captured.run("run", dir.resolve("sweep.yaml").toString(), "--out", data.toString(),
                "--export", "coco");
        assertEquals(0, run.exitCode(), run::toString);
    }

    private static ArrayNode gtAsResults(boolean masks) throws IOException {
        JsonNode coco = JSON.readTree(data.resolve("coco/annotations.json").toFile());
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode a : coco.get("annotations")) {
            ObjectNode r = out.addObject();
            r.put("image_id", a.get("image_id").asLong());
            r.put("category_id", a.get("category_id").asInt());
            r.set(masks ? "segmentation" : "bbox", a.get(masks ? "segmentation" : "bbox"));
            r.put("score", 0.9);
        }
        return out;
    }

    private static Captured eval(Object predictions, String... more) throws IOException {
        Path file = dir.resolve("pred-" + Math.abs(predictions.hashCode()) + ".json");
        Files.writeString(file, predictions instanceof String s ? s : JSON.writeValueAsString(predictions));
        List<String> args = new ArrayList<>(List.of("eval", data.toString(), "--predictions", file.toString(),
                "--out", dir.resolve("eval").toString()));
        args.addAll(List.of(more));
        return Captured.run(args.toArray(String[]::new));
    }

    private static JsonNode evalJson() throws IOException {
        return JSON.readTree(dir.resolve("eval/eval.json").toFile());
    }

    @Test
    void theGroundTruthItselfScoresOneForBoxesAndMasks() throws IOException {
        Captured c = eval(gtAsResults(false));
        assertEquals(0, c.exitCode(), c::toString);
        JsonNode e = evalJson();
        assertEquals("detection", e.get("task").asText());
        assertEquals(64, e.get("predictions_sha256").asText().length());
        for (String k : List.of("AP", "AP50", "AP75", "AR100")) {
            assertEquals(1.0, e.get("overall").get(k).asDouble(), 1e-12, k);
        }
        assertEquals(1.0, e.get("overall").get("per_category").get("box").get("AP").asDouble(), 1e-12);
        assertEquals(32, e.get("per_frame").size());
        assertEquals(1.0, e.get("per_frame").get(0).get("score").asDouble(), 1e-12);
        assertEquals(10, e.get("per_frame").get(0).get("params").get("sun_elevation").asInt());
        Set<String> keys = new TreeSet<>();
        e.get("slices").forEach(s -> keys.add(s.get("key").asText()));
        assertEquals(Set.of("sun_elevation", "clutter", "fov", "category", "size", "distance"), keys);
        assertTrue(c.stdout().contains("sun_elevation"), c.stdout());
        assertTrue(Files.readString(dir.resolve("eval/eval.csv")).startsWith("key,bin,lo,hi,frames,AP,AP50"));

        Captured m = eval(gtAsResults(true), "--task", "segmentation");  // uncompressed RLE counts
        assertEquals(0, m.exitCode(), m::toString);
        assertEquals(1.0, evalJson().get("overall").get("AP").asDouble(), 1e-12);
    }

    @Test
    void slicesSeparateWhereTheModelMisses() throws IOException {
        ArrayNode partial = JSON.createArrayNode();
        for (JsonNode r : gtAsResults(false)) {
            JsonNode meta = JSON.readTree(data.resolve(String.format("meta/%06d.json", r.get("image_id").asLong())).toFile());
            if (meta.get("params").get("clutter").asInt() != 12) {
                partial.add(r);
            }
        }
        assertEquals(0, eval(partial, "--by", "clutter").exitCode());
        JsonNode e = evalJson();
        assertEquals(4, e.get("slices").size());  // --by keeps only clutter's four values
        for (JsonNode s : e.get("slices")) {
            double expected = s.get("lo").asInt() == 12 ? 0 : 1;
            assertEquals(expected, s.get("metrics").get("AP50").asDouble(), 1e-12, s.toString());
            assertEquals(8, s.get("frames").asInt());
        }
        JsonNode frame = e.get("per_frame").get(7);  // sun 10, clutter 12, fov 55 (sun varies slowest)
        assertEquals(12, frame.get("params").get("clutter").asInt());
        assertEquals(0, frame.get("score").asDouble(), 0);
    }

    @Test
    void badPredictionsAreOneLineWithTheirLocation() throws IOException {
        Captured json = eval("[{\"image_id\": 0,\n \"score\" 1}]");
        assertEquals(2, json.exitCode(), json::toString);
        assertEquals(1, json.errorLines().size());
        assertTrue(json.errorLines().get(0).matches("facet: error: .*\\.json:2:\\d+: not valid JSON.*"), json::toString);
        assertFalse(json.stderr().contains("\tat "), json::toString);

        String box = "{\"image_id\": 0, \"category_id\": 2, \"bbox\": [1, 1, 5, 5], \"score\": 0.5}";
        Captured frame = eval("[" + box + ", " + box.replace("\"image_id\": 0", "\"image_id\": 999") + "]");
        assertEquals(2, frame.exitCode());
        assertTrue(frame.errorLines().get(0).contains(": [1].image_id: unknown frame 999"), frame::toString);
        Captured cat = eval("[" + box.replace("\"category_id\": 2", "\"category_id\": 77") + "]");
        assertTrue(cat.errorLines().get(0).contains(": [0].category_id: unknown category 77"), cat::toString);
        Captured rle = eval("[{\"image_id\": 0, \"category_id\": 2, \"segmentation\": {\"size\": [72, 96], "
                + "\"counts\": \"0X1\"}, \"score\": 0.5}]", "--task", "segmentation");
        assertEquals(2, rle.exitCode());
        assertTrue(rle.errorLines().get(0).contains(": [0].segmentation.counts: bad RLE"), rle::toString);
    }

    @Test
    void semanticPredictionsEqualToTheTruthScoreOne() throws IOException {
        Captured c = Captured.run("eval", data.toString(), "--predictions", data.resolve("semantic").toString(),
                "--task", "semantic", "--out", dir.resolve("sem").toString());
        assertEquals(0, c.exitCode(), c::toString);
        JsonNode e = JSON.readTree(dir.resolve("sem/eval.json").toFile());
        assertEquals(1.0, e.get("overall").get("mIoU").asDouble(), 0);
        assertEquals(1.0, e.get("overall").get("per_category").get("box").get("IoU").asDouble(), 0);
        assertEquals(1.0, e.get("per_frame").get(5).get("score").asDouble(), 0);
    }

    /** The synthetic model: fails (error above 1, deeper inside = worse) for sun < 20 and clutter > 6. */
    static double error(double sun, double clutter) {
        return sun < 20 && clutter > 6 ? 1 + (20 - sun) / 20 + (clutter - 6) / 6 : 0.1;
    }

    static boolean failing(double sun, double clutter) {
        return sun < 20 && clutter > 6;
    }

    private static Path scores(Path dataset) throws IOException {
        StringBuilder csv = new StringBuilder("frame,score\n");
        try (var metas = Files.list(dataset.resolve("meta"))) {
            for (Path m : metas.sorted().toList()) {
                JsonNode meta = JSON.readTree(m.toFile());
                JsonNode p = meta.get("params");
                csv.append(meta.get("frame").asLong()).append(',')
                        .append(error(p.get("sun_elevation").asDouble(), p.get("clutter").asDouble())).append('\n');
            }
        }
        Path file = dataset.resolve("scores.csv");
        Files.writeString(file, csv);
        return file;
    }

    /** Share of a scenario's zip points inside the failing region. */
    private static double shareFailing(JsonNode sweep) {
        JsonNode sun = sweep.get("params").get("sun_elevation");
        JsonNode clutter = sweep.get("params").get("clutter");
        int in = 0;
        for (int i = 0; i < sun.size(); i++) {
            assertTrue(clutter.get(i).isIntegralNumber(), "clutter stays an integer: " + clutter.get(i));
            in += failing(sun.get(i).asDouble(), clutter.get(i).asDouble()) ? 1 : 0;
        }
        return (double) in / sun.size();
    }

    @Test
    void refineConcentratesTheSweepWhereTheModelFails() throws IOException {
        Path next = dir.resolve("round1/next.yaml");
        Captured r1 = Captured.run("refine", data.toString(), "--scores", scores(data).toString(), "--out",
                next.toString(), "--frames", "24", "--seed", "7");
        assertEquals(0, r1.exitCode(), r1::toString);
        assertEquals(0, Captured.run("validate", next.toString()).exitCode());
        JsonNode report = JSON.readTree(dir.resolve("round1/next.report.json").toFile());
        // fov plays no part: its bins have equal means. sun elevation has a main effect. (Clutter's effect
        // lives only at low sun: a one-way test over its bins may miss it; the pair table shows it.)
        for (JsonNode p : report.get("parameters")) {
            if (!p.get("name").asText().equals("clutter")) {
                assertEquals(p.get("name").asText().equals("sun_elevation"), p.get("matters").asBoolean(), p.toString());
            }
        }
        assertTrue(r1.stdout().contains("fov: does not matter"), r1.stdout());
        JsonNode scenario1 = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(next.toFile());
        double share1 = shareFailing(scenario1.get("sweep"));
        assertTrue(share1 >= 0.7, "round 1: " + share1 + " of the points fail");

        Path data2 = dir.resolve("data2");
        Captured run = Captured.run("run", next.toString(), "--out", data2.toString());
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode derived = JSON.readTree(data2.resolve("dataset.json").toFile()).get("scenario").get("derived_from");
        assertEquals(data.toAbsolutePath().toString(), derived.get("dataset").asText());
        assertEquals(List.of(4L, 5L, 6L, 7L), longs(derived.get("failing_frames")));  // sun 10, clutter 8 and 12
        assertEquals(64, derived.get("scores_sha256").asText().length());

        Path next2 = dir.resolve("round2/next.yaml");
        Captured r2 = Captured.run("refine", data2.toString(), "--scores", scores(data2).toString(), "--out",
                next2.toString(), "--seed", "7");
        assertEquals(0, r2.exitCode(), r2::toString);
        JsonNode sweep2 = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(next2.toFile()).get("sweep");
        double share2 = shareFailing(sweep2);
        assertTrue(share2 >= share1, "round 2 narrows: " + share2 + " vs " + share1);
    }

    private static List<Long> longs(JsonNode a) {
        List<Long> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asLong()));
        return out;
    }
}
