package dev.facet.scenarios.build;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rejection placement of circular footprints on the ground (x, z): each footprint tries up
 * to a number of candidate centres drawn from a {@link Region} and takes the first that keeps
 * {@code gap} from every footprint placed so far. Both the tabletop's layout and the file
 * scenarios' placement use it; each draw sequence is fixed by the region (two draws a try).
 */
public final class FootprintPlacement {
    private final double gap;
    /** Placed footprints as (x, z, radius), in placement order. */
    private final List<double[]> placed = new ArrayList<>();

    public FootprintPlacement(double gap) {
        this.gap = gap;
    }

    /** Where candidate centres come from: a footprint of {@code radius} lies wholly inside when it can. */
    @FunctionalInterface
    public interface Region {
        /** One candidate centre (x, z) for a footprint of {@code radius}. */
        double[] candidate(double radius, SplittableRandom rng);

        /** Uniform over a disc of {@code radius} around the origin: draws the radius, then the angle. */
        static Region disc(double radius) {
            return (r, rng) -> {
                double reach = Math.max(0, radius - r);
                double d = reach * Math.sqrt(rng.nextDouble());
                double a = 2 * Math.PI * rng.nextDouble();
                return new double[] {d * Math.cos(a), d * Math.sin(a)};
            };
        }

        /** Uniform over a rectangle of size (sx, sz) centred on (cx, cz): draws x, then z. */
        static Region rectangle(double cx, double cz, double sx, double sz) {
            double hx = sx / 2;
            double hz = sz / 2;
            return (r, rng) -> {
                double x = cx + (2 * rng.nextDouble() - 1) * Math.max(0, hx - r);
                double z = cz + (2 * rng.nextDouble() - 1) * Math.max(0, hz - r);
                return new double[] {x, z};
            };
        }
    }

    /**
     * Tries up to {@code tries} candidates from {@code region}; places and returns the first
     * centre (x, z) that fits, or returns null (and places nothing) when none does.
     */
    public double[] tryPlace(double radius, Region region, int tries, SplittableRandom rng) {
        for (int t = 0; t < tries; t++) {
            double[] c = region.candidate(radius, rng);
            if (fits(c[0], c[1], radius)) {
                place(c[0], c[1], radius);
                return c;
            }
        }
        return null;
    }

    /** True when a footprint of {@code radius} at (x, z) keeps {@code gap} from every placed one. */
    public boolean fits(double x, double z, double radius) {
        for (double[] o : placed) {
            double min = radius + o[2] + gap;
            double dx = x - o[0];
            double dz = z - o[1];
            if (dx * dx + dz * dz < min * min) {
                return false;
            }
        }
        return true;
    }

    /** Places a footprint without checking it (a spot known to be free). */
    public void place(double x, double z, double radius) {
        placed.add(new double[] {x, z, radius});
    }

    /** A centre on the +x axis beyond every placed footprint, {@code gap} away (always free). */
    public double[] outside(double radius) {
        double farthest = 0;
        for (double[] o : placed) {
            farthest = Math.max(farthest, Math.hypot(o[0], o[1]) + o[2]);
        }
        return new double[] {farthest + gap + radius + 1e-6, 0};  // margin against rounding
    }
}
