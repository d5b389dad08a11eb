package dev.facet.engine.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class CameraTest {
    @Test
    void lookAtFollowsTheOpenCvConvention() {
        // camera 5 m along +z looking at the origin: world x is image right, world y is image up
        Camera c = Camera.lookAt(640, 480, 60, new Vector3d(0, 0, 5), new Vector3d(), 0.1, 100);
        assertEquals(319.5, c.cx());
        assertEquals(239.5, c.cy());
        assertEquals(240 / Math.tan(Math.toRadians(30)), c.fy(), 1e-9);
        assertArrayEquals(new double[] {319.5, 239.5}, c.project(new Vector3d()), 1e-9);
        double[] right = c.project(new Vector3d(1, 0, 0));
        double[] up = c.project(new Vector3d(0, 1, 0));
        assertEquals(319.5 + c.fx() / 5, right[0], 1e-9);
        assertEquals(239.5 - c.fy() / 5, up[1], 1e-9);
        assertEquals(5, c.toCamera(new Vector3d()).z, 1e-12);
        assertArrayEquals(new double[] {0, 0, 5}, toArray(c.position()), 1e-12);
        assertNull(c.project(new Vector3d(0, 0, 6)), "behind the camera");
    }

    @Test
    void lookingStraightDownHasWorldXRightAndWorldMinusZUp() {
        Camera c = Camera.lookAt(640, 480, 60, new Vector3d(0, 5, 0), new Vector3d(), 0.1, 100);
        assertArrayEquals(new double[] {319.5, 239.5}, c.project(new Vector3d()), 1e-9);
        assertEquals(319.5 + c.fx() / 5, c.project(new Vector3d(1, 0, 0))[0], 1e-9);
        assertEquals(239.5 - c.fy() / 5, c.project(new Vector3d(0, 0, -1))[1], 1e-9);
        // the limit of a camera tilted towards it from +z: nearly the same image
        Camera tilted = Camera.lookAt(640, 480, 60, new Vector3d(0, 5, 1e-5), new Vector3d(), 0.1, 100);
        assertArrayEquals(tilted.project(new Vector3d(1, 0, -1)), c.project(new Vector3d(1, 0, -1)), 1e-3);
    }

    @Test
    void lookingStraightUpHasWorldXRight() {
        Camera c = Camera.lookAt(640, 480, 60, new Vector3d(0, -5, 0), new Vector3d(), 0.1, 100);
        assertEquals(319.5 + c.fx() / 5, c.project(new Vector3d(1, 0, 0))[0], 1e-9);
        assertEquals(239.5 - c.fy() / 5, c.project(new Vector3d(0, 0, 1))[1], 1e-9);
    }

    @Test
    void rejectsDegenerateCameras() {
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> Camera.lookAt(64, 48, 60, new Vector3d(1, 2, 3), new Vector3d(1, 2, 3), 0.1, 10));
        assertEquals("the camera eye equals its target; the camera needs a direction", same.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Camera.lookAtTransform(new Vector3d(Double.NaN, 0, 0), new Vector3d()));
        assertThrows(IllegalArgumentException.class,
                () -> Camera.lookAt(64, 48, 60, new Vector3d(0, 0, 5), new Vector3d(), 1, 0.5));
    }

    private static double[] toArray(Vector3d v) {
        return new double[] {v.x, v.y, v.z};
    }
}
