package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Camera;
import dev.facet.scenarios.build.SceneMath;
import dev.facet.scenarios.spec.CameraKeyframe;
import dev.facet.scenarios.spec.CameraSpec;
import dev.facet.scenarios.spec.HandheldSpec;
import dev.facet.scenarios.spec.PoseSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * The camera: intrinsics from the field of view or from fx/fy/cx/cy (scaled to the run's
 * image size), and a pose that is fixed, looks at a target, orbits it over the frames, is
 * drawn by distance, elevation and azimuth around it, dollies along a line or follows a
 * spline through keyframes (in a sequence); then, when asked, handheld shake (its own stream,
 * so the other draws stay as they were).
 */
public record CameraRandomizer(CameraSpec spec) implements Randomizer {
    public String identity() {
        return "camera";
    }

    public void apply(FrameDraft f) {
        SplittableRandom rng = f.rng(identity());
        Map<String, Double> p = f.parameterValues();
        int w = f.scene().size().width();
        int h = f.scene().size().height();
        double fx;
        double fy;
        double cx;
        double cy;
        if (spec.intrinsics() != null) {
            double sx = w / (double) spec.resolution().get(0);
            double sy = h / (double) spec.resolution().get(1);
            fx = spec.intrinsics().fx() * sx;
            fy = spec.intrinsics().fy() * sy;
            cx = (spec.intrinsics().cx() + 0.5) * sx - 0.5;  // integer coordinates are pixel centres
            cy = (spec.intrinsics().cy() + 0.5) * sy - 0.5;
        } else {
            fy = Camera.focalLength(h, spec.fov().sample(rng, p));
            fx = fy;
            cx = (w - 1) / 2.0;
            cy = (h - 1) / 2.0;
        }
        Matrix4d w2c;
        PoseSpec pose = spec.pose();
        if (pose instanceof PoseSpec.Fixed x) {
            w2c = fixed(x.worldToCamera());
        } else if (pose instanceof PoseSpec.LookAt l) {
            w2c = Camera.lookAtTransform(Sampling.vector(l.eye(), rng, p), Sampling.vector(l.target(), rng, p));
        } else if (pose instanceof PoseSpec.Orbit o) {
            Vector3d target = Sampling.vector(o.target(), rng, p);
            double azimuth = o.azimuthStart().sample(rng, p) + f.motionFrame() * o.degreesPerFrame();
            w2c = Camera.lookAtTransform(SceneMath.onSphere(target, o.distance().sample(rng, p), o.elevation().sample(rng, p), azimuth), target);
        } else if (pose instanceof PoseSpec.Dolly d) {
            Vector3d from = Sampling.vector(d.from(), rng, p);
            Vector3d to = Sampling.vector(d.to(), rng, p);
            Vector3d target = Sampling.vector(d.target(), rng, p);
            w2c = Camera.lookAtTransform(CameraPaths.dolly(from, to, f.sequenceFraction()), target);
        } else if (pose instanceof PoseSpec.Spline s) {
            w2c = spline(s, rng, p, f.sequenceTime());
        } else {
            PoseSpec.Sampled s = (PoseSpec.Sampled) pose;
            Vector3d target = Sampling.vector(s.target(), rng, p);
            double distance = s.distance().sample(rng, p);
            double elevation = s.elevation().sample(rng, p);
            w2c = Camera.lookAtTransform(SceneMath.onSphere(target, distance, elevation, s.azimuth().sample(rng, p)), target);
        }
        if (spec.handheld() != null) {
            HandheldSpec shake = spec.handheld();
            SplittableRandom s = f.rng(identity() + ".handheld");
            w2c = CameraPaths.Shake.draw(shake.position().sample(s, p), shake.rotation().sample(s, p),
                    shake.frequency().sample(s, p), s).apply(w2c, f.sequenceTime());
        }
        f.scene().camera(new Camera(w, h, fx, fy, cx, cy, w2c, spec.near(), spec.far()));
    }

    /** Eye and target on their splines at time t (keyframes drawn in order: t, eye, target). */
    private static Matrix4d spline(PoseSpec.Spline s, SplittableRandom rng, Map<String, Double> p, double t) {
        int n = s.keyframes().size();
        double[] times = new double[n];
        List<Vector3d> eyes = new ArrayList<>();
        List<Vector3d> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CameraKeyframe k = s.keyframes().get(i);
            times[i] = k.t().sample(rng, p);
            eyes.add(Sampling.vector(k.eye(), rng, p));
            targets.add(Sampling.vector(k.target(), rng, p));
        }
        return Camera.lookAtTransform(CameraPaths.catmullRom(times, eyes, t), CameraPaths.catmullRom(times, targets, t));
    }

    static Matrix4d fixed(List<List<Double>> rows) {
        double[] columnMajor = new double[16];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                columnMajor[4 * c + r] = rows.get(r).get(c);
            }
        }
        return new Matrix4d().set(columnMajor);
    }
}
