package dev.facet.scenarios.tabletop;

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
        double[][] centres = new double[radii.length][];
        double region = regionRadius;
        for (int i = 0; i < radii.length; i++) {
            double[] c = null;
            for (int growth = 0; c == null && growth <= MAX_GROWTHS; growth++) {
                c = tryPlace(radii, centres, i, region, gap, rng);
                if (c == null) {
                    region *= GROWTH;
                }
            }
            centres[i] = c != null ? c : outside(radii, centres, i, gap);
        }
        return centres;
    }

    private static double[] tryPlace(double[] radii, double[][] centres, int i, double region, double gap,
                                     SplittableRandom rng) {
        double reach = Math.max(0, region - radii[i]);
        for (int t = 0; t < TRIES_PER_REGION; t++) {
            double r = reach * Math.sqrt(rng.nextDouble());
            double a = 2 * Math.PI * rng.nextDouble();
            double x = r * Math.cos(a);
            double z = r * Math.sin(a);
            if (fits(radii, centres, i, x, z, gap)) {
                return new double[] {x, z};
            }
        }
        return null;
    }

    static boolean fits(double[] radii, double[][] centres, int i, double x, double z, double gap) {
        for (int j = 0; j < i; j++) {
            double min = radii[i] + radii[j] + gap;
            double dx = x - centres[j][0];
            double dz = z - centres[j][1];
            if (dx * dx + dz * dz < min * min) {
                return false;
            }
        }
        return true;
    }

    /** A spot on the +x axis beyond the farthest footprint placed so far. */
    private static double[] outside(double[] radii, double[][] centres, int i, double gap) {
        double farthest = 0;
        for (int j = 0; j < i; j++) {
            farthest = Math.max(farthest, Math.hypot(centres[j][0], centres[j][1]) + radii[j]);
        }
        return new double[] {farthest + gap + radii[i] + 1e-6, 0};  // margin against rounding
    }
}
