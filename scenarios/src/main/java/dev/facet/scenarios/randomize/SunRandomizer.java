package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.SunSpec;
import dev.facet.scenarios.build.SceneMath;
import java.util.SplittableRandom;
import org.joml.Vector3d;

/** The sun's direction (elevation, azimuth in degrees), intensity and colour. */
public record SunRandomizer(SunSpec spec) implements Randomizer {
    public String identity() {
        return "lighting.sun";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        double elevation = spec.elevation().sample(rng, f.parameterValues());
        Vector3d travel = SceneMath.sunTravel(elevation, spec.azimuth().sample(rng, f.parameterValues()));
        double intensity = Math.max(0, spec.intensity().sample(rng, f.parameterValues()));
        f.scene().sun(travel, spec.color().sample(rng, f.parameterValues()), intensity);
    }
}
