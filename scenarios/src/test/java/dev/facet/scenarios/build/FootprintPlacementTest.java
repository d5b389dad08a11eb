package dev.facet.scenarios.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FootprintPlacementTest {

    @Test
    void rectanglePlacementsStayInsideAndApart() {
        SplittableRandom rng = new SplittableRandom(5);
        FootprintPlacement placement = new FootprintPlacement(0.05);
        FootprintPlacement.Region region = FootprintPlacement.Region.rectangle(1, -2, 4, 2);
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double r = 0.1 + 0.2 * rng.nextDouble();
            double[] c = placement.tryPlace(r, region, 200, rng);
            if (c != null) {
                assertTrue(Math.abs(c[0] - 1) <= 2 - r + 1e-12 && Math.abs(c[1] + 2) <= 1 - r + 1e-12);
                for (double[] o : placed) {
                    assertTrue(Math.hypot(c[0] - o[0], c[1] - o[1]) >= r + o[2] + 0.05);
                }
                placed.add(new double[] {c[0], c[1], r});
            }
        }
        assertTrue(placed.size() > 10, "placed " + placed.size());
    }

    @Test
    void fullRegionGivesNoSpotAndPlacesNothing() {
        FootprintPlacement placement = new FootprintPlacement(0);
        FootprintPlacement.Region disc = FootprintPlacement.Region.disc(1);
        SplittableRandom rng = new SplittableRandom(1);
        assertNotNull(placement.tryPlace(1, disc, 10, rng));  // fills the whole disc, at its centre
        assertNull(placement.tryPlace(0.5, disc, 50, rng));
        assertTrue(placement.fits(3, 0, 1), "nothing was placed by the failed try");
        double[] out = placement.outside(0.5);
        assertTrue(placement.fits(out[0], out[1], 0.5));
        assertFalse(placement.fits(0.5, 0, 0.5));
    }

    @Test
    void everyTryDrawsTwoNumbers() {
        SplittableRandom a = new SplittableRandom(9);
        FootprintPlacement placement = new FootprintPlacement(0);
        placement.place(0, 0, 10);
        assertNull(placement.tryPlace(1, FootprintPlacement.Region.rectangle(0, 0, 2, 2), 7, a));
        SplittableRandom b = new SplittableRandom(9);
        for (int i = 0; i < 14; i++) {
            b.nextDouble();
        }
        assertEquals(b.nextDouble(), a.nextDouble());
    }
}
