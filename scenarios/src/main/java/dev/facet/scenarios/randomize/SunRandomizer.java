package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.SunSpec;
import java.util.SplittableRandom;
import org.joml.Vector3d;

/** The sun's direction (elevation, azimuth in degrees), intensity and colour. */
public record SunRandomizer(SunSpec spec) implements Randomizer {
    public String identity() {
        return "lighting.sun";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        double e = Math.toRadians(spec.elevation().sample(rng, f.params()));
        double a = Math.toRadians(spec.azimuth().sample(rng, f.params()));
        // the direction the light travels: from the sun in the sky towards the ground
        Vector3d travel = new Vector3d(-Math.cos(e) * Math.sin(a), -Math.sin(e), -Math.cos(e) * Math.cos(a));
        double intensity = Math.max(0, spec.intensity().sample(rng, f.params()));
        f.scene().sun(travel, spec.color().sample(rng, f.params()), intensity);
    }
}
