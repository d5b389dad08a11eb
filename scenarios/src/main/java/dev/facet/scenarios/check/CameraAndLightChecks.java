package dev.facet.scenarios.check;

import dev.facet.engine.scene.ImageSize;
import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.CameraSpec;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.LightSpec;
import dev.facet.scenarios.spec.PoseSpec;
import java.util.List;
import java.util.Objects;

/**
 * Checks of the camera (resolution, intrinsics or field of view, clip planes, pose) and of
 * the lights: a camera or spot light always has a direction (its eye or position never
 * equals its target, whatever its samplers draw), and a fixed pose is a rigid transform.
 */
final class CameraAndLightChecks {
    private final FieldChecks values;

    CameraAndLightChecks(FieldChecks values) {
        this.values = values;
    }

    void camera(CameraSpec c, FieldPath p) {
        List<Integer> r = c.resolution();
        if (r.size() != 2 || r.stream().anyMatch(Objects::isNull)) {
            throw values.err(p.field("resolution"), "expected [width, height], got " + r);
        }
        for (int i = 0; i < 2; i++) {
            if (r.get(i) < 1 || r.get(i) > ImageSize.MAX) {
                throw values.err(p.field("resolution").index(i), "expected an integer in [1, " + ImageSize.MAX
                        + "], got " + r.get(i));
            }
        }
        if (c.intrinsics() != null) {
            FieldPath k = p.field("intrinsics");
            values.positive(k.field("fx"), c.intrinsics().fx());
            values.positive(k.field("fy"), c.intrinsics().fy());
            values.finite(k.field("cx"), c.intrinsics().cx());
            values.finite(k.field("cy"), c.intrinsics().cy());
            if (c.fov() != null) {
                throw values.err(p.field("fov"), "give either fov or intrinsics, not both");
            }
        } else {
            values.range(p.field("fov"), c.fov(), 0, true, 180, true);
        }
        values.positive(p.field("near"), c.near());
        if (!(c.far() > c.near()) || Double.isInfinite(c.far())) {
            throw values.err(p.field("far"), "expected a number greater than near (" + FieldChecks.fmt(c.near())
                    + "), got " + FieldChecks.fmt(c.far()));
        }
        pose(c.pose(), p.field("pose"));
    }

    private void pose(PoseSpec given, FieldPath pose) {
        if (given instanceof PoseSpec.LookAt l) {
            values.vector(pose.field("eye"), l.eye());
            values.vector(pose.field("target"), l.target());
            apart(pose.field("target"), l.eye(), l.target(), "the camera eye", "the camera needs a direction to look in");
        } else if (given instanceof PoseSpec.Fixed x) {
            List<List<Double>> m = x.worldToCamera();
            boolean ok = m.size() == 4 && m.stream().allMatch(row -> row != null && row.size() == 4
                    && row.stream().allMatch(v -> v != null && Double.isFinite(v)));
            if (!ok || !m.get(3).equals(List.of(0.0, 0.0, 0.0, 1.0))) {
                throw values.err(pose.field("world_to_camera"),
                        "expected a 4x4 matrix (rows) whose last row is [0, 0, 0, 1]");
            }
            if (!Rotations.isRotation(m)) {
                throw values.err(pose.field("world_to_camera"), "the upper-left 3x3 must be a rotation: rows of "
                        + "length 1, at right angles (within " + Rotations.TOLERANCE + "), determinant +1");
            }
        } else if (given instanceof PoseSpec.Orbit o) {
            values.vector(pose.field("target"), o.target());
            values.aboveZero(pose.field("distance"), o.distance());
            values.range(pose.field("elevation"), o.elevation(), -90, false, 90, false);
            values.finite(pose.field("azimuth_start"), o.azimuthStart());
            values.finite(pose.field("degrees_per_frame"), o.degreesPerFrame());
        } else if (given instanceof PoseSpec.Sampled s) {
            values.vector(pose.field("target"), s.target());
            values.aboveZero(pose.field("distance"), s.distance());
            values.range(pose.field("elevation"), s.elevation(), -90, false, 90, false);
            values.finite(pose.field("azimuth"), s.azimuth());
        }
    }

    void light(LightSpec light, FieldPath p) {
        if (light instanceof LightSpec.Point x) {
            values.vector(p.field("position"), x.position());
            values.color(p.field("color"), x.color());
            values.atLeastZero(p.field("intensity"), x.intensity());
        } else if (light instanceof LightSpec.Spot x) {
            values.vector(p.field("position"), x.position());
            values.vector(p.field("target"), x.target());
            apart(p.field("target"), x.position(), x.target(), "the light's position", "a spot light needs a direction");
            values.color(p.field("color"), x.color());
            values.atLeastZero(p.field("intensity"), x.intensity());
            values.range(p.field("inner_angle"), x.innerAngle(), 0, false, 90, true);
            values.range(p.field("outer_angle"), x.outerAngle(), 0, false, 90, true);
            if (values.bounds(x.innerAngle())[1] > values.bounds(x.outerAngle())[0]) {
                throw values.err(p.field("inner_angle"), "the inner angle must not exceed the outer angle");
            }
        }
    }

    /** {@code from} can never equal {@code to}: on some axis their ranges do not meet. */
    void apart(FieldPath at, List<NumberSampler> from, List<NumberSampler> to, String what, String why) {
        boolean constant = true;
        for (int i = 0; i < 3; i++) {
            double[] a = values.bounds(from.get(i));
            double[] b = values.bounds(to.get(i));
            if (a[1] < b[0] || b[1] < a[0]) {
                return;
            }
            constant &= a[0] == a[1] && b[0] == b[1];
        }
        throw values.err(at, constant ? what + " equals its target; " + why
                : what + " can equal its target (their ranges meet on every axis); " + why);
    }
}
