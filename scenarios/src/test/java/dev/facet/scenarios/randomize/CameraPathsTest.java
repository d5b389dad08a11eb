package dev.facet.scenarios.randomize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class CameraPathsTest {
    private static void assertClose(Vector3d expected, Vector3d actual, double tol, String what) {
        assertTrue(expected.distance(actual) <= tol, what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void catmullRomWithTwoKeyframesIsAStraightLineAndHoldsOutsideItsTimes() {
        double[] times = {1, 3};
        List<Vector3d> points = List.of(new Vector3d(0, 0, 0), new Vector3d(4, 2, 0));
        assertClose(new Vector3d(1, 0.5, 0), CameraPaths.catmullRom(times, points, 1.5), 1e-12, "a quarter");
        assertClose(new Vector3d(0, 0, 0), CameraPaths.catmullRom(times, points, 0), 0, "before");
        assertClose(new Vector3d(4, 2, 0), CameraPaths.catmullRom(times, points, 9), 0, "after");
    }

    @Test
    void catmullRomHasOneTangentAtAnInteriorKeyframe() {
        double[] times = {0, 0.4, 1.5, 2};
        List<Vector3d> points = List.of(new Vector3d(0, 0, 0), new Vector3d(1, 2, 0), new Vector3d(3, -1, 1),
                new Vector3d(4, 0, 0));
        for (int k = 1; k <= 2; k++) {
            double h = 1e-6;
            Vector3d before = new Vector3d(points.get(k)).sub(CameraPaths.catmullRom(times, points, times[k] - h)).div(h);
            Vector3d after = CameraPaths.catmullRom(times, points, times[k] + h).sub(points.get(k)).div(h);
            assertClose(before, after, 1e-4, "tangent at keyframe " + k);
            assertClose(points.get(k), CameraPaths.catmullRom(times, points, times[k]), 1e-12, "through keyframe " + k);
        }
    }

    @Test
    void aShakeNeverExceedsItsAmplitude() {
        CameraPaths.Shake s = CameraPaths.Shake.draw(1, 1, 3, new SplittableRandom(3));
        double most = 0;
        for (int i = 0; i < 10_000; i++) {
            for (int axis = 0; axis < 6; axis++) {
                most = Math.max(most, Math.abs(s.axis(axis, i * 0.001)));
            }
        }
        assertTrue(most <= 1 && most > 0.5, "largest value " + most);
    }
}
