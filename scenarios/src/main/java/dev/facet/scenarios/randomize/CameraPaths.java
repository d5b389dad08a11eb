package dev.facet.scenarios.randomize;

import java.util.List;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * The maths of camera paths, closed-form in time so that any step can be computed alone:
 * a straight dolly, a Catmull-Rom spline through keyframes, and handheld shake.
 */
final class CameraPaths {
    /** Frequencies of the three sines of each shake axis, as multiples of the base frequency. */
    static final double[] SHAKE_HARMONICS = {1, 2.3, 5.1};
    /** Their weights (the sum is normalised to 1, so a shake never exceeds its amplitude). */
    static final double[] SHAKE_WEIGHTS = {1, 0.5, 0.25};

    private CameraPaths() {
    }

    /** The point a fraction {@code u} (0..1) of the way from {@code a} to {@code b}. */
    static Vector3d dolly(Vector3d a, Vector3d b, double u) {
        return new Vector3d(a).lerp(b, u);
    }

    /**
     * The non-uniform Catmull-Rom spline through {@code points} with knots at {@code times}
     * (strictly increasing), in the Barry-Goldman form, at time {@code t}. It passes through
     * every point at its time; the ends are extended by reflecting the neighbouring point
     * (so two keyframes give a straight line); before the first and after the last time it holds.
     */
    static Vector3d catmullRom(double[] times, List<Vector3d> points, double t) {
        int n = points.size();
        if (n == 1 || t <= times[0]) {
            return new Vector3d(points.get(0));
        }
        if (t >= times[n - 1]) {
            return new Vector3d(points.get(n - 1));
        }
        int i = 0;
        while (t > times[i + 1]) {
            i++;
        }
        double t1 = times[i];
        double t2 = times[i + 1];
        Vector3d p1 = points.get(i);
        Vector3d p2 = points.get(i + 1);
        double t0 = i > 0 ? times[i - 1] : 2 * t1 - t2;
        Vector3d p0 = i > 0 ? points.get(i - 1) : new Vector3d(p1).mul(2).sub(p2);
        double t3 = i + 2 < n ? times[i + 2] : 2 * t2 - t1;
        Vector3d p3 = i + 2 < n ? points.get(i + 2) : new Vector3d(p2).mul(2).sub(p1);
        Vector3d a1 = mix(p0, p1, t0, t1, t);
        Vector3d a2 = mix(p1, p2, t1, t2, t);
        Vector3d a3 = mix(p2, p3, t2, t3, t);
        Vector3d b1 = mix(a1, a2, t0, t2, t);
        Vector3d b2 = mix(a2, a3, t1, t3, t);
        return mix(b1, b2, t1, t2, t);
    }

    /** The point between {@code a} (at time ta) and {@code b} (at tb) at time t. */
    private static Vector3d mix(Vector3d a, Vector3d b, double ta, double tb, double t) {
        return new Vector3d(a).mul((tb - t) / (tb - ta)).add(new Vector3d(b).mul((t - ta) / (tb - ta)));
    }

    /** A shake: six axes (eye offset along camera x, y, z; turn about them), three sine phases each. */
    record Shake(double position, double rotationDeg, double frequency, double[] phases) {
        /** Draws the phases: 18 uniform angles, axis by axis. */
        static Shake draw(double position, double rotationDeg, double frequency, SplittableRandom rng) {
            double[] phases = new double[6 * SHAKE_HARMONICS.length];
            for (int i = 0; i < phases.length; i++) {
                phases[i] = rng.nextDouble(2 * Math.PI);
            }
            return new Shake(position, rotationDeg, frequency, phases);
        }

        /** Axis {@code axis}'s value in [-1, 1] at time t: the weighted sum of its sines. */
        double axis(int axis, double t) {
            double sum = 0;
            double weights = 0;
            for (int i = 0; i < SHAKE_HARMONICS.length; i++) {
                sum += SHAKE_WEIGHTS[i] * Math.sin(2 * Math.PI * frequency * SHAKE_HARMONICS[i] * t
                        + phases[SHAKE_HARMONICS.length * axis + i]);
                weights += SHAKE_WEIGHTS[i];
            }
            return sum / weights;
        }

        /**
         * The shaken world-to-camera transform: the camera moves by the offset along its own
         * axes (OpenCV: x right, y down, z forward) and turns about them (y, then x, then z).
         */
        Matrix4d apply(Matrix4d worldToCamera, double t) {
            Matrix4d cameraToWorld = new Matrix4d(worldToCamera).invertAffine()
                    .translate(position * axis(0, t), position * axis(1, t), position * axis(2, t))
                    .rotateY(Math.toRadians(rotationDeg * axis(3, t)))
                    .rotateX(Math.toRadians(rotationDeg * axis(4, t)))
                    .rotateZ(Math.toRadians(rotationDeg * axis(5, t)));
            return cameraToWorld.invertAffine();
        }
    }
}
