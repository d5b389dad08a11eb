package dev.facet.scenarios.tabletop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LayoutTest {

    private static void assertApart(double[] radii, double[][] c, double gap) {
        for (int i = 0; i < radii.length; i++) {
            for (int j = i + 1; j < radii.length; j++) {
                double d = Math.hypot(c[i][0] - c[j][0], c[i][1] - c[j][1]);
                assertTrue(d >= radii[i] + radii[j] + gap, i + " and " + j + " are " + d + " apart");
            }
        }
    }

    @Test
    void typicalLayoutStaysInsideTheRegion() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] radii = new double[30];
            for (int i = 0; i < radii.length; i++) {
                radii[i] = 0.05 + 0.37 * rng.nextDouble();
            }
            double[][] c = Layout.place(radii, 2.5, 0.02, rng);
            assertApart(radii, c, 0.02);
        }
    }

    @Test
    void placesEverythingInsideTheDiscWhenRoomy() {
        double[] radii = {0.1, 0.2, 0.1, 0.3};
        double[][] c = Layout.place(radii, 3, 0.02, new SplittableRandom(1));
        for (int i = 0; i < radii.length; i++) {
            assertTrue(Math.hypot(c[i][0], c[i][1]) + radii[i] <= 3 + 1e-12);
        }
    }

    @Test
    @Timeout(10)
    void crowdedLayoutGrowsButNeverOverlapsOrHangs() {
        double[] radii = new double[200];
        Arrays.fill(radii, 0.5);
        double[][] c = Layout.place(radii, 0.1, 0.05, new SplittableRandom(3));
        assertEquals(radii.length, c.length);
        assertApart(radii, c, 0.05);
    }

    @Test
    void isDeterministic() {
        double[] radii = {0.3, 0.2, 0.25, 0.1, 0.4};
        double[][] a = Layout.place(radii, 1, 0.02, new SplittableRandom(99));
        double[][] b = Layout.place(radii, 1, 0.02, new SplittableRandom(99));
        assertTrue(Arrays.deepEquals(a, b));
    }
}
