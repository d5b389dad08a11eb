package dev.facet.scenarios.tabletop;

import dev.facet.scenarios.build.FootprintPlacement;
import java.util.SplittableRandom;

/**
 * Non-overlapping placement of circular footprints on the ground, by rejection sampling
 * inside a disc around the origin. Bounded: after {@link #TRIES_PER_REGION} failed tries the
 * disc grows by {@link #GROWTH}; after {@link #MAX_GROWTHS} growths an object is put just
 * outside everything placed so far. Never overlaps, never loops forever.
 */
final class Layout {
    static final int TRIES_PER_REGION = 200;
    static final double GROWTH = 1.1;
    static final int MAX_GROWTHS = 30;

    private Layout() {
    }

    /**
     * Centres (x, z) for footprints of the given radii, in the given order, each footprint
     * lying inside the (possibly grown) disc of {@code regionRadius} and at least {@code gap}
     * from every other footprint.
     */
    static double[][] place(double[] radii, double regionRadius, double gap, SplittableRandom rng) {
        if (!(regionRadius > 0) || !(gap >= 0)) {
            throw new IllegalArgumentException("need regionRadius > 0 and gap >= 0");
        }
        FootprintPlacement placement = new FootprintPlacement(gap);
        double[][] centres = new double[radii.length][];
        double region = regionRadius;
        for (int i = 0; i < radii.length; i++) {
            double[] c = null;
            for (int growth = 0; c == null && growth <= MAX_GROWTHS; growth++) {
                c = placement.tryPlace(radii[i], FootprintPlacement.Region.disc(region), TRIES_PER_REGION, rng);
                if (c == null) {
                    region *= GROWTH;
                }
            }
            if (c == null) {
                c = placement.outside(radii[i]);
                placement.place(c[0], c[1], radii[i]);
            }
            centres[i] = c;
        }
        return centres;
    }
}
