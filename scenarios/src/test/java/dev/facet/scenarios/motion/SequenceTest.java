package dev.facet.scenarios.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.scenarios.file.FileMeshLibrary;
import dev.facet.scenarios.file.FileScenario;
import dev.facet.scenarios.file.ScenarioLoader;
import dev.facet.scenarios.file.ScenarioText;
import dev.facet.testkit.CanonicalText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class SequenceTest {
    private static final ImageSize SIZE = new ImageSize(64, 48);

    /** Spheres, boxes and cylinders dropped with physics, as sequences of 20 steps. */
    static final String FALLING = """
            facet: 1
            sequence: {frames: 20, fps: 30}
            camera: {pose: {kind: orbit, target: [0, 0, 0], distance: 2, elevation: 30, degrees_per_frame: 5}}
            ground: {size: [3, 3]}
            placement: {kind: physics, size: [0.6, 0.6], gap: 0.01}
            objects:
              - {category: ball, shape: {kind: sphere, radius: 0.05}, count: 2}
              - {category: brick, shape: {kind: box, size: [0.1, 0.06, 0.08]}, count: 2}
              - {category: can, shape: {kind: cylinder, radius: 0.04, height: 0.1}, count: 2,
                 physics: {friction: 0.8, restitution: 0, density: 900}}
            """;

    static FileScenario load(String yaml) {
        return new ScenarioLoader(new FileMeshLibrary()).load(new ScenarioText("s.yaml", yaml, true), "/tmp", "s");
    }

    @Test
    void aFrameAloneEqualsTheSameFrameOfAWholeRun() {
        List<Supplier<FileScenario>> scenarios = List.of(() -> load(FALLING),
                () -> new ScenarioLoader(new FileMeshLibrary()).loadBuiltIn("orbit"));
        for (Supplier<FileScenario> fresh : scenarios) {
            FileScenario whole = fresh.get();
            int n = whole.sequenceLength();
            List<String> run = new ArrayList<>();
            for (long k = 0; k < n + 3; k++) {
                run.add(CanonicalText.of(whole.sceneInRun(9, k, SIZE)));
            }
            for (long k : new long[] {n - 1, n + 2, 5}) {
                assertEquals(run.get((int) k), CanonicalText.of(fresh.get().sceneInRun(9, k, SIZE)), "frame " + k);
            }
        }
    }

    @Test
    void framesOfASequenceCarryItsIndexStepAndTimeAndKeepTheirIds() {
        FileScenario s = load(FALLING);
        assertEquals(20, s.sequenceLength());
        Scene first = s.sceneInRun(3, 20, SIZE);
        Scene later = s.sceneInRun(3, 27, SIZE);
        assertEquals(1L, later.sequence());
        assertEquals(7, later.step());
        assertEquals(7 / 30.0, later.timeS());
        assertEquals(ids(first), ids(later), "instance ids are tracking ids through a sequence");
        assertNotEquals(first.objects().get(1).worldFromObject(), later.objects().get(1).worldFromObject(),
                "objects fall through the steps");
        Scene still = load(FALLING.replace("sequence: {frames: 20, fps: 30}\n", "")).sceneInRun(3, 27, SIZE);
        assertNull(still.sequence());
        assertNull(still.step());
    }

    @Test
    void everyStepOfASequenceDrawsTheSameCameraDistanceAndMaterials() {
        FileScenario s = new ScenarioLoader(new FileMeshLibrary()).loadBuiltIn("orbit");
        Scene a = s.sceneInRun(1, 60, SIZE);
        Scene b = s.sceneInRun(1, 61, SIZE);
        assertEquals(a.objects().stream().map(SceneObject::material).toList(),
                b.objects().stream().map(SceneObject::material).toList());
        double da = a.camera().worldToCamera().invert(new org.joml.Matrix4d()).getTranslation(new Vector3d())
                .distance(0, 0.75, 0);
        double db = b.camera().worldToCamera().invert(new org.joml.Matrix4d()).getTranslation(new Vector3d())
                .distance(0, 0.75, 0);
        assertEquals(da, db, 1e-9);
        assertNotEquals(a.camera(), b.camera(), "the camera orbits");
        assertNotEquals(CanonicalText.of(a.objects()), CanonicalText.of(s.sceneInRun(1, 0, SIZE).objects()),
                "another sequence draws anew");
    }

    private static List<Integer> ids(Scene s) {
        return s.objects().stream().map(SceneObject::instanceId).toList();
    }

    @Test
    void restingPrimitivesPenetrateTheGroundAndEachOtherByAtMostOneMillimetre() {
        FileScenario still = load(FALLING.replace("sequence: {frames: 20, fps: 30}\n", "")
                .replace("count: 2", "count: 4"));
        for (long k = 0; k < 3; k++) {
            Scene scene = still.sceneInRun(5, k, SIZE);
            List<SceneObject> dropped = scene.objects().stream().filter(o -> !o.category().name().equals("ground")).toList();
            assertTrue(dropped.size() >= 10, "most objects find room: " + dropped.size());
            for (int i = 0; i < dropped.size(); i++) {
                double depth = Penetration.belowPlane(dropped.get(i));
                assertTrue(depth <= 0.001, "frame " + k + " " + dropped.get(i).name() + " sinks " + depth);
                for (int j = 0; j < i; j++) {
                    double overlap = Penetration.spheres(dropped.get(i), dropped.get(j));
                    assertTrue(overlap <= 0.001, dropped.get(i).name() + " and " + dropped.get(j).name() + ": " + overlap);
                }
            }
        }
    }
}
