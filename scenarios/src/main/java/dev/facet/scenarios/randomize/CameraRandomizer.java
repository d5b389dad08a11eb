package dev.facet.scenarios.randomize;

import dev.facet.engine.scene.Camera;
import dev.facet.scenarios.build.SceneMath;
import dev.facet.scenarios.spec.CameraSpec;
import dev.facet.scenarios.spec.PoseSpec;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joml.Matrix4d;
import org.joml.Vector3d;

/**
 * The camera: intrinsics from the field of view or from fx/fy/cx/cy (scaled to the run's
 * image size), and a pose that is fixed, looks at a target, orbits it over the frames, or
 * is drawn by distance, elevation and azimuth around it.
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
        } else {
            PoseSpec.Sampled s = (PoseSpec.Sampled) pose;
            Vector3d target = Sampling.vector(s.target(), rng, p);
            double distance = s.distance().sample(rng, p);
            double elevation = s.elevation().sample(rng, p);
            w2c = Camera.lookAtTransform(SceneMath.onSphere(target, distance, elevation, s.azimuth().sample(rng, p)), target);
        }
        f.scene().camera(new Camera(w, h, fx, fy, cx, cy, w2c, spec.near(), spec.far()));
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
