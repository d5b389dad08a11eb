package dev.facet.scenarios.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.engine.random.Streams;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileScenarioTest {
    static final ImageSize SIZE = new ImageSize(96, 72);
    static final ScenarioLoader LOADER = new ScenarioLoader(new FileMeshLibrary());

    static FileScenario parse(String yaml) {
        return LOADER.load(new ScenarioText("t.yaml", yaml, true), System.getProperty("java.io.tmpdir"), "t");
    }

    static Scene frame(FileScenario s, long k) {
        return s.scene(k, Streams.frameSeed(7, k), SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bin", "room", "sun-sweep", "shelf"})
    void builtInParsesValidatesAndDrawsFrames(String name) {
        FileScenario s = LOADER.loadBuiltIn(name);
        assertEquals(name, s.name());
        assertFalse(s.categories().isEmpty());
        for (long k = 0; k < 6; k++) {
            Scene scene = frame(s, k);
            assertEquals(k, scene.frame());
            assertTrue(scene.objects().size() > 1, name + " frame " + k + " has objects");
            for (SceneObject o : scene.objects()) {
                assertTrue(o.instanceId() <= s.instanceIds(), "id within the scenario's range");
                assertTrue(s.categories().contains(o.category()), "category declared: " + o.category());
            }
            assertEquals(scene, frame(s, k), "the same frame twice is the same scene");
        }
    }

    @Test
    void binUsesMeshesFromTheJarWithBoundsAndDistractors() {
        FileScenario s = LOADER.loadBuiltIn("bin");
        Scene scene = frame(s, 0);
        List<String> sources = scene.objects().stream().filter(o -> o.shape() instanceof Shape.Mesh)
                .map(o -> ((Shape.Mesh) o.shape()).source()).distinct().toList();
        assertTrue(sources.stream().allMatch(src -> src.startsWith("classpath:/dev/facet/scenarios/builtin/assets/")),
                sources.toString());
        assertTrue(sources.size() >= 1);
        assertTrue(scene.objects().stream().anyMatch(o -> o.category().name().equals("distractor")));
    }

    @Test
    void surfaceObjectsDoNotOverlapAndRestOnTheSurface() {
        FileScenario s = parse("facet: 1\nplacement: {size: [1.5, 1.5], gap: 0.01}\nobjects:\n"
                + "  - category: ball\n    shape: {kind: sphere, radius: {kind: uniform, min: 0.05, max: 0.15}}\n"
                + "    count: 12\n");
        for (long k = 0; k < 20; k++) {
            List<SceneObject> balls = frame(s, k).objects().stream().filter(o -> o.category().name().equals("ball")).toList();
            assertTrue(balls.size() >= 6, "frame " + k + " holds most of the 12 balls, got " + balls.size());
            for (SceneObject b : balls) {
                double r = ((Shape.Sphere) b.shape()).radius();
                Vector3d c = b.worldFromObject().getTranslation(new Vector3d());
                assertEquals(r, c.y, 1e-9, "rests on the surface");
                assertTrue(Math.abs(c.x) <= 0.75 - r + 1e-9 && Math.abs(c.z) <= 0.75 - r + 1e-9, "inside the region");
                for (SceneObject o : balls) {
                    if (o != b) {
                        double d = c.distance(o.worldFromObject().getTranslation(new Vector3d()));
                        assertTrue(d >= r + ((Shape.Sphere) o.shape()).radius() + 0.01 - 1e-9, "no overlap");
                    }
                }
            }
        }
    }

    static final String BASE = "facet: 1\n"
            + "camera: {fov: {kind: uniform, min: 40, max: 60}}\n"
            + "lighting:\n  sun: {elevation: {kind: uniform, min: 10, max: 80}}\n"
            + "objects:\n"
            + "  - category: box\n    shape: {kind: box, size: [0.2, 0.2, {kind: uniform, min: 0.1, max: 0.3}]}\n"
            + "    count: {kind: int_range, min: 2, max: 5}\n"
            + "    material: {color: {kind: hsv, h: {kind: uniform, min: 0, max: 1}, s: 1, v: 1}}\n";

    @Test
    void addingARandomizerLeavesTheOthersDrawsUnchanged() {
        FileScenario base = parse(BASE);
        FileScenario more = parse(BASE
                + "  - category: pillar\n    shape: {kind: cylinder, radius: 0.1, height: 1}\n"
                + "    pose: {kind: fixed, position: [{kind: uniform, min: 3, max: 4}, 0.5, 0]}\n"
                + "    material: {roughness: {kind: uniform, min: 0, max: 1}}\n");
        FileScenario lit = parse(BASE.replace("lighting:\n", "lighting:\n  lights: [{kind: point, position: [0, 2, 0],"
                + " intensity: {kind: uniform, min: 1, max: 9}}]\n"));
        assertEquals(base.randomizers().size() + 4, more.randomizers().size(), "one object template, four randomizers");
        assertEquals(base.randomizers().size() + 1, lit.randomizers().size());
        for (long k = 0; k < 10; k++) {
            Scene a = frame(base, k);
            assertTrue(boxes(a).size() >= 2, "frame " + k + " holds its boxes");
            for (FileScenario other : List.of(more, lit)) {
                Scene b = frame(other, k);
                assertEquals(a.camera(), b.camera(), "camera draws unchanged");
                assertEquals(a.lighting().sunDirection(), b.lighting().sunDirection(), "sun draws unchanged");
                assertEquals(boxes(a), boxes(b), "the boxes (count, shape, material, pose) are unchanged");
            }
            assertEquals(1, frame(lit, k).lighting().lights().size());
            assertEquals(1, frame(more, k).objects().stream().filter(o -> o.category().name().equals("pillar")).count(),
                    "the added template is drawn");
        }
    }

    private static List<SceneObject> boxes(Scene s) {
        return s.objects().stream().filter(o -> o.category().name().equals("box")).toList();
    }

    @Test
    void differentFramesAndSeedsDiffer() {
        FileScenario s = parse(BASE);
        assertNotEquals(frame(s, 0).camera(), frame(s, 1).camera());
        assertNotEquals(frame(s, 0).camera(), s.scene(0, Streams.frameSeed(8, 0), SIZE).camera());
    }

    @Test
    void gridSweepExpandsInOrderAndEachFrameCarriesItsPoint() {
        FileScenario s = LOADER.loadBuiltIn("sun-sweep");
        List<Map<String, Double>> expected = new ArrayList<>();
        for (double e : new double[] {15, 45, 75}) {
            for (double c : new double[] {2, 12}) {
                expected.add(Map.of("sun_elevation", e, "clutter", c));
            }
        }
        assertEquals(expected, s.sweep().points());
        assertEquals(2, s.sweep().framesPerPoint());
        assertEquals(12L, s.defaults().frames(), "a sweep's frame count is points x frames_per_point");
        for (long k = 0; k < 12; k++) {
            Map<String, Double> point = expected.get((int) (k / 2));
            Scene scene = frame(s, k);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("sun_elevation", point.get("sun_elevation").longValue());
            params.put("clutter", point.get("clutter").longValue());
            assertEquals(params, scene.params(), "frame " + k);
            double elevation = Math.toDegrees(Math.asin(-scene.lighting().sunDirection().y()));
            assertEquals(point.get("sun_elevation"), elevation, 1e-9, "the sun follows the sweep");
            long distractors = scene.objects().stream().filter(o -> o.category().name().equals("distractor")).count();
            assertTrue(distractors <= point.get("clutter"), "clutter bounds the distractors");
        }
    }

    @Test
    void zipAndRandomSweeps() {
        FileScenario zip = parse("facet: 1\nparams: {a: 0.1, b: 0}\nobjects: [{category: x, shape: {kind: sphere, radius: $a}}]\n"
                + "sweep: {kind: zip, frames_per_point: 3, params: {a: [0.1, 0.2], b: [5, 6]}}\n");
        assertEquals(List.of(Map.of("a", 0.1, "b", 5.0), Map.of("a", 0.2, "b", 6.0)), zip.sweep().points());
        assertEquals(6L, zip.defaults().frames());
        assertEquals(0.2, ((Shape.Sphere) frame(zip, 4).objects().get(1).shape()).radius(), 1e-12);
        String random = "facet: 1\nparams: {a: 1}\nobjects: [{category: x, shape: {kind: sphere, radius: 0.1}}]\n"
                + "sweep: {kind: random, n: 4, params: {a: {kind: uniform, min: 1, max: 2}}}\n";
        FileScenario r = parse(random);
        assertEquals(4, r.sweep().points().size());
        assertEquals(r.sweep().points(), parse(random).sweep().points(), "random points are reproducible");
        r.sweep().points().forEach(p -> assertTrue(p.get("a") >= 1 && p.get("a") <= 2));
        FileScenario seeded = parse(random.replace("n: 4", "n: 4, seed: 9"));
        assertNotEquals(r.sweep().points(), seeded.sweep().points(), "the sweep seed changes the points");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bin", "room", "sun-sweep", "shelf"})
    void resolvedScenarioRoundTripsThroughJson(String name) throws Exception {
        FileScenario s = LOADER.loadBuiltIn(name);
        String json = new ObjectMapper().writeValueAsString(s.describe());
        FileScenario again = LOADER.load(new ScenarioText("dataset.json", json, false), "/nonexistent", "x");
        assertEquals(s.describe(), again.describe(), "describe() is a fixed point");
        assertEquals(s.categories(), again.categories());
        for (long k = 0; k < 4; k++) {
            assertEquals(frame(s, k), frame(again, k), "frame " + k + " is the same from the resolved scenario");
        }
    }

    @Test
    void describeHasEveryDefaultFilledIn() {
        Map<String, Object> d = parse("facet: 1\nobjects: [{category: x, shape: {kind: sphere, radius: 0.1}}]\n").describe();
        for (String key : List.of("facet", "name", "seed", "params", "camera", "lighting", "background", "ground",
                "walls", "placement", "objects", "outputs", "export")) {
            assertTrue(d.containsKey(key), "resolved scenario has " + key + ": " + d.keySet());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> obj = ((List<Map<String, Object>>) d.get("objects")).get(0);
        assertEquals(List.of("name", "category", "shape", "material", "count", "pose", "scale"), List.copyOf(obj.keySet()));
    }

    @Test
    void errorsPointAtFileLineColumnAndPath() {
        ScenarioError e = assertThrows(ScenarioError.class, () -> parse(
                "facet: 1\nobjects:\n  - category: a\n    shape: {kind: sphere, radius: 0.1}\n"
                        + "  - category: b\n    shape: {kind: sphere, radius: 0.1}\n"
                        + "  - category: c\n    shape: {kind: sphere, radius: 0.1}\n    material:\n      roughness: 1.5\n"));
        assertEquals("t.yaml:10:18: objects[2].material.roughness: expected a number in [0, 1], got 1.5", e.getMessage());
        ScenarioError missing = assertThrows(ScenarioError.class, () -> parse(
                "facet: 1\nobjects:\n  - category: a\n    shape: {kind: mesh, file: nope/missing.obj}\n"));
        assertEquals(4, missing.line());
        assertEquals("objects[0].shape.file", missing.path());
        assertTrue(missing.problem().contains("missing.obj") && missing.problem().contains("no such file"),
                missing.getMessage());
    }
}
