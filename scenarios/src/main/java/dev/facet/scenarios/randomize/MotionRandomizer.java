package dev.facet.scenarios.randomize;

import dev.facet.scenarios.spec.MotionSpec;
import dev.facet.scenarios.spec.ObjectKeyframe;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * Moves the objects of one template through a sequence. Each draws, once per sequence and in
 * id order, either a velocity and a spin (it is displaced by them times the step's time) or
 * its keyframes (it is displaced along them: position linearly, rotation by slerp). Objects
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
            if (spec.keyframes() != null) {
                Keyframes k = Keyframes.draw(spec.keyframes(), rng, p);
                if (d.rotation == null) {
                    d.position.add(k.position(t));
                    d.rotation = new Quaterniond().rotateY(Math.toRadians(d.yawDeg))
                            .rotateX(Math.toRadians(d.pitchDeg)).rotateZ(Math.toRadians(d.rollDeg)).mul(k.rotation(t));
                    if (d.assetTurn != null) {  // a library mesh's turn to y-up comes last, as in ObjectDraft.pose
                        d.rotation.mul(d.assetTurn);
                    }
                }
                continue;
            }
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

    /** One object's drawn keyframes: times (increasing), offsets and turns. */
    record Keyframes(double[] times, Vector3d[] positions, Quaterniond[] rotations) {
        /** Draws every keyframe in order: t, position x, y, z, rotation yaw, pitch, roll. */
        static Keyframes draw(List<ObjectKeyframe> keys, SplittableRandom rng, Map<String, Double> p) {
            int n = keys.size();
            double[] times = new double[n];
            Vector3d[] positions = new Vector3d[n];
            Quaterniond[] rotations = new Quaterniond[n];
            for (int i = 0; i < n; i++) {
                ObjectKeyframe k = keys.get(i);
                times[i] = k.t().sample(rng, p);
                positions[i] = Sampling.vector(k.position(), rng, p);
                Vector3d r = Sampling.vector(k.rotation(), rng, p);
                rotations[i] = new Quaterniond().rotateY(Math.toRadians(r.x)).rotateX(Math.toRadians(r.y))
                        .rotateZ(Math.toRadians(r.z));
            }
            return new Keyframes(times, positions, rotations);
        }

        /** The keyframe segment holding t, and how far through it t is: {index, fraction}. */
        private double[] segment(double t) {
            int n = times.length;
            if (n == 1 || t <= times[0]) {
                return new double[] {0, 0};
            }
            if (t >= times[n - 1]) {
                return new double[] {n - 2, 1};
            }
            int i = 0;
            while (t > times[i + 1]) {
                i++;
            }
            return new double[] {i, (t - times[i]) / (times[i + 1] - times[i])};
        }

        Vector3d position(double t) {
            double[] s = segment(t);
            int i = (int) s[0];
            return times.length == 1 ? new Vector3d(positions[0]) : new Vector3d(positions[i]).lerp(positions[i + 1], s[1]);
        }

        Quaterniond rotation(double t) {
            double[] s = segment(t);
            int i = (int) s[0];
            return times.length == 1 ? new Quaterniond(rotations[0])
                    : new Quaterniond(rotations[i]).slerp(rotations[i + 1], s[1]);
        }
    }
}
