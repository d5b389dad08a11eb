package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.MotionSpec;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Moves the objects of one template through a sequence: each draws a velocity and a spin
 * once per sequence (in id order) and is displaced by them times the step's time. Objects
 * under physics placement are left to the simulation.
 */
public record MotionRandomizer(int template, MotionSpec spec) implements Randomizer {

    public String identity() {
        return "objects[" + template + "].motion";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        Map<String, Double> p = f.parameterValues();
        double t = f.sequenceTime();
        List<ObjectDraft> mine = f.objects.stream().filter(d -> d.template == template)
                .sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
        for (ObjectDraft d : mine) {
            double vx = spec.velocity().get(0).sample(rng, p);
            double vy = spec.velocity().get(1).sample(rng, p);
            double vz = spec.velocity().get(2).sample(rng, p);
            double yaw = spec.spin().get(0).sample(rng, p);
            double pitch = spec.spin().get(1).sample(rng, p);
            double roll = spec.spin().get(2).sample(rng, p);
            if (d.rotation != null) {
                continue;
            }
            d.position.add(vx * t, vy * t, vz * t);
            d.yawDeg += yaw * t;
            d.pitchDeg += pitch * t;
            d.rollDeg += roll * t;
        }
    }
}
