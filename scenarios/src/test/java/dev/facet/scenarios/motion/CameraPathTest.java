package dev.facet.scenarios.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.ImageSize;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.scenarios.file.FileScenario;
import dev.facet.testkit.CanonicalText;
import java.util.ArrayList;
import java.util.List;
import org.joml.Matrix4d;
import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** Camera paths (dolly, spline, handheld) and object keyframes, checked against their definitions. */
class CameraPathTest {
    private static final ImageSize SIZE = new ImageSize(64, 48);

    static final String DOLLY = """
            facet: 1
            sequence: {frames: 11, fps: 10}
            camera: {pose: {kind: dolly, from: [-1, 1, 2], to: [1, 0.5, 2], target: [0, 0, 0]}}
            objects: [{category: ball, shape: {kind: sphere, radius: 0.1}}]
            """;

    static final String SPLINE = """
            facet: 1
            sequence: {frames: 21, fps: 10}
            camera:
              pose:
                kind: spline
                keyframes:
                  - {t: 0, eye: [2, 1, 0], target: [0, 0, 0]}
                  - {t: 0.5, eye: [0, 1.5, 2]}
                  - {t: 1.5, eye: [-2, 1, 0], target: [0, 0.2, 0]}
                  - {t: 2, eye: [0, 2, -2], target: [{kind: uniform, min: -0.1, max: 0.1}, 0, 0]}
            objects: [{category: ball, shape: {kind: sphere, radius: 0.1}}]
            """;

    static final String KEYFRAMES = """
            facet: 1
            sequence: {frames: 21, fps: 10}
            camera: {pose: {kind: look_at, eye: [0, 2, 3]}, handheld: {position: 0.01, rotation: 1, frequency: 2}}
            objects:
              - category: box
                shape: {kind: box, size: [0.1, 0.1, 0.1]}
                pose: {kind: fixed, position: [0.5, 0.05, 0], rotation: [30, 0, 0]}
                motion:
                  keyframes:
                    - {t: 0}
                    - {t: 1, position: [0, 0, 1], rotation: [90, 0, 0]}
                    - {t: 2, position: [{kind: uniform, min: -1, max: 1}, 0.5, 1], rotation: [90, 0, 60]}
            """;

    private static Vector3d eye(Scene s) {
        return s.camera().worldToCamera().invert(new Matrix4d()).getTranslation(new Vector3d());
    }

    /** Where the camera's optical axis (OpenCV +z) points in the world. */
    private static Vector3d forward(Scene s) {
        return s.camera().worldToCamera().invert(new Matrix4d()).transformDirection(new Vector3d(0, 0, 1)).normalize();
    }

