package dev.facet.scenarios.randomize;

import dev.facet.scenarios.build.FootprintPlacement;
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
        FootprintPlacement placement = new FootprintPlacement(spec.gap());
        FootprintPlacement.Region region = FootprintPlacement.Region.rectangle(spec.center().get(0),
                spec.center().get(1), spec.size().get(0), spec.size().get(1));
        List<ObjectDraft> order = new ArrayList<>(f.objects);
        order.sort((a, b) -> Integer.compare(a.id, b.id));
        for (ObjectDraft d : order) {
            if (!d.restsOnSurface) {
                continue;
            }
            double[] c = placement.tryPlace(d.footprintRadius(), region, TRIES, rng);
            if (c != null) {
                d.position.set(c[0], spec.height() + d.halfHeight(), c[1]);
            } else {
                d.dropped = true;
            }
        }
    }
}
