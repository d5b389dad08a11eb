package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.PlacementSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places every object that rests on the surface at a free spot of the placement region,
 * without overlap: footprints (circles about y) keep {@code gap} apart. Rejection sampling,
 * {@link #TRIES} tries per object, in id order; an object that finds no room is left out
 * of the frame, so the count is an upper bound in crowded frames.
 */
public record PlacementRandomizer(PlacementSpec spec) implements Randomizer {
    public static final int TRIES = 200;

    public String identity() {
        return "placement";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        double hx = spec.size().get(0) / 2;
        double hz = spec.size().get(1) / 2;
        double cx = spec.center().get(0);
        double cz = spec.center().get(1);
        List<Draft> placed = new ArrayList<>();
        List<Draft> order = new ArrayList<>(f.drafts);
        order.sort((a, b) -> Integer.compare(a.id, b.id));
        for (Draft d : order) {
            if (!d.restsOnSurface) {
                continue;
            }
            double r = d.footprintRadius();
            boolean ok = false;
            for (int t = 0; t < TRIES && !ok; t++) {
                double x = cx + (2 * rng.nextDouble() - 1) * Math.max(0, hx - r);
                double z = cz + (2 * rng.nextDouble() - 1) * Math.max(0, hz - r);
                ok = fits(placed, x, z, r);
                if (ok) {
                    d.position.set(x, spec.height() + d.halfHeight(), z);
                }
            }
            if (ok) {
                placed.add(d);
            } else {
                d.dropped = true;
            }
        }
    }

    private boolean fits(List<Draft> placed, double x, double z, double r) {
        for (Draft o : placed) {
            double min = r + o.footprintRadius() + spec.gap();
            double dx = x - o.position.x;
            double dz = z - o.position.z;
            if (dx * dx + dz * dz < min * min) {
                return false;
            }
        }
        return true;
    }
}