    private static void assertClose(Vector3d expected, Vector3d actual, double tol, String what) {
        assertTrue(expected.distance(actual) <= tol, what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void aDollyMovesTheEyeAtConstantSpeedFromItsStartToItsEndLookingAtTheTarget() {
        FileScenario s = SequenceTest.load(DOLLY);
        for (int step = 0; step <= 10; step++) {
            Scene scene = s.sceneInRun(2, 11 + step, SIZE);
            double u = step / 10.0;
            assertClose(new Vector3d(-1 + 2 * u, 1 - 0.5 * u, 2), eye(scene), 1e-12, "eye at step " + step);
            assertClose(new Vector3d(0, 0, 0).sub(eye(scene)).normalize(), forward(scene), 1e-12, "looks at the target");
        }
    }

    @Test
    void aSplinePassesThroughItsKeyframesAndIsSmoothBetweenThem() {
        FileScenario s = SequenceTest.load(SPLINE);
        assertClose(new Vector3d(2, 1, 0), eye(s.sceneInRun(0, 0, SIZE)), 1e-12, "t = 0");
        assertClose(new Vector3d(0, 1.5, 2), eye(s.sceneInRun(0, 5, SIZE)), 1e-12, "t = 0.5");
        assertClose(new Vector3d(-2, 1, 0), eye(s.sceneInRun(0, 15, SIZE)), 1e-12, "t = 1.5");
        assertClose(new Vector3d(0, 2, -2), eye(s.sceneInRun(0, 20, SIZE)), 1e-12, "t = 2");
        Scene at15 = s.sceneInRun(0, 15, SIZE);
        assertClose(new Vector3d(0, 0.2, 0).sub(eye(at15)).normalize(), forward(at15), 1e-12, "the target keyframe");
        List<Vector3d> eyes = new ArrayList<>();
        for (int step = 0; step <= 20; step++) {
            eyes.add(eye(s.sceneInRun(0, step, SIZE)));
        }
        for (int step = 1; step < 20; step++) {  // a C1 curve sampled evenly: no kinks, its second differences are small
            Vector3d second = new Vector3d(eyes.get(step + 1)).sub(eyes.get(step).mul(2, new Vector3d())).add(eyes.get(step - 1));
            assertTrue(second.length() < 0.2, "step " + step + " bends by " + second.length());
        }
    }

    @Test
    void handheldShakeStaysWithinItsAmplitudeAndDiffersFromStepToStep() {
        FileScenario s = SequenceTest.load(KEYFRAMES);
        Vector3d still = new Vector3d(0, 2, 3);
        Vector3d first = eye(s.sceneInRun(1, 0, SIZE));
        for (int step = 0; step < 21; step++) {
            Scene scene = s.sceneInRun(1, step, SIZE);
            assertTrue(eye(scene).distance(still) <= 0.01 * Math.sqrt(3) + 1e-12, "step " + step);
            double angle = Math.toDegrees(forward(scene).angle(new Vector3d(still).negate().normalize()));
            assertTrue(angle <= Math.sqrt(3) + 1e-9, "turned by " + angle);
        }
        assertNotEquals(first, eye(s.sceneInRun(1, 3, SIZE)), "the camera shakes");
        assertNotEquals(first, eye(s.sceneInRun(1, 21, SIZE)), "another sequence shakes differently");
        assertTrue(first.distance(still) > 0, "shaken at step 0 too");
    }

    @Test
    void keyframedObjectsMoveLinearlyAndTurnBySlerpFromWhereTheyWerePlaced() {
        FileScenario s = SequenceTest.load(KEYFRAMES);
        assertPose(s.sceneInRun(4, 0, SIZE), new Vector3d(0.5, 0.05, 0), 30);
        assertPose(s.sceneInRun(4, 5, SIZE), new Vector3d(0.5, 0.05, 0.5), 30 + 45);
        assertPose(s.sceneInRun(4, 10, SIZE), new Vector3d(0.5, 0.05, 1), 30 + 90);
        Matrix4d last = box(s.sceneInRun(4, 20, SIZE));
        assertEquals(0.55, last.getTranslation(new Vector3d()).y, 1e-12, "y offset 0.5 at the last keyframe");
        Quaterniond expected = new Quaterniond().rotateY(Math.toRadians(30)).rotateY(Math.toRadians(90))
                .rotateZ(Math.toRadians(60));
        Quaterniond got = last.getNormalizedRotation(new Quaterniond());
        assertTrue(Math.abs(Math.abs(expected.dot(got)) - 1) < 1e-12, "rotation " + got + " vs " + expected);
    }

    private static Matrix4d box(Scene s) {
        return s.objects().stream().filter(o -> o.category().name().equals("box")).findFirst()
                .map(SceneObject::worldFromObject).map(Matrix4d::new).orElseThrow();
    }

    private static void assertPose(Scene s, Vector3d position, double yawDeg) {
        Matrix4d m = box(s);
        assertClose(position, m.getTranslation(new Vector3d()), 1e-12, "position at step " + s.step());
        Quaterniond expected = new Quaterniond().rotateY(Math.toRadians(yawDeg));
        assertTrue(Math.abs(Math.abs(expected.dot(m.getNormalizedRotation(new Quaterniond()))) - 1) < 1e-12,
                "yaw " + yawDeg + " at step " + s.step());
    }

    @Test
    void eachFrameAloneEqualsTheSameFrameOfAWholeRun() {
        for (String yaml : List.of(DOLLY, SPLINE, KEYFRAMES)) {
            FileScenario whole = SequenceTest.load(yaml);
            int n = whole.sequenceLength();
            List<String> run = new ArrayList<>();
            for (long k = 0; k < n + 3; k++) {
                run.add(CanonicalText.of(whole.sceneInRun(9, k, SIZE)));
            }
            for (long k : new long[] {n - 1, n + 2, 5}) {
                assertEquals(run.get((int) k), CanonicalText.of(SequenceTest.load(yaml).sceneInRun(9, k, SIZE)), "frame " + k);
            }
        }
    }
}
