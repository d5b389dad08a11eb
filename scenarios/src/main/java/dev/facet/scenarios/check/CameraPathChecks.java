package dev.facet.scenarios.check;

import dev.facet.scenarios.sample.NumberSampler;
import dev.facet.scenarios.spec.CameraKeyframe;
import dev.facet.scenarios.spec.CameraSpec;
import dev.facet.scenarios.spec.FieldPath;
import dev.facet.scenarios.spec.HandheldSpec;
import dev.facet.scenarios.spec.PoseSpec;
import java.util.List;

/**
 * Checks of the camera paths that move through a sequence (dolly, spline) and of handheld
 * shake: a path needs a sequence; a dolly's eye never passes through its target; spline
 * keyframes come in increasing time (over every value their samplers can give) and each
 * keyframe's eye is apart from its target.
 */
final class CameraPathChecks {
    /** Most keyframes of one path. */
    static final int MAX_KEYFRAMES = 1000;

    private final FieldChecks values;
    private final CameraAndLightChecks apart;

    CameraPathChecks(FieldChecks values) {
        this.values = values;
        this.apart = new CameraAndLightChecks(values);
    }

    void check(CameraSpec c, boolean sequence, FieldPath camera) {
        FieldPath pose = camera.field("pose");
        if ((c.pose() instanceof PoseSpec.Dolly || c.pose() instanceof PoseSpec.Spline) && !sequence) {
            throw values.err(pose.field("kind"), "a " + (c.pose() instanceof PoseSpec.Dolly ? "dolly" : "spline")
                    + " moves the camera through a sequence: add sequence: {frames, fps}, or use look_at");
        }
        if (c.pose() instanceof PoseSpec.Dolly d) {
            dolly(d, pose);
        } else if (c.pose() instanceof PoseSpec.Spline s) {
            spline(s, pose.field("keyframes"));
        }
        if (c.handheld() != null) {
            handheld(c.handheld(), camera.field("handheld"));
        }
    }

    private void dolly(PoseSpec.Dolly d, FieldPath at) {
        values.vector(at.field("from"), d.from());
        values.vector(at.field("to"), d.to());
        values.vector(at.field("target"), d.target());
        double[] lo = new double[3];
        double[] hi = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] a = values.bounds(d.from().get(i));
            double[] b = values.bounds(d.to().get(i));
            double[] t = values.bounds(d.target().get(i));
            lo[i] = Math.min(a[0], b[0]);
            hi[i] = Math.max(a[1], b[1]);
            if (hi[i] < t[0] || t[1] < lo[i]) {
                return;  // on this axis the path never reaches the target
            }
        }
        if (constant(d.from()) && constant(d.to()) && constant(d.target())
                && segmentDistance(values(d.from()), values(d.to()), values(d.target())) > 0) {
            return;
        }
        throw values.err(at.field("target"), "the dolly's eye can pass through its target; the camera needs a "
                + "direction to look in");
    }

    private void spline(PoseSpec.Spline s, FieldPath at) {
        List<CameraKeyframe> keys = s.keyframes();
        if (keys == null || keys.isEmpty() || keys.size() > MAX_KEYFRAMES) {
            throw values.err(at, "expected 1 to " + MAX_KEYFRAMES + " keyframes, got "
                    + (keys == null ? "nothing" : keys.size()));
        }
        double previous = -1;
        for (int i = 0; i < keys.size(); i++) {
            FieldPath k = at.index(i);
            CameraKeyframe key = keys.get(i);
            if (key == null) {
                throw values.err(k, "expected a keyframe {t, eye, target}");
            }
            previous = values.keyframeTime(key.t(), k.field("t"), previous);
            values.vector(k.field("eye"), key.eye());
            values.vector(k.field("target"), key.target());
            apart.apart(k.field("target"), key.eye(), key.target(), "the camera eye",
                    "the camera needs a direction to look in");
        }
    }

    private void handheld(HandheldSpec h, FieldPath at) {
        values.range(at.field("position"), h.position(), 0, false, 1, false);
        values.range(at.field("rotation"), h.rotation(), 0, false, 10, false);
        values.range(at.field("frequency"), h.frequency(), 0, true, 30, false);
    }

    private static boolean constant(List<NumberSampler> v) {
        return v.stream().allMatch(n -> n instanceof NumberSampler.Constant);
    }

    private static double[] values(List<NumberSampler> v) {
        return v.stream().mapToDouble(n -> ((NumberSampler.Constant) n).value()).toArray();
    }

    /** Distance from point p to the segment a..b. */
    static double segmentDistance(double[] a, double[] b, double[] p) {
        double ab2 = 0;
        double dot = 0;
        for (int i = 0; i < 3; i++) {
            ab2 += (b[i] - a[i]) * (b[i] - a[i]);
            dot += (p[i] - a[i]) * (b[i] - a[i]);
        }
        double u = ab2 > 0 ? Math.max(0, Math.min(1, dot / ab2)) : 0;
        double d2 = 0;
        for (int i = 0; i < 3; i++) {
            double c = a[i] + u * (b[i] - a[i]) - p[i];
            d2 += c * c;
        }
        return Math.sqrt(d2);
    }
}
