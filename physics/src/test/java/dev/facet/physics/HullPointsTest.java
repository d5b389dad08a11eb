package dev.facet.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HullPointsTest {
    /** Support of the points along d: the largest dot product. */
    private static double support(float[] p, double[] d) {
        double most = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i += 3) {
            most = Math.max(most, d[0] * p[i] + d[1] * p[i + 1] + d[2] * p[i + 2]);
        }
        return most;
    }

    @Test
    void aSmallMeshKeepsEveryDistinctVertex() {
        float[] octa = MeshCollidersTest.octahedron();
        float[] hull = HullPoints.of(octa);
        assertEquals(6 * 3, hull.length, "an octahedron's 24 triangle corners are 6 vertices");
        assertArrayEquals(hull, HullPoints.of(hull));
    }

    @Test
    void aLargeMeshKeepsAtMostMaxOfItsHullVerticesWithinTwoPercentOfItsRadius() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 20_000;
        float[] p = new float[3 * n];
        for (int i = 0; i < n; i++) {  // points on an ellipsoid with radii 0.1, 0.05, 0.03 and some inside it
            double x = rng.nextGaussian();
            double y = rng.nextGaussian();
            double z = rng.nextGaussian();
            double s = (i % 4 == 0 ? 0.5 : 1) / Math.sqrt(x * x + y * y + z * z);
            p[3 * i] = (float) (0.1 * x * s);
            p[3 * i + 1] = (float) (0.05 * y * s);
            p[3 * i + 2] = (float) (0.03 * z * s);
        }
        float[] hull = HullPoints.of(p);
        assertTrue(hull.length / 3 <= HullPoints.MAX && hull.length / 3 > 100, hull.length / 3 + " points");
        Set<List<Float>> given = new HashSet<>();
        for (int i = 0; i < p.length; i += 3) {
            given.add(List.of(p[i], p[i + 1], p[i + 2]));
        }
        for (int i = 0; i < hull.length; i += 3) {
            assertTrue(given.contains(List.of(hull[i], hull[i + 1], hull[i + 2])), "a kept point is a mesh vertex");
        }
        for (int k = 0; k < 2000; k++) {
            double[] d = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            d = new double[] {d[0] / len, d[1] / len, d[2] / len};
            double lost = support(p, d) - support(hull, d);
            assertTrue(lost >= 0 && lost <= 0.02 * 0.1, "the hull shrinks by " + lost + " m along a direction");
        }
        assertArrayEquals(hull, HullPoints.of(p), "the same points every time");
    }
}
